/**
 * `ictmon demo`: loads the deterministic demo dataset ("dữ liệu minh họa") — villages for the communes of
 * the seed provinces (Bắc Kạn, Sơn La, Bình Thuận, Bình Dương) and values for 2016–2026 at village,
 * commune and province level, plan targets included. Villages are labelled by admin_unit.source = 'demo',
 * values by value_batch.kind = 'demo'. Loading twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { countValueBatches } from '../../db/queries/demo/count-value-batches.ts';
import { buildDemoDataset } from '../../domain/demo/generate-demo.ts';
import { DEMO_AS_OF, DEMO_LABEL, DEMO_VERSION, FIRST_YEAR, SEED_PROVINCES } from '../../domain/demo/demo-scope.ts';
import type { DemoRecord } from '../../domain/demo/demo-types.ts';
import { formatNumberVi } from '../../domain/format/vi-format.ts';
import { INDICATOR_CATALOGUE_VERSION } from '../../domain/indicators/sector-catalogue.ts';
import type { ValueRecord } from '../../domain/values/value-types.ts';
import type { ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { storeValueRecords } from '../values/store-values.ts';
import { loadDemoSnapshot } from './load-demo-snapshot.ts';
import { writeDemoVillages } from './write-demo-villages.ts';

export interface DemoLoadOptions {
  /** Do nothing when the database already holds values (or villages of its own): the first start of `npm start`. */
  ifEmpty?: boolean;
}

export interface DemoLoadResult {
  /** False when `ifEmpty` found the database not empty. */
  loaded: boolean;
  skipped?: 'values_present' | 'villages_present';
  version: string;
  label: { vi: string; en: string };
  villages: { total: number; versions: number; versionsCreated: number; lineageCreated: number };
  values: {
    generated: number;
    byLevel: { village: number; commune: number; province: number };
    plans: number;
    inserted: number;
    updated: number;
    unchanged: number;
    batchId?: number;
  };
  periods: { from: string; to: string };
  ms: number;
  message: string;
  messageVi: string;
}

/** The level of a unit by its code: villages are coded `<commune>-<seq>`, communes with 5 digits, provinces with 2. */
const levelOfCode = (code: string) => (code.includes('-') ? 'village' : code.length === 5 ? 'commune' : 'province');

/** Loads the demo dataset; see DemoLoadOptions.ifEmpty. */
export async function loadDemoData(ctx: ServiceContext, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const started = Date.now();
  const batches = await countValueBatches(ctx.db);
  if (options.ifEmpty && batches.file + batches.demo > 0) return skippedResult('values_present', started);
  if (batches.file > 0) {
    throw conflict(
      'the database holds imported values: the demo would mix illustrative figures with them; load it into a fresh data directory (--data-dir)',
      `cơ sở dữ liệu đã có số liệu nhập từ tệp: không nạp ${DEMO_LABEL.vi} lẫn với số liệu thật; hãy nạp vào một thư mục dữ liệu mới (--data-dir)`,
    );
  }
  const loaded = await loadDemoSnapshot(ctx.db);
  if (loaded.foreignVillages > 0) {
    if (options.ifEmpty) return skippedResult('villages_present', started);
    throw conflict(
      `the register holds ${loaded.foreignVillages} villages of its own in the demo provinces: demo villages would sit beside them; load the demo into a fresh data directory (--data-dir)`,
      `sổ đăng ký đã có ${loaded.foreignVillages} thôn của tỉnh: không thêm thôn ${DEMO_LABEL.vi} bên cạnh; hãy nạp vào một thư mục dữ liệu mới (--data-dir)`,
    );
  }

  const dataset = buildDemoDataset(loaded.snapshot);
  const written = await writeDemoVillages(ctx.db, dataset.villages, ctx.actor);
  const ids = new Map([...loaded.unitIds, ...written.ids]);
  const names = new Map(loaded.names);
  for (const v of dataset.villages.versions) names.set(ids.get(v.key)!, `${v.code} ${v.fullName}`);

  const counts = { village: 0, commune: 0, province: 0, plans: 0 };
  function* toValueRecords(): Generator<ValueRecord[]> {
    for (const chunk of dataset.records()) yield chunk.map(toValueRecord);
  }
  const toValueRecord = (r: DemoRecord): ValueRecord => {
    const unitId = ids.get(r.unitKey);
    if (unitId === undefined) throw new Error(`demo value for a unit that is not in the register: ${r.unitKey}`);
    counts[levelOfCode(r.unitKey.slice(0, r.unitKey.indexOf('@')))]++;
    if (r.series === 'plan') counts.plans++;
    return { unitId, indicatorCode: r.indicatorCode, period: r.period, breakdown: r.breakdown, series: r.series, value: r.value };
  };
  const generated = () => counts.village + counts.commune + counts.province;
  const summary = () => ({
    label: DEMO_LABEL,
    version: DEMO_VERSION,
    asOf: DEMO_AS_OF,
    seedProvinces: SEED_PROVINCES,
    villages: dataset.villages.chains.length,
    values: { ...counts },
  });
  const result = await storeValueRecords(
    ctx,
    toValueRecords(),
    {
      kind: 'demo',
      fileName: `ictmon demo ${DEMO_VERSION}`,
      fileSha256: demoSha256(loaded.snapshot.communes.length, dataset.villages.versions.length),
      fileBytes: 0,
      format: 'demo',
      actor: ctx.actor,
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      // Read when the batch is written, after every record has been generated and counted.
      get rowsRead() {
        return generated();
      },
      get summary() {
        return summary();
      },
      status: 'approved',
    },
    (id) => names.get(id) ?? `#${id}`,
  );

  const ms = Date.now() - started;
  const villages = {
    total: dataset.villages.chains.length,
    versions: dataset.villages.versions.length,
    versionsCreated: written.versionsCreated,
    lineageCreated: written.lineageCreated,
  };
  const values = {
    generated: generated(),
    byLevel: { village: counts.village, commune: counts.commune, province: counts.province },
    plans: counts.plans,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    ...(result.batchId === undefined ? {} : { batchId: result.batchId }),
  };
  const changed = result.inserted + result.updated + written.versionsCreated > 0;
  const seconds = (ms / 1000).toFixed(1);
  return {
    loaded: true,
    version: DEMO_VERSION,
    label: DEMO_LABEL,
    villages,
    values,
    periods: { from: String(FIRST_YEAR), to: DEMO_AS_OF },
    ms,
    message: changed
      ? `Loaded ${DEMO_LABEL.en} (not real figures): ${villages.total} villages, ${values.inserted + values.updated} values stored (${values.generated} generated) in ${seconds} s`
      : `The ${DEMO_LABEL.en} (${DEMO_VERSION}) is already loaded: nothing changed (${seconds} s)`,
    messageVi: changed
      ? `Đã nạp ${DEMO_LABEL.vi} (không phải số liệu thật): ${formatNumberVi(villages.total)} thôn, lưu ${formatNumberVi(values.inserted + values.updated)} giá trị (tạo ${formatNumberVi(values.generated)}) trong ${seconds.replace('.', ',')} giây`
      : `${capitalise(DEMO_LABEL.vi)} (${DEMO_VERSION}) đã được nạp: không thay đổi gì (${seconds.replace('.', ',')} giây)`,
  };
}

/** The demo's fingerprint: the generator version and what it was generated over. */
function demoSha256(communes: number, villageVersions: number): string {
  const parameters = {
    version: DEMO_VERSION,
    asOf: DEMO_AS_OF,
    seedProvinces: SEED_PROVINCES,
    catalogue: INDICATOR_CATALOGUE_VERSION,
    communes,
    villageVersions,
  };
  return createHash('sha256').update(JSON.stringify(parameters)).digest('hex');
}

function skippedResult(skipped: 'values_present' | 'villages_present', started: number): DemoLoadResult {
  const why =
    skipped === 'values_present'
      ? { en: 'the database already holds values', vi: 'cơ sở dữ liệu đã có số liệu' }
      : { en: 'the register already holds villages of the demo provinces', vi: 'sổ đăng ký đã có thôn của các tỉnh minh họa' };
  return {
    loaded: false,
    skipped,
    version: DEMO_VERSION,
    label: DEMO_LABEL,
    villages: { total: 0, versions: 0, versionsCreated: 0, lineageCreated: 0 },
    values: { generated: 0, byLevel: { village: 0, commune: 0, province: 0 }, plans: 0, inserted: 0, updated: 0, unchanged: 0 },
    periods: { from: String(FIRST_YEAR), to: DEMO_AS_OF },
    ms: Date.now() - started,
    message: `Demo data not loaded: ${why.en}`,
    messageVi: `Không nạp ${DEMO_LABEL.vi}: ${why.vi}`,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
