/**
 * The error report of a refused values file, as an XLSX: a list of every problem listed (row, column,
 * cell, reason, suggestion) and the file's header with each row at fault, its bad cells filled red and
 * annotated with the reason, so the sender can correct the file where it went wrong.
 */
import ExcelJS from 'exceljs';
import { cellDisplay, type Cell } from '../../domain/values-file/read-cells.ts';
import type { ValueImportResult } from './import-types.ts';
import { openValueSheet } from './value-sheet.ts';

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const HEAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** Builds the report workbook for `result`, re-reading the file at `path` for the rows at fault. */
export async function buildErrorReport(path: string, result: ValueImportResult, lang: 'vi' | 'en' = 'vi'): Promise<Buffer> {
  const vi = lang === 'vi';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ictmon';
  const list = wb.addWorksheet(vi ? 'Danh sách lỗi' : 'Errors');
  list.addRow([vi ? `Báo cáo lỗi tệp ${result.fileName}` : `Error report for ${result.fileName}`]).font = { bold: true, size: 13 };
  list.addRow([
    vi
      ? `${result.errorCount} lỗi${result.errorCount > result.errors.length ? ` (liệt kê ${result.errors.length} lỗi đầu)` : ''}; tệp chưa được nhập. Sửa các ô tô đỏ ở trang "Dữ liệu lỗi" rồi nhập lại.`
      : `${result.errorCount} problems${result.errorCount > result.errors.length ? ` (the first ${result.errors.length} listed)` : ''}; nothing was imported. Correct the cells marked red on the "Rows at fault" sheet and import again.`,
  ]);
  list.addRow([]);
  const header = list.addRow(vi ? ['Dòng', 'Cột', 'Giá trị', 'Lỗi', 'Gợi ý', 'Mã lỗi'] : ['Row', 'Column', 'Value', 'Problem', 'Suggestion', 'Code']);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = HEAD));
  for (const e of result.errors) {
    list.addRow([e.row ?? '', e.field ?? '', e.value ?? '', vi ? e.messageVi : e.message, e.suggestion ?? '', e.code]);
  }
  list.columns = [{ width: 8 }, { width: 28 }, { width: 22 }, { width: 80 }, { width: 30 }, { width: 18 }];
  list.views = [{ state: 'frozen', ySplit: 4 }];

  const found = await openValueSheet(path);
  if (found.ok) {
    const { sheet } = found;
    const byRow = new Map<number, typeof result.errors>();
    for (const e of result.errors) {
      if (e.row === undefined || e.row <= sheet.layout.headerRow) continue;
      const list = byRow.get(e.row) ?? [];
      list.push(e);
      byRow.set(e.row, list);
    }
    const data = wb.addWorksheet(vi ? 'Dữ liệu lỗi' : 'Rows at fault');
    const headerCells = sheet.headRows.slice(-sheet.layout.headerRowCount);
    for (const h of headerCells) {
      const r = data.addRow([vi ? 'Dòng gốc' : 'Row', ...h.cells.map(text)]);
      r.font = { bold: true };
      r.eachCell((c) => (c.fill = HEAD));
    }
    const columnOf = new Map(sheet.layout.columns.map((c) => [c.label, c.index]));
    for (const u of sheet.layout.unknown) columnOf.set(u.label, u.index);
    if (byRow.size > 0) {
      for await (const row of sheet.rows) {
        const issues = byRow.get(row.row);
        if (!issues) continue;
        const r = data.addRow([row.row, ...row.cells.map(text)]);
        for (const e of issues) {
          const index = e.field === undefined ? undefined : columnOf.get(e.field);
          const cell = index === undefined ? r.getCell(1) : r.getCell(index + 2);
          cell.fill = RED;
          const note = vi ? e.messageVi : e.message;
          const prior = typeof cell.note === 'string' ? `${cell.note}\n` : '';
          cell.note = `${prior}${note}`;
        }
        byRow.delete(row.row);
        if (byRow.size === 0) break;
      }
    }
    data.views = [{ state: 'frozen', ySplit: sheet.layout.headerRowCount, xSplit: 1 }];
    data.getColumn(1).width = 9;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function text(cell: Cell): string | number | boolean | Date | null {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date) return cell;
  return cellDisplay(cell);
}
