/**
 * What CLI commands call. Locally it is the service functions on a database this process opened; when
 * an `ictmon serve` owns the embedded data directory, it is that server's HTTP API, so there is only
 * ever one writer.
 */
import type { ServiceContext } from '../services/context.ts';
import { AppError, type ErrorDetail } from '../services/errors.ts';
import { runDoctor, type DoctorCheck } from '../services/setup/doctor.ts';
import { getMeta, type Meta } from '../services/setup/get-meta.ts';
import { getUnit } from '../services/units/get-unit.ts';
import { listUnits, type ListUnitsInput } from '../services/units/list-units.ts';
import { searchUnits } from '../services/units/search-units.ts';
import type { UnitDetail, UnitList, UnitSearchResult } from '../services/units/unit-views.ts';
import { diffUnitsFile, importUnitsFile, type UnitsDiff, type UnitsFileInput, type UnitsImportResult } from '../services/units-import/units-file-service.ts';

export interface Backend {
  /** "local" (this process owns the database) or the URL of the server it talks to. */
  readonly via: string;
  listUnits(input: ListUnitsInput): Promise<UnitList>;
  searchUnits(input: { q: string; at: string; limit?: number }): Promise<UnitSearchResult>;
  getUnit(input: { code: string; at: string }): Promise<UnitDetail>;
  diffUnitsFile(input: UnitsFileInput): Promise<UnitsDiff>;
  importUnitsFile(input: UnitsFileInput): Promise<UnitsImportResult>;
  getMeta(): Promise<Meta>;
  runDoctor(): Promise<DoctorCheck[]>;
}

/** The services, called in this process. */
export function localBackend(ctx: ServiceContext): Backend {
  return {
    via: 'local',
    listUnits: (i) => listUnits(ctx, i),
    searchUnits: (i) => searchUnits(ctx, i),
    getUnit: (i) => getUnit(ctx, i),
    diffUnitsFile: (i) => diffUnitsFile(ctx, i),
    importUnitsFile: (i) => importUnitsFile(ctx, i),
    getMeta: () => getMeta(ctx),
    runDoctor: () => runDoctor(ctx),
  };
}

/** The same operations through a running server's HTTP API. */
export function remoteBackend(baseUrl: string): Backend {
  const get = <T>(path: string, query: Record<string, string | number | undefined>) => call<T>(baseUrl, 'GET', path, query);
  const sendFile = <T>(path: string, i: UnitsFileInput) =>
    call<T>(baseUrl, 'POST', path, { fileName: i.fileName, effectiveDate: i.effectiveDate, legalBasis: i.legalBasis, kind: i.kind }, i.bytes);
  return {
    via: baseUrl,
    listUnits: (i) => get('/api/units', { at: i.at, level: i.level, parent: i.parent, limit: i.limit, offset: i.offset }),
    searchUnits: (i) => get('/api/units/search', { q: i.q, at: i.at, limit: i.limit }),
    getUnit: (i) => get(`/api/units/${encodeURIComponent(i.code)}`, { at: i.at }),
    diffUnitsFile: (i) => sendFile('/api/units/diff', i),
    importUnitsFile: (i) => sendFile('/api/units/import', i),
    getMeta: () => get('/api/meta', {}),
    runDoctor: async () => (await get<{ checks: DoctorCheck[] }>('/api/doctor', {})).checks,
  };
}

async function call<T>(baseUrl: string, method: string, path: string, query: Record<string, string | number | undefined>, body?: Uint8Array): Promise<T> {
  const url = new URL(path, baseUrl);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  let res: Response;
  try {
    res = await fetch(url, body ? { method, body: Buffer.from(body), headers: { 'content-type': 'application/octet-stream' } } : { method });
  } catch (err) {
    throw new AppError(
      'server_unreachable',
      503,
      `the ictmon server at ${baseUrl} does not answer: ${(err as Error).message}`,
      `máy chủ ictmon tại ${baseUrl} không trả lời`,
    );
  }
  const json = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string; messageVi?: string; details?: ErrorDetail[] } };
  if (!res.ok) {
    const e = json.error;
    throw new AppError(
      e?.code ?? 'http_error',
      res.status,
      e?.message ?? `HTTP ${res.status}`,
      e?.messageVi ?? e?.message ?? `HTTP ${res.status}`,
      e?.details ?? [],
    );
  }
  return json as T;
}
