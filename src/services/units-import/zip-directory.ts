/**
 * Reads the central directory of a zip archive (PKWARE APPNOTE 4.3.12, 4.3.16) without inflating
 * anything, to tell an XLSX from another zip and to refuse archives that would inflate too far.
 */

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

/** The entries of a zip archive, or undefined when its directory cannot be read (truncated, zip64, junk). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // 0xffff / 0xffffffff mean zip64, which no spreadsheet of 50 MB needs.
  if (count === 0xffff || offset === 0xffffffff) return undefined;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return undefined;
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (uncompressedSize === 0xffffffff || p + 46 + nameLength > bytes.length) return undefined;
    entries.push({ name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), uncompressedSize });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
