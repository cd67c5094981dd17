/**
 * The criteria engine beyond the regulation cases: the definitions are checked when loaded (coded
 * errors), missing data is never a failure and names what is missing, gaps say what would make a
 * commune pass, the facts document is validated path by path, and stored values are chosen by date.
 */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSets, checkOverlay } from '../../src/domain/criteria/compile-criteria.ts';
import type { CriteriaOverlayDef, CriteriaSetDef } from '../../src/domain/criteria/criteria-types.ts';
import { candidatePeriods, pickFacts } from '../../src/domain/criteria/pick-facts.ts';
import { CRITERIA_SETS } from '../../src/domain/criteria/sets/criteria-sets.ts';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { AppError } from '../../src/services/errors.ts';
import { evaluateFactsDocument } from '../../src/services/criteria/evaluate-facts.ts';
import { factsDocumentJsonSchema } from '../../src/services/criteria/facts-document.ts';
import { buildFactsDocument } from './build-facts.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.ts';

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('criteria definitions are checked when loaded', () => {
  it('the shipped sets are sound', () => {
    expect(checkCriteriaSets()).toEqual([]);
  });

  it('reports an unknown indicator, a wrong level, a bad operator, an unknown parameter and set, with their paths', () => {
    const base = CRITERIA_SETS.find((s) => s.id === 'NTM-2021') as CriteriaSetDef;
    const broken: CriteriaSetDef = {
      ...base,
      guidance: [
        {
          id: 'G',
          name: { vi: 'G', en: 'G' },
          from: '2022-03-08',
          subCriteria: [
            {
              id: '8.9',
              name: { vi: 'x', en: 'x' },
              rule: 'R-X',
              confidence: 'CX',
              condition: {
                kind: 'all',
                id: 'root',
                of: [
                  { kind: 'fact', id: 'a', fact: 'commune.no_such_thing', need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
                  { kind: 'fact', id: 'b', fact: 'village.mobile_voice', need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
                  { kind: 'fact', id: 'c', fact: 'commune.postal_points', op: '=>' as never, value: 1, need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
                  {
                    kind: 'fact',
                    id: 'd',
                    fact: 'commune.postal_points',
                    op: '>=',
                    value: { param: 'nope' },
                    need: { vi: '', en: '' },
                    lack: { vi: '', en: '' },
                  },
                  { kind: 'set', id: 'e', set: 'NTM-1999' as never, need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
                  { kind: 'fact', id: 'e', fact: 'commune.postal_points', need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
                ],
              },
            },
          ],
        },
      ],
    };
    const errors = checkCriteriaSets([broken]);
    expect(errors.map((e) => [e.code, e.path]).sort()).toEqual(
      [
        ['duplicate_id', 'NTM-2021/G@2022-03-08/8.9/root/e'],
        ['unknown_indicator', 'NTM-2021/G@2022-03-08/8.9/root/a'],
        ['wrong_level', 'NTM-2021/G@2022-03-08/8.9/root/b'],
        ['bad_operator', 'NTM-2021/G@2022-03-08/8.9/root/c'],
        ['unknown_parameter', 'NTM-2021/G@2022-03-08/8.9/root/d'],
        ['unknown_set', 'NTM-2021/G@2022-03-08/8.9/root/e'],
      ].sort(),
    );
    expect(errors.every((e) => e.messageVi.length > 0)).toBe(true);
  });

  it('an overlay may only tighten: a looser parameter, an unknown sub-criterion or a clash is refused', () => {
    const overlay: CriteriaOverlayDef = {
      id: 'x',
      province: '06',
      name: { vi: 'x', en: 'x' },
      decision: 'QĐ x',
      set: 'NTM-2021',
      validFrom: '2023-01-01',
      parameters: { 'radio.minVillageShare': 0.8, 'it.minOnlineDossierShare': 0.5, 'telecom.smartphoneCondition': true },
      addConditions: [
        { subCriterion: '8.7', condition: { kind: 'fact', id: 'f', fact: 'commune.web_page_live', need: { vi: '', en: '' }, lack: { vi: '', en: '' } } },
      ],
      addSubCriteria: [
        {
          id: '8.1',
          name: { vi: '', en: '' },
          rule: 'R-L',
          confidence: 'TH',
          condition: { kind: 'fact', id: 'g', fact: 'commune.dms_in_use', need: { vi: '', en: '' }, lack: { vi: '', en: '' } },
        },
      ],
    };
    expect(checkOverlay(overlay).map((e) => e.code)).toEqual(['not_stricter', 'unknown_sub_criterion', 'duplicate_id']);
  });
});

describe('evaluation', () => {
  it('missing data is not a failure: the sub-criterion lacks data and names the values and villages', () => {
    const doc = buildFactsDocument({ villages: 3, everyVillage: { 'village.mobile_broadband': undefined }, commune: { 'commune.web_page_live': undefined } });
    const e = evaluateFactsDocument(doc, { date: '2024-12-31' });
    const s82 = e.subCriteria.find((s) => s.id === '8.2');
    expect(s82?.outcome).toBe('missing');
    expect([...new Set(s82?.missing.map((m) => m.unitCode))].sort()).toEqual(['V01', 'V02', 'V03']);
    expect(new Set(s82?.missing.map((m) => m.fact))).toEqual(new Set(['village.mobile_broadband', 'village.fixed_broadband']));
    expect(s82?.reasons[0]?.vi).toMatch(/^8\.2 chưa đủ dữ liệu: thiếu .*Thôn có sóng băng rộng di động/);
    expect(e.subCriteria.find((s) => s.id === '8.4')?.missing.map((m) => m.fact)).toEqual(['commune.web_page_live']);
    expect(e.outcome).toBe('missing');
    // A failure elsewhere decides: the criterion is not met even with data missing (R-AND).
    const failing = evaluateFactsDocument(
      buildFactsDocument({ villages: 3, everyVillage: { 'village.mobile_broadband': undefined }, commune: { 'commune.postal_points': 0 } }),
      { date: '2024-12-31' },
    );
    expect(failing.outcome).toBe('fail');
  });

  it('says what a failing commune lacks: hours, villages to cover, loudspeakers to add', () => {
    const doc = buildFactsDocument({
      villages: 10,
      commune: { 'commune.postal_point_hours': 3, 'commune.villages_with_loudspeakers': 7 },
      village: {
        0: {
          name: 'Nà Tu',
          type: 'ban',
          values: { 'village.mobile_broadband': false, 'village.fixed_broadband': false, 'village.loudspeaker_working': false },
        },
        1: { values: { 'village.loudspeaker_working': false } },
        2: { values: { 'village.loudspeaker_working': false } },
      },
    });
    const e = evaluateFactsDocument(doc, { date: '2024-12-31' });
    const gaps = Object.fromEntries(e.subCriteria.map((s) => [s.id, s.gaps.map((g) => g.vi)]));
    expect(gaps['8.1']).toEqual(['cần mở cửa phục vụ ≥ 4 giờ/ngày làm việc (hiện: 3 giờ/ngày)']);
    expect(gaps['8.2']).toEqual(['cần có truy nhập Internet băng rộng cố định hoặc di động ở bản Nà Tu']);
    expect(gaps['8.3']).toEqual(['cần thêm 3 thôn đạt: cụm loa hoạt động thường xuyên']);
    expect(e.subCriteria.find((s) => s.id === '8.2')?.reasons[0]?.vi).toBe('8.2 không đạt: bản Nà Tu chưa có dịch vụ truy nhập Internet (R-1127-8.2)');
    // With a 2/3 threshold, 7/10 loudspeakers pass.
    expect(
      evaluateFactsDocument(doc, { date: '2024-12-31', parameters: { 'radio.minVillageShare': 2 / 3 } }).subCriteria.find((s) => s.id === '8.3')?.outcome,
    ).toBe('pass');
  });

  it('the optional smartphone condition applies only when switched on, with the island threshold', () => {
    const doc = buildFactsDocument({ commune: { 'commune.smartphone_subscription_share': 50 }, attributes: { is_island: true } });
    expect(evaluateFactsDocument(doc, { date: '2024-12-31' }).outcome).toBe('pass');
    const on = evaluateFactsDocument(doc, { date: '2024-12-31', parameters: { 'telecom.smartphoneCondition': true } });
    expect(on.parameters['telecom.smartphoneShareMin']).toBe(0.45);
    expect(on.outcome).toBe('pass');
    const mainland = buildFactsDocument({ commune: { 'commune.smartphone_subscription_share': 50 } });
    const r = evaluateFactsDocument(mainland, { date: '2024-12-31', parameters: { 'telecom.smartphoneCondition': true } });
    expect(r.subCriteria.find((s) => s.id === '8.2')?.reasons[0]?.vi).toContain('tỷ lệ thuê bao điện thoại thông minh dưới 55%');
    // Before 22/06/2022 (QĐ 441) the smartphone condition does not exist.
    expect(evaluateFactsDocument(mainland, { date: '2022-05-01', parameters: { 'telecom.smartphoneCondition': true } }).outcome).toBe('pass');
  });

  it('refuses a set outside its dates (R-VER) and a date before the first set', () => {
    expect(refusal(() => evaluateFactsDocument(buildFactsDocument(), { date: '2024-12-31', setId: 'NTM-2016' })).code).toBe('criteria.set_not_in_force');
    expect(refusal(() => evaluateFactsDocument(buildFactsDocument(), { date: '2008-12-31' })).code).toBe('criteria.no_set');
  });
});

describe('the facts document', () => {
  it('names every bad path: wrong types, unknown indicators and attributes, wrong level, bad village type, duplicates', () => {
    const doc = buildFactsDocument({ villages: 2, attributes: { is_dbkk: 'yes' as never, colour: 'red' } });
    doc.commune.values['commune.postal_point_hours'] = 'eight';
    doc.commune.values['commune.nope'] = 1;
    doc.commune.values['village.mobile_voice'] = true;
    (doc.villages[1] as { code: string }).code = 'V01';
    (doc.villages[0] as { type: string }).type = 'ward';
    const e = refusal(() => evaluateFactsDocument(doc, { date: '2024-12-31' }));
    expect(e.details.map((d) => d.field).sort()).toEqual(
      [
        'commune.attributes.colour',
        'commune.attributes.is_dbkk',
        'commune.values.commune.nope',
        'commune.values.commune.postal_point_hours',
        'commune.values.village.mobile_voice',
        'villages.0.type',
        'villages.1.code',
      ].sort(),
    );
  });

  it('refuses what is not a document, naming the schema', () => {
    const e = refusal(() => evaluateFactsDocument({ commune: { code: 'x' }, villages: 'no', extra: 1 }, { date: '2024-12-31' }));
    expect(e.message).toContain('docs/criteria-facts.schema.json');
    expect(e.details.length).toBeGreaterThan(0);
  });

  it('is published as docs/criteria-facts.schema.json, current with the code', () => {
    const published = JSON.parse(readFileSync(join(repoRoot, 'docs', 'criteria-facts.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(factsDocumentJsonSchema());
  });
});

describe('choosing stored values by date', () => {
  const ind = (code: string) => SECTOR_CATALOGUE.byCode.get(code);
  it('a stock: the latest period begun by the date, a finer one on a tie; a flow: the year to date', () => {
    expect(candidatePeriods('2024-05-10').map((p) => p.period)).toContain('2024Q2');
    expect(candidatePeriods('2024-05-10').map((p) => p.period)).not.toContain('2024Q3');
    const rows = [
      { indicatorCode: 'village.mobile_broadband', breakdown: '', period: '2023', value: false },
      { indicatorCode: 'village.mobile_broadband', breakdown: '', period: '2024', value: false },
      { indicatorCode: 'village.mobile_broadband', breakdown: '', period: '2024Q4', value: true },
      { indicatorCode: 'commune.dossiers_online', breakdown: '', period: '2024S1', value: 30 },
      { indicatorCode: 'commune.dossiers_online', breakdown: '', period: '2024S2', value: 12 },
      { indicatorCode: 'commune.dossiers_online', breakdown: '', period: '2024Q4', value: 5 },
      { indicatorCode: 'commune.radio_station_operating', breakdown: 'transmission=ip', period: '2024', value: true },
      { indicatorCode: 'commune.radio_station_operating', breakdown: 'transmission=wired', period: '2024', value: false },
    ];
    const facts = pickFacts(rows, ind, '2024-12-31');
    expect(facts['village.mobile_broadband']).toEqual({ value: true, period: '2024Q4' });
    expect(facts['commune.dossiers_online']).toEqual({ value: 42, period: '2024S1+2024S2' });
    expect(facts['commune.radio_station_operating']).toEqual({ value: true, period: '2024' });
    expect(pickFacts(rows, ind, '2024-06-30')['village.mobile_broadband']).toEqual({ value: false, period: '2024' });
  });
});
