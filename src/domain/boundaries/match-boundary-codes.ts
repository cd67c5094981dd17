/**
 * Matches the features of a boundary file to the unit versions in force on a date by code: each code
 * must be a unit of the file's level then. An unknown code is reported with the unit of the same name,
 * when the feature has a name and exactly one unit of that level carries it.
 */
import { formatDateVi } from '../format/vi-format.ts';
import { foldVietnamese } from '../text/fold.ts';
import { featureIssue } from './boundary-issues.ts';
import type { BoundaryFeature, BoundaryIssue, BoundaryLevel } from './boundary-types.ts';

export interface MatchUnit {
  id: number;
  code: string;
  level: BoundaryLevel;
  name: string;
  fullName: string;
}

export interface BoundaryMatch {
  feature: BoundaryFeature;
  unit: MatchUnit;
}

const LEVEL_NAMES: Record<BoundaryLevel, { en: string; vi: string }> = {
  province: { en: 'province', vi: 'cấp tỉnh' },
  district: { en: 'district', vi: 'cấp huyện' },
  commune: { en: 'commune', vi: 'cấp xã' },
};

/** Matches `features` to `units` (the versions in force on `at`); every feature not matched is an issue. */
export function matchBoundaryCodes(
  features: readonly BoundaryFeature[],
  units: readonly MatchUnit[],
  options: { level: BoundaryLevel; at: string; codeField: string },
): { matched: BoundaryMatch[]; issues: BoundaryIssue[] } {
  const byCode = new Map(units.map((u) => [u.code, u]));
  let byName: Map<string, MatchUnit[]> | undefined;
  const sameName = (name: string): MatchUnit[] => {
    if (!byName) {
      byName = new Map();
      for (const u of units) {
        if (u.level !== options.level) continue;
        for (const key of new Set([foldVietnamese(u.name), foldVietnamese(u.fullName)])) byName.set(key, [...(byName.get(key) ?? []), u]);
      }
    }
    return byName.get(foldVietnamese(name)) ?? [];
  };
  const level = LEVEL_NAMES[options.level];
  const on = { en: options.at, vi: formatDateVi(options.at) };
  const field = options.codeField;
  const matched: BoundaryMatch[] = [];
  const issues: BoundaryIssue[] = [];
  for (const f of features) {
    const unit = byCode.get(f.code);
    const extra = { field, value: f.code };
    const written = f.rawCode !== undefined && f.rawCode !== f.code ? ` (written ${f.rawCode})` : '';
    const writtenVi = f.rawCode !== undefined && f.rawCode !== f.code ? ` (ghi trong tệp: ${f.rawCode})` : '';
    if (unit && unit.level === options.level) {
      matched.push({ feature: f, unit });
    } else if (unit) {
      const other = LEVEL_NAMES[unit.level];
      issues.push(
        featureIssue(
          f.index,
          'code.level',
          `code ${f.code}${written} is a ${other.en} (${unit.fullName}), not a ${level.en} (field ${field})`,
          `mã ${f.code}${writtenVi} là đơn vị ${other.vi} (${unit.fullName}), không phải ${level.vi} (trường ${field})`,
          extra,
        ),
      );
    } else {
      const candidates = f.name ? sameName(f.name) : [];
      const hint = candidates.length === 1 ? candidates[0] : undefined;
      issues.push(
        featureIssue(
          f.index,
          'code.unknown',
          `code ${f.code}${written} is not a ${level.en} in force on ${on.en} (field ${field})${hint ? `; did you mean ${hint.fullName} (${hint.code})?` : ''}`,
          `mã ${f.code}${writtenVi} không phải đơn vị ${level.vi} có hiệu lực ngày ${on.vi} (trường ${field})${hint ? `; có phải ${hint.fullName} (mã ${hint.code})?` : ''}`,
          extra,
        ),
      );
    }
  }
  return { matched, issues };
}
