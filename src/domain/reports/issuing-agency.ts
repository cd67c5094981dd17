/**
 * Who issues the report, as data chosen by the document's date (regulations.md R-HIST-8): until
 * 28/02/2025 the provincial Sở Thông tin và Truyền thông; from 01/03/2025 the Sở Khoa học và Công nghệ,
 * into which it was merged (Nghị định 45/2025/NĐ-CP; Nghị định 55/2025/NĐ-CP for the ministry). A
 * country-wide report is issued by the ministry of the day.
 */

export interface IssuingAgencyDef {
  id: string;
  /** First and last day in force (inclusive; null = open). */
  validFrom: string | null;
  validTo: string | null;
  /** 'province': a department of a province's People's Committee; 'national': the ministry. */
  level: 'province' | 'national';
  /** "Sở Khoa học và Công nghệ". */
  name: string;
  /** The symbol in the document's number: "SKHCN" in "Số: 125/BC-SKHCN". */
  symbol: string;
  /** The field of work the report covers, as its title names it. */
  workScope: string;
  /** The ministry a provincial department reports to (first recipient). */
  reportsTo: string | null;
  source: string;
}

/** The agencies, oldest first. */
export const ISSUING_AGENCIES: readonly IssuingAgencyDef[] = [
  {
    id: 'so-tttt',
    validFrom: null,
    validTo: '2025-02-28',
    level: 'province',
    name: 'Sở Thông tin và Truyền thông',
    symbol: 'STTTT',
    workScope: 'thông tin và truyền thông',
    reportsTo: 'Bộ Thông tin và Truyền thông',
    source: 'regulations.md §3.2, R-HIST-8',
  },
  {
    id: 'so-khcn',
    validFrom: '2025-03-01',
    validTo: null,
    level: 'province',
    name: 'Sở Khoa học và Công nghệ',
    symbol: 'SKHCN',
    workScope: 'bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số',
    reportsTo: 'Bộ Khoa học và Công nghệ',
    source: 'Nghị định 45/2025/NĐ-CP (regulations.md §3.2, R-HIST-8)',
  },
  {
    id: 'bo-tttt',
    validFrom: null,
    validTo: '2025-02-28',
    level: 'national',
    name: 'Bộ Thông tin và Truyền thông',
    symbol: 'BTTTT',
    workScope: 'thông tin và truyền thông',
    reportsTo: null,
    source: 'regulations.md §3.1',
  },
  {
    id: 'bo-khcn',
    validFrom: '2025-03-01',
    validTo: null,
    level: 'national',
    name: 'Bộ Khoa học và Công nghệ',
    symbol: 'BKHCN',
    workScope: 'bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số',
    reportsTo: null,
    source: 'Nghị định 55/2025/NĐ-CP (regulations.md §3.1)',
  },
];

/** The agency of a level in force on a date. */
export function chooseIssuingAgency(level: 'province' | 'national', date: string): IssuingAgencyDef {
  const found = ISSUING_AGENCIES.find((a) => a.level === level && (a.validFrom === null || a.validFrom <= date) && (a.validTo === null || a.validTo >= date));
  if (!found) throw new Error(`no ${level} issuing agency on ${date}`);
  return found;
}
