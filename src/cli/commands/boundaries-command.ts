/**
 * `ictmon boundaries …`: import a boundary file (ranh giới hành chính: GeoJSON, TopoJSON, Shapefile zip)
 * and list the imports. Locally when this process can own the database, through the API of an
 * `ictmon serve` that owns the data directory otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { formatDateVi } from '../../domain/format/vi-format.ts';
import { parseUserDate } from '../../domain/units/dates.ts';
import type { ImportBoundariesInput } from '../../services/boundaries/import-boundaries.ts';
import type { BoundaryBatchView } from '../../services/boundaries/list-boundary-batches.ts';
import { MAX_BOUNDARY_FILE_BYTES } from '../../services/boundaries/read-boundary-file.ts';
import { AppError, fileTooLarge, invalidInput, type ErrorDetail } from '../../services/errors.ts';
import { parseFormat, renderRows, type Column, type OutputFormat } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions } from '../runtime.ts';

const HELP_AFTER = `
Tệp ranh giới: GeoJSON (FeatureCollection), TopoJSON (Topology; chọn đối tượng bằng --object khi có
nhiều) hoặc tệp .zip chứa Shapefile (.shp, .dbf, .prj; VN-2000 được chuyển sang WGS84). Mỗi đối tượng phải
có mã đơn vị (trường code, ma, ma_xa, MaXa, ma_tinh, ma_dvhc… hoặc --code-field) của một đơn vị có hiệu
lực vào ngày --at; số 0 đứng đầu bị mất được khôi phục (tỉnh 2 chữ số, xã 5 chữ số). Có lỗi thì không nhập
gì. Nhập lại ranh giới của một đơn vị sẽ thay thế ranh giới cũ. Xem docs/boundaries.md.
Boundary files: every feature carries the code of a unit in force on --at; on any error nothing is stored.`;

function dateOption(value: string): string {
  const iso = parseUserDate(value);
  if (!iso) throw invalidInput(`not a date: "${value}" (use YYYY-MM-DD or dd/mm/yyyy)`, `không phải ngày: "${value}" (dùng YYYY-MM-DD hoặc dd/mm/yyyy)`);
  return iso;
}

const batchColumns: Column<BoundaryBatchView>[] = [
  { header: 'id', value: (b) => b.id },
  { header: 'imported_at', value: (b) => b.importedAt.slice(0, 19).replace('T', ' ') },
  { header: 'file', value: (b) => b.fileName },
  { header: 'format', value: (b) => b.format },
  { header: 'level', value: (b) => b.level },
  { header: 'at', value: (b) => formatDateVi(b.at) },
  { header: 'features', value: (b) => b.features },
  { header: 'current', value: (b) => b.unitsCurrent },
  { header: 'actor', value: (b) => b.actor },
];

/** Builds the `boundaries` command group. */
export function boundariesCommand(globals: () => GlobalOptions): Command {
  const boundaries = new Command('boundaries').description('administrative boundaries for maps (ranh giới hành chính): import, list');

  boundaries
    .command('import <file>')
    .description('import a boundary file (GeoJSON, TopoJSON, Shapefile zip): every feature matched to a unit by code, all or nothing')
    .option('--at <date>', 'the date the codes are matched on (ngày đối chiếu mã; YYYY-MM-DD or dd/mm/yyyy; default: today)', dateOption)
    .option('--code-field <name>', 'the property holding the unit code (trường mã đơn vị; default: code, ma, ma_xa, MaXa, ma_tinh, ma_dvhc…)')
    .addOption(new Option('--level <level>', 'the level of the units in the file (cấp; default: from the codes)').choices(['province', 'district', 'commune']))
    .option('--object <name>', 'the TopoJSON object to read (đối tượng TopoJSON; default: the only one)')
    .addOption(new Option('--format <format>', 'output: text or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, o: { at?: string; codeField?: string; level?: string; object?: string; format: string }) => {
      const size = statSync(file).size;
      if (size > MAX_BOUNDARY_FILE_BYTES) throw fileTooLarge(MAX_BOUNDARY_FILE_BYTES);
      const input: ImportBoundariesInput = {
        bytes: readFileSync(file),
        fileName: basename(file),
        at: o.at,
        codeField: o.codeField,
        level: o.level,
        object: o.object,
      };
      const result = await withBackend(globals(), 'ictmon boundaries import', (b) => b.importBoundaries(input)).catch((err: unknown) => {
        throw withFeatureMessages(err);
      });
      if (o.format === 'json') return console.log(JSON.stringify(result, null, 2));
      console.log(resolveLang(globals()) === 'vi' ? result.messageVi : result.message);
    });

  boundaries
    .command('list')
    .description('list the boundary files imported, newest first (các lần nhập ranh giới)')
    .option('--limit <n>', 'at most this many', (v) => Number(v), 100)
    .addOption(new Option('--format <format>', 'output: table, json or csv').default('table').argParser(parseFormat))
    .action(async (o: { limit: number; format: OutputFormat }) => {
      const items = await withBackend(globals(), 'ictmon boundaries list', (b) => b.listBoundaryBatches({ limit: o.limit }));
      console.log(renderRows(o.format, batchColumns, items, { items }));
    });

  return boundaries;
}

/** The refusal's details already say "Đối tượng 12: … (trường code)": drop the row/field prefix the CLI would add. */
function withFeatureMessages(err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const details: ErrorDetail[] = err.details.map((d) => (d.code ? { message: d.message, ...(d.messageVi ? { messageVi: d.messageVi } : {}) } : d));
  return new AppError(err.code, err.status, err.message, err.messageVi, details);
}
