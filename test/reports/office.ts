/**
 * LibreOffice for the report tests: whether Writer is installed (Debian's libreoffice-writer-nogui; the
 * soffice binary alone converts spreadsheets only) and a DOCX → PDF conversion with a private profile,
 * so that conversions running at the same time do not share (and lock) one user profile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/** True when LibreOffice Writer can convert DOCX here. */
export function hasOffice(): boolean {
  return existsSync(SOFFICE) && existsSync('/usr/lib/libreoffice/program/libswlo.so');
}

/**
 * Converts a DOCX to PDF in `outDir`: the PDF's path and what LibreOffice printed (stdout; it writes
 * conversion errors there). Throws with LibreOffice's output when it fails or writes no PDF.
 */
export function convertWithOffice(docxPath: string, outDir: string): { pdf: string; output: string } {
  const profile = mkdtempSync(join(tmpdir(), 'ictmon-lo-'));
  let output: string;
  try {
    output = execFileSync(
      SOFFICE,
      ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docxPath],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 180_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}: ${output}`);
  return { pdf, output };
}
