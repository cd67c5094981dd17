/**
 * Turns the bytes of a boundary file into a read document: GeoJSON or TopoJSON text (UTF-8), or a zip
 * holding a Shapefile (reprojected to WGS84). Size, encoding and JSON syntax are refused here with a
 * clear message; everything about the content is reported by the pure reader.
 */
import { readBoundaryDocument, type ReadBoundaryOptions } from '../../domain/boundaries/read-boundary-document.ts';
import type { BoundaryDocument } from '../../domain/boundaries/boundary-types.ts';
import { fileTooLarge, invalidInput, unsupportedFile } from '../errors.ts';
import { readShapefileZip } from './read-shapefile-zip.ts';

/** The largest boundary file accepted (the full, unsimplified 2025 commune layer is about 160 MB). */
export const MAX_BOUNDARY_FILE_BYTES = 200 * 1024 * 1024;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Reads the file's bytes; throws file_too_large, unsupported_file or invalid_input when they cannot be read at all. */
export async function readBoundaryFile(bytes: Uint8Array, options: ReadBoundaryOptions): Promise<BoundaryDocument> {
  if (bytes.length > MAX_BOUNDARY_FILE_BYTES) throw fileTooLarge(MAX_BOUNDARY_FILE_BYTES);
  if (bytes.length === 0) throw invalidInput('the file is empty', 'tệp rỗng', [{ field: 'file', message: 'empty file', messageVi: 'tệp rỗng' }]);
  if (isZip(bytes)) return readBoundaryDocument(await readShapefileZip(bytes), { ...options, format: 'shapefile' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unsupportedFile(
      'the file is neither UTF-8 text (GeoJSON, TopoJSON) nor a zip of a Shapefile',
      'tệp không phải văn bản UTF-8 (GeoJSON, TopoJSON) cũng không phải tệp zip chứa Shapefile',
    );
  }
  const start = /\S/.exec(text)?.[0];
  if (start !== '{') {
    throw unsupportedFile('the file is not GeoJSON or TopoJSON: it does not start with "{"', 'tệp không phải GeoJSON hay TopoJSON: không bắt đầu bằng "{"');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const where = jsonErrorPlace(text, (err as Error).message);
    throw invalidInput(`the file is not valid JSON${where.en}: ${(err as Error).message}`, `tệp không phải JSON hợp lệ${where.vi}: ${(err as Error).message}`, [
      { field: 'file', code: 'json.invalid', message: `invalid JSON${where.en}`, messageVi: `JSON không hợp lệ${where.vi}` },
    ]);
  }
  return readBoundaryDocument(doc, options);
}

/** "at line 3, column 14" from V8's "… at position 57" (Node 20) or "(line 3 column 14)" (newer). */
function jsonErrorPlace(text: string, message: string): { en: string; vi: string } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  let line: number | undefined;
  let column: number | undefined;
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else {
    const pos = /position (\d+)/.exec(message);
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      line = before.split('\n').length;
      column = Number(pos[1]) - before.lastIndexOf('\n');
    } else if (/end of JSON input|Unterminated/i.test(message)) {
      return { en: ' (it ends too early: truncated?)', vi: ' (tệp kết thúc đột ngột: bị cắt cụt?)' };
    }
  }
  return line === undefined ? { en: '', vi: '' } : { en: ` at line ${line}, column ${column}`, vi: ` ở dòng ${line}, cột ${column}` };
}
