/** Use case: find units by name or code, ignoring diacritics ("bac kan" finds "Bắc Kạn"). */
import { searchUnits as querySearchUnits } from '../../db/queries/units/search-units.ts';
import { foldVietnamese } from '../../domain/text/fold.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { requireDate } from './list-units.ts';
import { presentUnit } from './present-unit.ts';
import type { UnitSearchResult } from './unit-views.ts';

/** Searches all unit versions; those in force on `at` come first. */
export async function searchUnits(ctx: ServiceContext, input: { q: string; at: string; limit?: number | undefined }): Promise<UnitSearchResult> {
  const at = requireDate(input.at, 'at');
  const query = input.q.normalize('NFC').trim();
  if (query.length > 100)
    throw invalidInput('the search text is longer than 100 characters', 'chuỗi tìm kiếm dài quá 100 ký tự', [
      { field: 'q', message: 'at most 100 characters' },
    ]);
  const terms = foldVietnamese(query).split(' ').filter(Boolean);
  if (terms.length === 0) return { at, query, items: [] };
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 200);
  const rows = await querySearchUnits(ctx.db, terms, at, limit);
  return {
    at,
    query,
    items: rows.map((r) => ({ ...presentUnit(r), inForce: r.inForce, path: [r.fullName, r.path].filter(Boolean).join(', ') })),
  };
}
