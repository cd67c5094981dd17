/** A small register for the pure demo tests, built by hand with every case the shipped register has. */
import type { DemoCommuneVersion, DemoSnapshot, DemoUnitVersion } from '../../src/domain/demo/demo-types.ts';
import { versionKey } from '../../src/domain/demo/demo-types.ts';

export const OLD_END = '2025-06-30';
export const NEW = '2025-07-01';

function province(code: string, validFrom: string | null): DemoUnitVersion {
  return {
    code,
    typeCode: 'province',
    name: `Tỉnh ${code}`,
    parentCode: null,
    validFrom,
    validTo: validFrom ? null : OLD_END,
    validFromExact: true,
    validToExact: true,
  };
}

function commune(code: string, provinceCode: string, validFrom: string | null, validTo: string | null, typeCode = 'commune'): DemoCommuneVersion {
  const isNew = validFrom !== null && validFrom >= NEW;
  return {
    code,
    typeCode,
    name: `Xã ${code}`,
    parentCode: isNew ? provinceCode : '999',
    validFrom,
    validTo,
    validFromExact: true,
    validToExact: true,
    provinceCode,
  };
}

/**
 * A small register with every case the demo meets: a ward kept under its code on 01/07/2025; a commune
 * renamed on 01/03/2025 under the same code, then merged with another into a commune keeping its code;
 * a commune absorbed on 01/03/2025 without a recorded successor; a commune formed on 01/03/2025 with no
 * predecessor; a ward merged into a ward of another province code. Provinces merged as on 01/07/2025.
 */
export function buildRegister(): DemoSnapshot {
  const provinces = [province('06', null), province('19', null), province('19', NEW), province('14', null), province('14', NEW)];
  provinces.push(province('74', null), province('77', null), province('79', null), province('79', NEW));
  const communes = [
    commune('01843', '06', null, OLD_END, 'ward'),
    commune('01843', '19', NEW, null, 'ward'),
    commune('01954', '06', null, '2025-02-28'),
    commune('01954', '06', '2025-03-01', OLD_END, 'commune_level_town'),
    commune('01957', '06', null, OLD_END),
    commune('01954', '19', NEW, null),
    commune('01960', '06', null, '2025-02-28'),
    commune('03980', '14', '2025-03-01', OLD_END, 'commune_level_town'),
    commune('04000', '14', null, OLD_END),
    commune('03980', '14', NEW, null),
    commune('25840', '74', null, OLD_END, 'ward'),
    commune('25843', '79', NEW, null, 'ward'),
  ];
  const edge = (from: string, fromStart: string | null, to: string, toStart: string) => ({
    from: versionKey({ code: from, validFrom: fromStart }),
    to: versionKey({ code: to, validFrom: toStart }),
    effectiveDate: toStart,
  });
  return {
    provinces,
    provinceLineage: [
      edge('06', null, '19', NEW),
      edge('19', null, '19', NEW),
      edge('14', null, '14', NEW),
      ...['74', '77', '79'].map((c) => edge(c, null, '79', NEW)),
    ],
    communes,
    communeLineage: [
      edge('01843', null, '01843', NEW),
      edge('01954', null, '01954', '2025-03-01'),
      edge('01954', '2025-03-01', '01954', NEW),
      edge('01957', null, '01954', NEW),
      edge('03980', '2025-03-01', '03980', NEW),
      edge('04000', null, '03980', NEW),
      edge('25840', null, '25843', NEW),
    ],
    maxVillageSeq: new Map([['01957', 4]]),
  };
}
