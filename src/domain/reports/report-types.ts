/**
 * The annual review (báo cáo tổng kết / sơ kết, issue #7) as data: what ictmon writes, before it is laid
 * out as DOCX, XLSX or PDF. The renderers only lay out what is here; every number in a sentence is cited
 * with where it comes from, so that a test (and a reader) can check it against the analytics API.
 * The report is an official Vietnamese document: its text is Vietnamese only.
 */

/** The parts of the report a user can pick, in the order they are written. */
export const REPORT_SECTIONS = ['telecom', 'postal', 'radio', 'it', 'ntm', 'revenue', 'appendix_communes', 'appendix_villages'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Where a cited number comes from. */
export type FigureRef =
  /**
   * A figure of the analytics pivot (GET /api/analytics/pivot): unit, indicator, period, breakdown, units
   * in force on `at`; the actual figure, its plan (series=both → `plan`), or the same period a year
   * earlier (compare=true → `previous`; for a year to date, the same span).
   */
  | { kind: 'indicator'; unit: string; indicator: string; period: string; breakdown: string; series: 'actual' | 'plan' | 'previous'; at: string }
  /** A count of the criterion board (GET /api/criteria/summary) of an area on a date. */
  | {
      kind: 'criteria';
      area: string | null;
      date: string;
      count: 'passed' | 'inScope' | 'failed' | 'missing' | 'share' | 'wards' | 'towns';
      subCriterion?: string;
    }
  /** A count of the villages' coverage (GET /api/criteria/coverage-gaps) of an area on a date. */
  | { kind: 'coverage'; area: string | null; date: string; count: 'villages' | 'broadband' | 'withoutBroadband' | 'trangSong' | 'lomSong' | 'share' }
  /** A number computed from other cited numbers: ratio × 100 − 100 and the like (R-AGG-3), or a difference. */
  | { kind: 'derived'; formula: 'percentOfPlan' | 'overPlan' | 'yearOnYear' | 'difference' | 'pointChange' | 'sum' | 'ratio'; of: readonly FigureRef[] };

/** A number as it appears in a sentence. */
export interface CitedFigure {
  ref: FigureRef;
  /** The number before formatting (a percentage as 58.2, not 0.582). */
  value: number;
  /** Exactly as printed in the sentence ("1.463", "58,2"). */
  shown: string;
}

/** One generated sentence and the numbers it cites. */
export interface ReportSentence {
  text: string;
  figures: CitedFigure[];
}

/** A paragraph: sentences written one after another. */
export interface ReportParagraph {
  type: 'paragraph';
  sentences: ReportSentence[];
  /** A bullet-like item of a list ("- ..."), as Vietnamese reports write enumerations. */
  item?: boolean;
}

/** How a table column shows its numbers. */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'percent';

export interface ReportColumn {
  header: string;
  format: ColumnFormat;
  /** Fraction digits shown for 'number' and 'percent'. */
  decimals: number;
  /** Relative width (the renderers share the page width in proportion). */
  width: number;
}

/** A cell: a number (a percentage as 58.2), a text, or null for "no figures" (shown as "–"). */
export type CellValue = number | string | null;

export interface ReportRow {
  cells: CellValue[];
  /**
   * Fraction digits of this row's number cells, by column, where they differ from the column's (an
   * indicator table mixes counts, tỷ đồng and shares); null or absent: the column's.
   */
  decimals?: Array<number | null>;
  /** A total row, or a group heading row, set in bold. */
  emphasis?: 'total' | 'group';
}

export interface ReportTable {
  type: 'table';
  /** Stable id (the XLSX sheet is named after the title; tests find tables by id). */
  id: string;
  /** "Bảng 1. Hạ tầng viễn thông, Internet". */
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Lines under the table ("(–): chưa có số liệu"; sources). */
  notes: string[];
}

export type ReportBlock = ReportParagraph | ReportTable;

export interface ReportSection {
  id: ReportSectionId;
  /** "1. Hạ tầng viễn thông, Internet" or "Phụ lục I. ...". */
  heading: string;
  blocks: ReportBlock[];
}

/** The person who signs (thẩm quyền ký, NĐ 30/2020/NĐ-CP Phụ lục I, mục 7). */
export interface ReportSigner {
  /** "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", or '' when the head signs. */
  authority: string;
  /** "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC". */
  position: string;
  /** Full name; '' leaves the line for a hand-written name. */
  name: string;
}

/** The administrative-document frame (NĐ 30/2020/NĐ-CP, Phụ lục I): header, number, place and date, title, recipients, signature. */
export interface ReportMeta {
  /** "UBND TỈNH SƠN LA" (cơ quan chủ quản), or null for a ministry. */
  superiorAgency: string | null;
  /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (upper case, as printed). */
  agency: string;
  /** The agency's symbol in the document's symbol: "SKHCN" in "Số: 125/BC-SKHCN". */
  agencySymbol: string;
  /** "Số: 125/BC-SKHCN", or "Số:      /BC-SKHCN" when the number is given on registration. */
  numberLine: string;
  /** "Sơn La, ngày 22 tháng 11 năm 2026". */
  placeDateLine: string;
  /** The document's date (ISO). */
  date: string;
  /** "BÁO CÁO". */
  title: string;
  /** "Tổng kết công tác bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số năm 2025". */
  subtitle: string;
  /** "Nơi nhận:" lines, each without the leading "- ". */
  recipients: string[];
  signer: ReportSigner;
}

/** What a report is asked for. */
export interface AnnualReportRequest {
  /** Province code (in force at the period's end or today), or null for the whole country. */
  province: string | null;
  /** "2025", "2025S1", "2025Q3". */
  period: string;
  /** The parts to write (default: all). */
  sections?: readonly ReportSectionId[] | undefined;
  /** The document's date (default today, Vietnam time). */
  date?: string | undefined;
  /** The number given on registration ("125"); empty leaves it blank for the clerk. */
  number?: string | undefined;
  /** Overrides of the issuing agency chosen by the document's date. */
  agency?: { superior?: string | undefined; name?: string | undefined; symbol?: string | undefined } | undefined;
  signer?: Partial<ReportSigner> | undefined;
  recipients?: readonly string[] | undefined;
  /** A further year to compare the criterion count with ("tăng 21 xã so với năm 2018"); the previous year is always given. */
  compareYear?: number | undefined;
}

/** The report, ready to be laid out. */
export interface ReportDocument {
  kind: 'annual';
  /** The request, completed with its defaults. */
  request: AnnualReportRequest & { sections: ReportSectionId[]; date: string };
  area: { code: string | null; name: string; fullName: string };
  period: { code: string; label: string; start: string; end: string };
  /** The units in force on this date (figures of earlier units re-based onto them). */
  at: string;
  meta: ReportMeta;
  /** Opening paragraph(s) before the sections. */
  intro: ReportParagraph[];
  /** The main part: "I. KẾT QUẢ THỰC HIỆN", sections 1–6. */
  mainHeading: string;
  sections: ReportSection[];
  /** Phụ lục I, II. */
  appendices: ReportSection[];
  /** How the figures were made (approved figures only, as of when, demo data). */
  dataNotes: string[];
  /** True when the figures include the demo dataset ("dữ liệu minh họa"). */
  demo: boolean;
  /** When it was built (ISO timestamp). */
  builtAt: string;
}

/** Progress of a build: the step it is at, of how many. */
export interface ReportProgress {
  step: number;
  steps: number;
  /** "Đọc số liệu viễn thông", in Vietnamese and English. */
  label: { vi: string; en: string };
}
