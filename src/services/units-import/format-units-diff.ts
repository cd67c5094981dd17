/** The text `ictmon units diff` / `units import` print: a summary, one line per change, then the problems. */
import { formatDateVi, formatNumberVi } from '../../domain/format/vi-format.ts';
import type { UnitChange, UnitChangeKind, UnitState, UnitsDiff } from '../../domain/units-file/units-diff-types.ts';
import type { UnitsFileKind } from '../../domain/units-file/units-file-types.ts';
import { formatAttributeValue, findUnitAttribute, type UnitAttributeKey } from '../../domain/units/unit-attributes.ts';
import { addDays } from '../../domain/units/dates.ts';

type Lang = 'vi' | 'en';

const KIND_NAMES: Record<UnitChangeKind, { vi: string; en: string }> = {
  added: { vi: 'thêm mới', en: 'added' },
  renamed: { vi: 'đổi tên', en: 'renamed' },
  retyped: { vi: 'đổi loại', en: 'retyped' },
  reparented: { vi: 'đổi cấp trên', en: 'moved' },
  ended: { vi: 'chấm dứt', en: 'ended' },
  attributes: { vi: 'cập nhật số liệu', en: 'new figures' },
};
const FILE_KIND_NAMES: Record<UnitsFileKind, { vi: string; en: string }> = {
  catalogue: { vi: 'danh mục đơn vị hành chính', en: 'administrative units catalogue' },
  villages: { vi: 'danh sách thôn, tổ dân phố', en: 'village list' },
  attributes: { vi: 'số liệu đơn vị', en: 'unit attributes' },
};
const SCOPE_NAMES: Record<UnitsFileKind, { vi: string; en: string }> = {
  catalogue: { vi: 'Phạm vi (tỉnh)', en: 'Scope (provinces)' },
  villages: { vi: 'Phạm vi (xã)', en: 'Scope (communes)' },
  attributes: { vi: 'Đơn vị', en: 'Units' },
};
const SIGNS: Record<UnitChangeKind, string> = { added: '+', ended: '-', renamed: '~', retyped: '~', reparented: '~', attributes: '~' };
const enNumber = new Intl.NumberFormat('en-GB');

function num(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '–';
  return lang === 'vi' ? formatNumberVi(n) : enNumber.format(n);
}

/** "Dân số: 4.512 → 4.630, Xã đặc biệt khó khăn: – → Có", labels and values as the attribute catalogue writes them. */
function figures(before: UnitState | undefined, after: UnitState | undefined, lang: Lang): string {
  const entries = Object.entries(after?.attributes ?? {});
  return entries
    .map(([k, a]) => {
      const name = findUnitAttribute(k)?.[lang] ?? k;
      const b = before?.attributes?.[k as UnitAttributeKey];
      const shown = formatAttributeValue(k, a, lang);
      return before?.attributes ? `${name}: ${formatAttributeValue(k, b, lang)} → ${shown}` : `${name}: ${shown}`;
    })
    .join(', ');
}

function changeLine(c: UnitChange, lang: Lang): string {
  const vi = lang === 'vi';
  const parts: string[] = [`${SIGNS[c.change]} ${c.code}`];
  const b = c.before;
  const a = c.after;
  if (c.change === 'added' && a) {
    parts.push(`${a.fullName}${a.parentCode ? (vi ? ` (thuộc ${a.parentCode})` : ` (under ${a.parentCode})`) : ''}`);
  } else if (c.change === 'ended' && b) {
    parts.push(`${b.fullName} — ${vi ? 'chấm dứt, ngày cuối' : 'ends, last day'} ${formatDateVi(a?.validTo ?? '')}`);
    if (c.successors?.length) parts.push(`→ ${c.successors.join(', ')}`);
  } else if (b && a) {
    parts.push(b.fullName === a.fullName ? a.fullName : `${b.fullName} → ${a.fullName}`);
    if (c.kinds.includes('reparented'))
      parts.push(vi ? `(cấp trên ${b.parentCode ?? '–'} → ${a.parentCode ?? '–'})` : `(parent ${b.parentCode ?? '–'} → ${a.parentCode ?? '–'})`);
    parts.push(`[${c.kinds.map((k) => KIND_NAMES[k][lang]).join(', ')}]`);
  }
  const fig = figures(c.change === 'added' ? undefined : b, a, lang);
  if (fig) parts.push(`· ${fig}`);
  if (c.predecessors?.length) parts.push(`← ${c.predecessors.join(', ')}`);
  if (c.row !== undefined) parts.push(vi ? `(dòng ${c.row})` : `(row ${c.row})`);
  return parts.join('  ');
}

/** Renders a diff for people, in Vietnamese or English; dates as dd/mm/yyyy. */
export function formatUnitsDiffText(diff: UnitsDiff, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  const kindName = FILE_KIND_NAMES[diff.kind][lang];
  const sheet = diff.file.sheet ? ` [${diff.file.sheet}]` : '';
  lines.push(`${diff.file.name}${sheet} — ${kindName}, ${vi ? 'hiệu lực từ' : 'in force from'} ${formatDateVi(diff.effectiveDate)}`);
  const legacy = [
    ...new Set([
      ...(diff.file.textEncoding && diff.file.textEncoding !== 'utf-8' ? [diff.file.textEncoding] : []),
      ...(diff.file.convertedColumns ?? []).map((c) => c.encoding),
    ]),
  ];
  if (legacy.length > 0) {
    const names = legacy.map((e) => ({ tcvn3: 'TCVN3 (ABC)', vni: 'VNI', 'windows-1258': 'Windows-1258' })[e] ?? e).join(', ');
    lines.push(vi ? `Bảng mã: ${names}, đã chuyển sang Unicode` : `Encoding: ${names}, converted to Unicode`);
  }
  if (diff.scope.length) {
    const label = SCOPE_NAMES[diff.kind][lang];
    const shown = diff.scope.length > 20 ? `${diff.scope.slice(0, 20).join(', ')}, … (${diff.scope.length})` : diff.scope.join(', ');
    lines.push(`${label}: ${shown}`);
  }
  const c = diff.counts;
  const isAttributes = diff.kind === 'attributes';
  const allCounts: Array<[UnitChangeKind | 'unchanged', number]> = [
    ['added', c.added],
    ['renamed', c.renamed],
    ['retyped', c.retyped],
    ['reparented', c.reparented],
    ['ended', c.ended],
    ['attributes', c.attributes],
    ['unchanged', c.unchanged],
  ];
  // An attributes file never adds, renames or ends units: only its two counts are shown.
  const counts = allCounts.filter(([k]) => !isAttributes || k === 'attributes' || k === 'unchanged');
  const countName = (k: UnitChangeKind | 'unchanged') => (k === 'unchanged' ? (vi ? 'không đổi' : 'unchanged') : KIND_NAMES[k][lang]);
  lines.push(counts.map(([k, n]) => `${countName(k)} ${num(n, lang)}`).join(' · '));
  for (const change of diff.changes) lines.push(changeLine(change, lang));
  const shownTargets = new Set(diff.changes.filter((ch) => ch.predecessors?.length).map((ch) => ch.code));
  for (const l of diff.lineage.filter((e) => !shownTargets.has(e.to))) {
    const coverage = l.coverage === 'full' ? (vi ? 'toàn bộ' : 'whole') : vi ? 'một phần' : 'part';
    lines.push(`> ${l.from} → ${l.to} (${coverage})`);
  }
  if (diff.errors.length > 0) {
    lines.push(vi ? `Lỗi: ${diff.errors.length} — không có gì được ghi` : `Errors: ${diff.errors.length} — nothing is written`);
    if (!isAttributes) {
      lines.push(
        vi
          ? '  (đơn vị không có trong tệp chỉ được liệt kê là chấm dứt khi tệp hết lỗi)'
          : '  (units missing from the file are listed as ended once the file has no errors)',
      );
    }
    for (const e of diff.errors) {
      const where = [e.row !== undefined ? `${vi ? 'dòng' : 'row'} ${e.row}` : '', e.field ? `${vi ? 'cột' : 'column'} "${e.field}"` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${where ? `${where}: ` : ''}${vi ? e.messageVi : e.message}`);
    }
  } else if (!diff.hasChanges) {
    lines.push(
      vi
        ? `Không có gì thay đổi: dữ liệu đã khớp với tệp vào ngày ${formatDateVi(diff.effectiveDate)}.`
        : `Nothing to change: the register already matches the file on ${formatDateVi(diff.effectiveDate)}.`,
    );
  } else if (isAttributes && diff.changes.some((ch) => Object.values(ch.before?.attributes ?? {}).some((v) => v !== null))) {
    const dayBefore = formatDateVi(addDays(diff.effectiveDate, -1));
    lines.push(vi ? `Giá trị cũ kết thúc ngày ${dayBefore}.` : `Previous values end on ${dayBefore}.`);
  } else if (c.renamed + c.retyped + c.reparented + c.ended > 0) {
    lines.push(
      vi
        ? `Các phiên bản cũ kết thúc ngày ${formatDateVi(addDays(diff.effectiveDate, -1))}.`
        : `Old versions end on ${formatDateVi(addDays(diff.effectiveDate, -1))}.`,
    );
  }
  return lines.join('\n');
}
