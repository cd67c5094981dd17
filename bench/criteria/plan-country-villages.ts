/** Synthetic villages for every commune of the country: 8–14 per commune version, deterministic. */
import type { NewDemoVillage } from '../../src/db/queries/demo/insert-demo-villages.ts';
import { intBetween, uniformFor } from '../../src/domain/demo/prng.ts';
import { buildSearchText } from '../../src/domain/units-file/unit-states.ts';
import type { BenchCommune } from './list-communes-in-force.ts';

/** The admin_unit.source of the benchmark's villages. */
export const BENCH_SOURCE = 'bench';

/** The villages of one commune version ("Thôn 1" … "Thôn n"), with the commune version's validity. */
export function planCommuneVillages(commune: BenchCommune): NewDemoVillage[] {
  const count = intBetween(uniformFor(`bench-villages:${commune.code}@${commune.validFrom ?? ''}`), 8, 14);
  const out: NewDemoVillage[] = [];
  for (let i = 1; i <= count; i++) {
    const code = `${commune.code}-${String(i).padStart(3, '0')}`;
    const name = String(i);
    const fullName = `Thôn ${name}`;
    out.push({
      code,
      typeCode: 'thon',
      name,
      fullName,
      searchText: buildSearchText(name, fullName, code),
      parentCode: commune.code,
      validFrom: commune.validFrom,
      validTo: commune.validTo,
      validFromExact: commune.validFromExact,
      validToExact: commune.validToExact,
    });
  }
  return out;
}
