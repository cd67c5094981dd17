/**
 * The blocks of a report as the paper shows them: a paragraph (its sentences one after another; an item
 * as "- …") and a table (numbers right-aligned, written the Vietnamese way with the column's decimals,
 * percentages without "%" — the header says "(%)" — and "–" for no figures). Text only, never HTML.
 */
import { formatNumberVi } from '../../../../src/domain/format/vi-format.ts';
import type { CellValue, ReportBlock, ReportColumn, ReportParagraph, ReportTable } from '../../../../src/domain/reports/report-types.ts';

/** What the report prints for no figures. */
const NO_FIGURE = '–';

/** A cell as printed: "1.463", "58,2", "–", or the text. */
export function formatCell(value: CellValue | undefined, column: ReportColumn | undefined): string {
  if (value === null || value === undefined) return NO_FIGURE;
  if (typeof value === 'string') return value;
  if (!column || column.format === 'text') return formatNumberVi(value);
  return formatNumberVi(value, column.format === 'integer' ? 0 : column.decimals);
}

/** A paragraph's text: its sentences joined with a space. */
export function paragraphText(paragraph: ReportParagraph): string {
  return paragraph.sentences.map((s) => s.text.trim()).join(' ');
}

/** One block. */
export function ReportBlockView({ block }: { block: ReportBlock }) {
  return block.type === 'table' ? <ReportTableView table={block} /> : <ReportParagraphView paragraph={block} />;
}

/** A paragraph, or a "- " item. */
export function ReportParagraphView({ paragraph }: { paragraph: ReportParagraph }) {
  const text = paragraphText(paragraph);
  return paragraph.item ? <p className="report-item">{`- ${text}`}</p> : <p className="report-paragraph">{text}</p>;
}

/** A table with its title above and its notes below. */
export function ReportTableView({ table }: { table: ReportTable }) {
  const totalWidth = table.columns.reduce((sum, c) => sum + (c.width > 0 ? c.width : 1), 0);
  return (
    <figure className="report-table-block" data-table={table.id}>
      <figcaption className="report-table-title">{table.title}</figcaption>
      <div className="report-table-scroll">
        <table className="report-table">
          <colgroup>
            {table.columns.map((c, i) => (
              <col key={i} style={{ width: `${(((c.width > 0 ? c.width : 1) / totalWidth) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={row.emphasis ? `report-row-${row.emphasis}` : undefined}>
                {row.cells.map((cell, i) => {
                  const own = row.decimals?.[i];
                  const column = own === undefined || own === null || !table.columns[i] ? table.columns[i] : { ...table.columns[i]!, decimals: own };
                  return (
                    <td key={i} className={column && column.format !== 'text' ? 'report-num' : undefined}>
                      {formatCell(cell, column)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.length > 0 ? (
        <div className="report-table-notes">
          {table.notes.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </div>
      ) : null}
    </figure>
  );
}
