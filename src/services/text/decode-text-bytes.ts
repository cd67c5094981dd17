/**
 * Reads the bytes of a text file (CSV) as Unicode: UTF-8 (with or without BOM), or — for files saved
 * by older Vietnamese software — TCVN3 (ABC), VNI or Windows-1258, recognised from the text itself.
 */
import iconv from 'iconv-lite';
import { detectVietnameseEncoding } from '../../domain/text/legacy/detect-encoding.ts';
import { composeVietnameseNfc, hasCombiningMarks } from '../../domain/text/legacy/windows-1258.ts';

export type TextFileEncoding = 'utf-8' | 'tcvn3' | 'vni' | 'windows-1258';

export interface DecodedText {
  /** The text; for TCVN3/VNI still in the legacy letters (convert per column with the encoding as hint). */
  text: string;
  encoding: TextFileEncoding;
}

/** Decodes text bytes; undefined when they are not UTF-8 and no Vietnamese legacy encoding fits. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: an 8-bit Vietnamese encoding
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // TCVN3 and VNI letters are byte values; reading the bytes as Latin-1 keeps them as the tables expect.
  const latin1 = buffer.toString('latin1');
  const legacy = detectVietnameseEncoding(latin1);
  if (legacy === 'tcvn3' || legacy === 'vni') return { text: latin1, encoding: legacy };
  const cp1258 = composeVietnameseNfc(iconv.decode(buffer, 'windows1258'));
  // Real Windows-1258 text has no undefined bytes and composes fully: every tone mark lands on a vowel.
  const isClean = !cp1258.includes('\ufffd') && !hasCombiningMarks(cp1258);
  if (isClean && detectVietnameseEncoding(cp1258) === 'unicode') return { text: cp1258, encoding: 'windows-1258' };
  return undefined;
}
