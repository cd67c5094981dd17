/**
 * What an uploaded file is, told from its bytes before anything is parsed: an XLSX workbook (a zip
 * holding xl/workbook.xml) or text; old .xls, UTF-16 text, other zips, zip bombs and binary junk are
 * refused with a message that says how to save the file instead. Shared by the units and values imports.
 */
import { unsupportedFile } from '../errors.ts';
import type { ZipEntry } from '../units-import/zip-directory.ts';

/** Largest total inflated size of an XLSX: a spreadsheet of 100 MB holds far less; more is a zip bomb. */
export const MAX_XLSX_INFLATED_BYTES = 1024 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** 'zip' or 'text' from the first bytes; throws for an old .xls (or encrypted workbook) and UTF-16 text. */
export function sniffFileStart(head: Uint8Array): 'zip' | 'text' {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unsupportedFile(
      'this is an old .xls workbook (or an encrypted one); save it as .xlsx or CSV UTF-8',
      'đây là tệp .xls cũ (hoặc tệp có mật khẩu); hãy lưu lại dạng .xlsx hoặc CSV UTF-8',
    );
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw unsupportedFile('this text is UTF-16 ("Unicode text"); save it as CSV UTF-8', 'tệp văn bản dạng UTF-16; hãy lưu lại dạng CSV UTF-8');
  }
  return 'text';
}

/** Checks a zip's directory (undefined when unreadable) is an XLSX workbook that does not inflate too far. */
export function checkXlsxDirectory(entries: readonly ZipEntry[] | undefined): void {
  const names = new Set(entries?.map((e) => e.name));
  if (!entries || !names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw unsupportedFile('this zip archive is not an XLSX workbook (or it is damaged)', 'tệp nén này không phải bảng tính XLSX (hoặc đã bị hỏng)');
  }
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > MAX_XLSX_INFLATED_BYTES) {
    throw unsupportedFile('this workbook would inflate to more than 1 GB (a zip bomb?)', 'bảng tính này giải nén ra hơn 1 GB (tệp nén độc hại?)');
  }
}

/** The refusal of bytes that are neither UTF-8 nor a Vietnamese legacy encoding. */
export function notTextFile() {
  return unsupportedFile(
    'the file is neither an XLSX workbook nor text in UTF-8, TCVN3 (ABC), VNI or Windows-1258 (save it as .xlsx or "CSV UTF-8")',
    'tệp không phải bảng tính XLSX, cũng không phải văn bản UTF-8, TCVN3 (ABC), VNI hay Windows-1258 (hãy lưu dạng .xlsx hoặc "CSV UTF-8")',
  );
}

/** Refuses decoded text that is binary junk valid as UTF-8: NUL bytes or many control characters. */
export function assertCsvText(text: string): void {
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 1000)) {
    throw unsupportedFile('the file is not CSV text', 'tệp không phải văn bản CSV');
  }
}
