/**
 * The frame of an administrative document under Nghị định 30/2020/NĐ-CP, Phụ lục I: the agency lines,
 * the number and symbol, the place and date line, the recipients and the signature block.
 */
import type { ReportMeta, ReportSigner } from './report-types.ts';
import type { IssuingAgencyDef } from './issuing-agency.ts';

/** Vietnamese upper case ("Sở Khoa học và Công nghệ" → "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/**
 * "Sơn La, ngày 05 tháng 02 năm 2026": NĐ 30/2020, Phụ lục I, mục I.5 — days below 10 and the months
 * 1 and 2 take a leading zero; the other months do not.
 */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * The place (địa danh) of a province-level unit: its name ("Sơn La", "Hà Nội"); a unit named after a
 * person keeps its full name ("Thành phố Hồ Chí Minh", NĐ 30/2020, Phụ lục I, mục I.5.a).
 */
export function placeOfProvince(name: string, fullName: string): string {
  return name === 'Hồ Chí Minh' ? fullName : name;
}

/**
 * "Số: 125/BC-SKHCN"; without a number the space is left for the registry ("Số:      /BC-SKHCN", in
 * no-break spaces so that HTML and word processors keep it).
 */
export function numberLine(number: string | undefined, agencySymbol: string): string {
  const n = (number ?? '').trim();
  return `Số: ${n === '' ? '\u00a0'.repeat(8) : n}/BC-${agencySymbol}`;
}

/** "UBND TỈNH SƠN LA", "UBND THÀNH PHỐ HỒ CHÍ MINH": the People's Committee the department belongs to. */
export function superiorOfProvince(fullName: string): string {
  return `UBND ${upperVi(fullName)}`;
}

/** The recipients a report goes to by default (the ministry, the province's People's Committee, the file copy). */
export function defaultRecipients(agency: IssuingAgencyDef, provinceFullName: string | null): string[] {
  const out: string[] = [];
  if (agency.reportsTo) out.push(agency.reportsTo);
  if (provinceFullName) out.push(`UBND ${provinceFullName.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`);
  out.push(agency.level === 'province' ? 'Lãnh đạo Sở' : 'Lãnh đạo Bộ');
  out.push('Lưu: VT');
  return out;
}

/** The signer by default: the head of the agency, the name left for the person who signs. */
export function defaultSigner(agency: IssuingAgencyDef): ReportSigner {
  return { authority: '', position: agency.level === 'province' ? 'GIÁM ĐỐC' : 'BỘ TRƯỞNG', name: '' };
}

/** Completes the signer asked for with the defaults; positions and authorities are printed in upper case. */
export function completeSigner(asked: Partial<ReportSigner> | undefined, agency: IssuingAgencyDef): ReportSigner {
  const d = defaultSigner(agency);
  return {
    authority: upperVi((asked?.authority ?? d.authority).trim()),
    position: upperVi((asked?.position ?? d.position).trim() || d.position),
    name: (asked?.name ?? d.name).trim(),
  };
}

/** Builds the frame of the document. */
export function buildMeta(input: {
  agency: IssuingAgencyDef;
  overrides: { superior?: string | undefined; name?: string | undefined; symbol?: string | undefined } | undefined;
  province: { name: string; fullName: string } | null;
  date: string;
  number: string | undefined;
  subtitle: string;
  recipients: readonly string[] | undefined;
  signer: Partial<ReportSigner> | undefined;
}): ReportMeta {
  const { agency, overrides, province } = input;
  const name = overrides?.name?.trim() || agency.name;
  const symbol = overrides?.symbol?.trim() || agency.symbol;
  const superior = overrides?.superior?.trim() || (province ? superiorOfProvince(province.fullName) : null);
  const place = province ? placeOfProvince(province.name, province.fullName) : 'Hà Nội';
  const recipients = (input.recipients ?? defaultRecipients(agency, province?.fullName ?? null)).map((r) => r.trim()).filter((r) => r !== '');
  return {
    superiorAgency: superior ? upperVi(superior) : null,
    agency: upperVi(name),
    agencySymbol: symbol,
    numberLine: numberLine(input.number, symbol),
    placeDateLine: placeDateLine(place, input.date),
    date: input.date,
    title: 'BÁO CÁO',
    subtitle: input.subtitle,
    recipients,
    signer: completeSigner(input.signer, agency),
  };
}
