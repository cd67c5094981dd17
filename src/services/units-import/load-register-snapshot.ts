/** Reads from the database what the diff of a units file needs: its scope, the codes it names, their history. */
import type { Queryable } from '../../db/database.ts';
import { listAttributesFromDate } from '../../db/queries/units-import/list-attributes-from-date.ts';
import { listLaterVersions } from '../../db/queries/units-import/list-later-versions.ts';
import { listLaterVillagesOfCommunes } from '../../db/queries/units-import/list-later-villages-of-communes.ts';
import { listLineageInto } from '../../db/queries/units-import/list-lineage-into.ts';
import { listMaxVillageSeqs } from '../../db/queries/units-import/list-max-village-seqs.ts';
import { listProvinceTrees } from '../../db/queries/units-import/list-province-trees.ts';
import { listUnitsByCodes } from '../../db/queries/units-import/list-units-by-codes.ts';
import { listVillagesOfCommunes } from '../../db/queries/units-import/list-villages-of-communes.ts';
import type { RegisterSnapshot, RegisterUnit } from '../../domain/units-file/units-diff-types.ts';
import type { AttributeFile, CatalogueFile, ParsedUnitsFile, VillageFile } from '../../domain/units-file/units-file-types.ts';
import { addDays } from '../../domain/units/dates.ts';

/** The codes a parsed file names: its units and their parents, village codes, predecessors. */
function namedCodes(parsed: CatalogueFile | VillageFile): { codes: Set<string>; predecessors: Set<string> } {
  const codes = new Set<string>();
  const predecessors = new Set<string>();
  const entries = parsed.kind === 'catalogue' ? parsed.units : parsed.rows;
  for (const e of entries) {
    if ('code' in e && e.code !== undefined) codes.add(e.code);
    if ('parentCode' in e && e.parentCode !== null) codes.add(e.parentCode);
    if ('communeCode' in e) codes.add(e.communeCode);
    for (const p of e.predecessors) predecessors.add(p);
  }
  for (const s of parsed.scope) codes.add(s.code);
  return { codes, predecessors };
}

/** Loads the register snapshot for a file on its effective date, with the same queries on both engines. */
export async function loadRegisterSnapshot(db: Queryable, parsed: ParsedUnitsFile, effectiveDate: string): Promise<RegisterSnapshot> {
  if (parsed.kind === 'attributes') return loadAttributeSnapshot(db, parsed, effectiveDate);
  const scope = parsed.scope.map((s) => s.code);
  const { codes, predecessors: predCodes } = namedCodes(parsed);
  const inScope = parsed.kind === 'catalogue' ? await listProvinceTrees(db, scope, effectiveDate) : await listVillagesOfCommunes(db, scope, effectiveDate);
  const laterInScope = parsed.kind === 'villages' ? await listLaterVillagesOfCommunes(db, scope, effectiveDate) : [];
  const byCode = await listUnitsByCodes(db, [...codes, ...predCodes], effectiveDate);
  const predecessors = predCodes.size ? await listUnitsByCodes(db, [...predCodes], addDays(effectiveDate, -1)) : [];
  const all = new Map<number, RegisterUnit>();
  for (const u of [...inScope, ...byCode, ...predecessors]) all.set(u.id, u);
  const allCodes = [...new Set([...codes, ...predCodes, ...inScope.map((u) => u.code), ...laterInScope.map((u) => u.code)])];
  const ids = [...all.keys()];
  const laterVersions = await listLaterVersions(db, allCodes, effectiveDate);
  const attributes = await listAttributesFromDate(db, ids, effectiveDate);
  const lineage = await listLineageInto(db, ids);
  const seqs = parsed.kind === 'villages' ? await listMaxVillageSeqs(db, scope) : [];
  return {
    inScope,
    laterInScope,
    byCode,
    predecessors,
    laterVersions,
    attributes,
    lineage,
    maxVillageSeq: new Map(seqs.map((s) => [s.communeCode, s.seq])),
  };
}

/**
 * The snapshot an attributes file needs: the versions in force of the codes it names, their parents up to
 * the province (names and parent codes are checked against them) and the attribute rows of its units.
 */
async function loadAttributeSnapshot(db: Queryable, parsed: AttributeFile, effectiveDate: string): Promise<RegisterSnapshot> {
  const named = new Set(parsed.rows.flatMap((r) => [r.code, ...r.otherCodes.map((o) => o.code)]));
  const byCode = new Map<string, RegisterUnit>();
  let wanted = [...named];
  // One query per level at most: village → commune → district → province.
  for (let round = 0; wanted.length > 0 && round < 4; round++) {
    for (const u of await listUnitsByCodes(db, wanted, effectiveDate)) byCode.set(u.code, u);
    wanted = [...new Set([...byCode.values()].map((u) => u.parentCode).filter((c): c is string => c !== null && !byCode.has(c)))];
  }
  const ids = [...byCode.values()].filter((u) => named.has(u.code)).map((u) => u.id);
  return {
    inScope: [],
    laterInScope: [],
    byCode: [...byCode.values()],
    predecessors: [],
    laterVersions: [],
    attributes: await listAttributesFromDate(db, ids, effectiveDate),
    lineage: [],
    maxVillageSeq: new Map(),
  };
}
