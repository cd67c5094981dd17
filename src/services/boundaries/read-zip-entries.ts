/**
 * Reads the files of a zip archive (PKWARE APPNOTE 4.3.7, 4.3.12: local headers found through the
 * central directory; stored or deflated entries), with a cap on what they may inflate to.
 */
import { inflateRawSync } from 'node:zlib';
import { unsupportedFile } from '../errors.ts';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const notReadable = (why: string, whyVi: string) => unsupportedFile(`the zip cannot be read: ${why}`, `không đọc được tệp zip: ${whyVi}`);

/** The entries whose names `wanted` accepts, by name; throws unsupported_file for a broken archive or one that inflates past `maxBytes`. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notReadable('no central directory (truncated?)', 'không có thư mục trung tâm (tệp bị cắt?)');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw notReadable('a damaged central directory', 'thư mục trung tâm bị hỏng');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    total += size;
    if (size === 0xffffffff || total > maxBytes)
      throw notReadable(
        `its files inflate to more than ${Math.round(maxBytes / 1048576)} MB`,
        `các tệp bên trong lớn hơn ${Math.round(maxBytes / 1048576)} MB khi giải nén`,
      );
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw notReadable(`a damaged entry (${name})`, `mục bị hỏng (${name})`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (method === 0) out.set(name, data);
    else if (method === 8) {
      try {
        out.set(name, inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));
      } catch {
        throw notReadable(`a damaged entry (${name})`, `mục bị hỏng (${name})`);
      }
    } else throw notReadable(`unsupported compression ${method} (${name})`, `kiểu nén ${method} không hỗ trợ (${name})`);
  }
  return out;
}
