/**
 * The body of the report in DOCX: headings, paragraphs and tables, set as NĐ 30/2020/NĐ-CP, Phụ lục I
 * sets the content of an administrative document (justified, first line indented 1 cm, 6 pt between
 * paragraphs), with tables whose header row repeats on every page and whose rows never split.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild } from 'docx';
import type { ReportBlock, ReportColumn, ReportParagraph, ReportRow, ReportSection, ReportTable } from '../../../domain/reports/report-types.ts';
import { mmToTwip, ptToTwip, TEXT_WIDTH_TWIPS, textRun } from './docx-parts.ts';
import { BODY, FONT_PT } from './report-layout.ts';
import { columnForCell, columnShares, DATA_NOTES_LABEL, formatCell, isNumberColumn, paragraphText } from './report-text.ts';

const BODY_SPACING = { before: 0, after: ptToTwip(BODY.spacingPt), line: Math.round(240 * BODY.lineSpacing) };
const FIRST_LINE = mmToTwip(BODY.firstLineMm);
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGINS = { left: mmToTwip(1), right: mmToTwip(1), top: mmToTwip(0.4), bottom: mmToTwip(0.4) };

/** A body paragraph: justified, first line indented (an item of a list starts with "- " and is not indented). */
export function docxParagraph(paragraph: ReportParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: paragraph.item ? { firstLine: 0 } : { firstLine: FIRST_LINE },
    spacing: BODY_SPACING,
    children: [textRun(paragraphText(paragraph), { pt: FONT_PT.body })],
  });
}

/** A heading in the body ("I. KẾT QUẢ THỰC HIỆN", "1. Hạ tầng viễn thông"): bold, indented like the paragraphs, kept with what follows. */
export function docxHeading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { ...BODY_SPACING, before: ptToTwip(BODY.spacingPt) },
    keepNext: true,
    keepLines: true,
    children: [textRun(text, { pt: FONT_PT.body, bold: true })],
  });
}

/** A section of the main part: its heading and blocks. */
export function docxSection(section: ReportSection): FileChild[] {
  return [docxHeading(section.heading), ...section.blocks.flatMap(docxBlock)];
}

/** An appendix: it starts a new page, its heading centred in bold. */
export function docxAppendix(section: ReportSection): FileChild[] {
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: true,
    spacing: { before: 0, after: ptToTwip(12) },
    keepNext: true,
    children: [textRun(section.heading, { pt: FONT_PT.body, bold: true })],
  });
  return [heading, ...section.blocks.flatMap(docxBlock)];
}

/** How the figures were made, in italics under the last section ("Ghi chú: …"). */
export function docxDataNotes(notes: readonly string[]): Paragraph[] {
  return notes.map(
    (note, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE },
        spacing: { before: i === 0 ? ptToTwip(6) : 0, after: ptToTwip(3) },
        children: [textRun(i === 0 ? `${DATA_NOTES_LABEL} ${note}` : note, { pt: FONT_PT.note, italics: true })],
      }),
  );
}

function docxBlock(block: ReportBlock): FileChild[] {
  return block.type === 'paragraph' ? [docxParagraph(block)] : docxTable(block);
}

/** A table: its title above, the table, its notes below in italics. */
export function docxTable(table: ReportTable): FileChild[] {
  const shares = columnShares(table.columns);
  const widths = shares.map((s) => Math.round(s * TEXT_WIDTH_TWIPS));
  // Rounding leaves the last column what the others did not take, so the grid is exactly the text width.
  widths[widths.length - 1] = TEXT_WIDTH_TWIPS - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwip(6), after: ptToTwip(4) },
    keepNext: true,
    keepLines: true,
    children: [textRun(table.title, { pt: FONT_PT.tableTitle, bold: true })],
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => tableCell(c.header, widths[i] ?? 0, AlignmentType.CENTER, true)),
  });
  // Keep-with-next on the last row holds the notes on its page (a page never begins with them alone).
  const rows = table.rows.map((row, i) => bodyRow(row, table.columns, widths, table.notes.length > 0 && i === table.rows.length - 1));
  const grid = new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows: [header, ...rows],
  });
  const notes = table.notes.map(
    (note, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: i === 0 ? ptToTwip(3) : 0, after: i === table.notes.length - 1 ? ptToTwip(BODY.spacingPt) : 0 },
        children: [textRun(note, { pt: FONT_PT.note, italics: true })],
      }),
  );
  // A paragraph must follow a table in a cell-less body; an empty one also separates two tables.
  return [title, grid, ...(notes.length > 0 ? notes : [new Paragraph({ spacing: { before: 0, after: ptToTwip(BODY.spacingPt) }, children: [] })])];
}

function bodyRow(row: ReportRow, columns: readonly ReportColumn[], widths: readonly number[], keepNext: boolean): TableRow {
  const bold = row.emphasis === 'total' || row.emphasis === 'group';
  return new TableRow({
    cantSplit: true,
    children: columns.map((c, i) =>
      tableCell(
        formatCell(row.cells[i] ?? null, columnForCell(c, row, i), row.emphasis),
        widths[i] ?? 0,
        isNumberColumn(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        bold,
        keepNext,
      ),
    ),
  });
}

type CellAlignment = (typeof AlignmentType)['CENTER' | 'LEFT' | 'RIGHT'];

function tableCell(text: string, width: number, alignment: CellAlignment, bold: boolean, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment, keepNext, spacing: { before: 0, after: 0, line: 240 }, children: [textRun(text, { pt: FONT_PT.table, bold })] })],
  });
}
