import type { Queryable } from '../../database.ts';
import type { UnitsImportPlan } from '../../../domain/units-file/units-diff-types.ts';

/** Corrects versions that start on the import's own effective date (a second file for the same date). */
export async function updateUnitVersionsInPlace(tx: Queryable, units: UnitsImportPlan['inPlace'], source: string): Promise<void> {
  if (units.length === 0) return;
  const col = <K extends keyof UnitsImportPlan['inPlace'][number]>(k: K) => units.map((u) => u[k]);
  await tx.query(
    `update admin_unit a set type_code = u.type_code, name = u.name, full_name = u.full_name,
            parent_code = u.parent_code, search_text = u.search_text, source = $7
     from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
          as u(id, type_code, name, full_name, parent_code, search_text)
     where a.id = u.id`,
    [col('id'), col('typeCode'), col('name'), col('fullName'), col('parentCode'), col('searchText'), source],
  );
}
