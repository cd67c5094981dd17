/** Human-readable text for `units show` in Vietnamese or English. */
import { formatDateVi } from '../domain/format/vi-format.ts';
import { LEVEL_NAMES } from '../domain/units/unit-types.ts';
import type { LineageLink, UnitDetail, UnitView } from '../services/units/unit-views.ts';
import type { Lang } from './runtime.ts';

const T = {
  vi: {
    inForce: 'Đang có hiệu lực',
    ended: (to: string, exact: boolean) => `Đã hết hiệu lực: hiệu lực đến hết ngày ${exact ? '' : '≤ '}${to}`,
    notYet: (from: string) => `Chưa có hiệu lực: có hiệu lực từ ngày ${from}`,
    validity: 'Hiệu lực',
    unknownStart: 'chưa ghi nhận ngày bắt đầu',
    now: 'nay',
    type: 'Loại',
    codeList: 'Danh mục mã',
    under: 'Trực thuộc',
    predecessors: 'Đơn vị tiền thân',
    successors: 'Đơn vị kế thừa',
    versions: 'Các phiên bản',
    children: 'Số đơn vị trực thuộc',
    none: 'không có',
    full: 'toàn bộ',
    partial: 'một phần',
    from: 'từ',
    asOf: 'tại ngày',
  },
  en: {
    inForce: 'In force',
    ended: (to: string, exact: boolean) => `No longer in force: ended on ${exact ? '' : 'or before '}${to}`,
    notYet: (from: string) => `Not yet in force: in force from ${from}`,
    validity: 'Valid',
    unknownStart: 'start not recorded',
    now: 'now',
    type: 'Type',
    codeList: 'Code list',
    under: 'Under',
    predecessors: 'Predecessors',
    successors: 'Successors',
    versions: 'Versions',
    children: 'Units under it',
    none: 'none',
    full: 'whole',
    partial: 'part',
    from: 'from',
    asOf: 'as of',
  },
} as const;

function validity(u: UnitView, lang: Lang): string {
  const t = T[lang];
  const from = u.validFrom ? `${u.validFromExact ? '' : '≥ '}${formatDateVi(u.validFrom)}` : `(${t.unknownStart})`;
  const to = u.validTo ? `${u.validToExact ? '' : '≤ '}${formatDateVi(u.validTo)}` : t.now;
  return `${from} – ${to}`;
}

function link(l: LineageLink, lang: Lang): string {
  const t = T[lang];
  const basis = l.legalBasis ? ` (${l.legalBasis})` : '';
  return `  - ${l.unit.fullName} (${l.unit.code}), ${l.coverage === 'full' ? t.full : t.partial}, ${t.from} ${formatDateVi(l.effectiveDate)}${basis}`;
}

/** Formats the detail of one unit for the terminal. */
export function formatUnitDetail(d: UnitDetail, lang: Lang): string {
  const t = T[lang];
  const u = d.unit;
  const status =
    d.status === 'in_force' ? t.inForce : d.status === 'ended' ? t.ended(formatDateVi(u.validTo!), u.validToExact) : t.notYet(formatDateVi(u.validFrom!));
  const lines = [
    `${u.fullName} (${u.code}) — ${t.asOf} ${formatDateVi(d.at)}`,
    status,
    `${t.type}: ${lang === 'vi' ? u.typeVi : u.typeEn}; ${LEVEL_NAMES[u.level][lang]}; ${t.codeList}: ${u.codeList}`,
    `${t.validity}: ${validity(u, lang)}`,
  ];
  if (d.ancestors.length) lines.push(`${t.under}: ${d.ancestors.map((a) => `${a.fullName} (${a.code})`).join(' › ')}`);
  lines.push(`${t.children}: ${d.childCount}`);
  lines.push(`${t.predecessors}:${d.predecessors.length ? '' : ` ${t.none}`}`, ...d.predecessors.map((l) => link(l, lang)));
  lines.push(`${t.successors}:${d.successors.length ? '' : ` ${t.none}`}`, ...d.successors.map((l) => link(l, lang)));
  if (d.versions.length > 1) lines.push(`${t.versions}:`, ...d.versions.map((v) => `  - ${v.fullName}: ${validity(v, lang)}`));
  return lines.join('\n');
}
