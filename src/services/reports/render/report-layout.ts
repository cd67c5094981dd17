/**
 * The page and type of the annual report, shared by the DOCX and HTML/PDF renderers so that both lay it
 * out alike: the presentation rules of NĐ 30/2020/NĐ-CP, Phụ lục I (administrative documents) — A4
 * portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, body 13–14 pt.
 */

/** A4 portrait in millimetres (NĐ 30/2020/NĐ-CP, Phụ lục I, mục I: khổ giấy A4, trình bày theo chiều dài). */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Page margins in millimetres (NĐ 30/2020/NĐ-CP, Phụ lục I, mục I: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm). */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** The width of the text between the margins (165 mm). */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;

/**
 * Font sizes in points, within the ranges of NĐ 30/2020/NĐ-CP, Phụ lục I: quốc hiệu and tên cơ quan 12–13,
 * tiêu ngữ 13–14, nội dung 13–14, "Nơi nhận:" 12, the recipients 11, page numbers 13–14. Tables are set
 * smaller (12) so that a table of eight columns fits the portrait page.
 */
export const FONT_PT = {
  body: 14,
  header: 13,
  motto: 14,
  tableTitle: 13,
  table: 12,
  note: 12,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** The family named in both outputs; Liberation Serif and Tinos are metric-compatible stand-ins on Linux. */
export const FONT_FAMILY = 'Times New Roman';

/** Body paragraphs: first-line indent 1 cm, 6 pt between paragraphs, line spacing 1.15. */
export const BODY = { firstLineMm: 10, spacingPt: 6, lineSpacing: 1.15 } as const;

/** Shares of the text width: the header's two columns (cơ quan | quốc hiệu) and the signature's (nơi nhận | chữ ký). */
export const COLUMN_SHARES = {
  header: [0.4, 0.6],
  signature: [0.45, 0.55],
} as const;

/** Empty lines left for the signature and seal between the position and the name. */
export const SIGNATURE_SPACE_LINES = 4;
