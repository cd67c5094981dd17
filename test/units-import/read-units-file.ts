/** Test helpers: read CSV text or bytes the way `units diff` does, and show units compactly. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readUnitsSheets, type ReadSheetsResult } from '../../src/domain/units-file/read-units-sheets.ts';
import type { FileUnit, UnitsFileKind } from '../../src/domain/units-file/units-file-types.ts';
import { decodeUnitsFile } from '../../src/services/units-import/decode-units-file.ts';

/** Bytes of a fixture in test/fixtures/units/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/units/${name}`, import.meta.url))));
}

/** Decodes and reads a file given as text (CSV) or bytes. */
export async function readUnitsText(content: string | Uint8Array, effectiveDate: string, kind?: UnitsFileKind): Promise<ReadSheetsResult> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const decoded = await decodeUnitsFile(bytes, kind);
  const read = readUnitsSheets(decoded.sheets, { kind, effectiveDate });
  return { ...read, issues: [...decoded.issues, ...read.issues] };
}

/** "code|level|type|name|full name|parent", for comparing units at a glance. */
export function showUnit(u: FileUnit): string {
  return [u.code, u.level, u.typeCode, u.name, u.fullName, u.parentCode ?? ''].join('|');
}
