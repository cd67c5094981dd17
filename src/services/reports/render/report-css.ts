/**
 * The style sheet of the report's HTML, written for print (Chromium prints it as the PDF) after
 * NĐ 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New Roman, body 14 pt justified
 * with a 1 cm first-line indent, the page number centred in the top margin from the second page on.
 * On screen the page is shown as a sheet of the text's width.
 */
import { BODY, FONT_PT, MARGIN_MM, TEXT_WIDTH_MM } from './report-layout.ts';

/**
 * Times New Roman where installed; Liberation Serif and Tinos have its metrics, so lines break the same.
 * DejaVu Serif, before the generic family, supplies the Vietnamese letters (ạ, ố, ự…) to a Liberation Serif
 * older than 2.0 (Debian's fonts-liberation), which would otherwise borrow them from a sans-serif face.
 */
export const CSS_FONT_STACK = '"Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", serif';

/** The report's CSS. */
export function reportCss(): string {
  const m = MARGIN_MM;
  return `
@page {
  size: A4 portrait;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: counter(page); font-family: ${CSS_FONT_STACK}; font-size: ${FONT_PT.pageNumber}pt; vertical-align: middle; }
}
@page :first { @top-center { content: none; } }
html { font-family: ${CSS_FONT_STACK}; font-size: ${FONT_PT.body}pt; line-height: ${BODY.lineSpacing}; color: #000; background: #fff; }
body { margin: 0; }
@media screen { body { width: ${TEXT_WIDTH_MM}mm; margin: 10mm auto; } }
p, h1, h2, h3 { margin: 0; font-size: inherit; }
table { border-collapse: collapse; }

.frame { width: 100%; table-layout: fixed; }
.frame td { padding: 0; vertical-align: top; text-align: center; }
.header-line { font-size: ${FONT_PT.header}pt; line-height: 1.1; text-wrap: balance; }
.upper { text-transform: uppercase; }
.bold { font-weight: bold; }
/* The rules under the agency (1/3–1/2 of its line) and under the motto (its whole line). */
.ruled { display: inline-block; }
.ruled::after { content: ''; display: block; margin: 2pt auto 0; border-top: 0.75pt solid #000; }
.agency.ruled::after { width: 40%; }
.motto { font-size: ${FONT_PT.motto}pt; font-weight: bold; line-height: 1.1; }
.motto.ruled::after { width: 100%; }
.frame td.number-line { font-size: ${FONT_PT.header}pt; padding-top: 6pt; }
.frame td.place-date { font-style: italic; padding-top: 6pt; }
.frame td.number-line, .frame td.place-date { vertical-align: baseline; }

.doc-title { text-align: center; font-weight: bold; margin-top: 18pt; line-height: 1.1; }
.doc-subtitle { text-align: center; font-weight: bold; line-height: 1.1; text-wrap: balance; margin: 0 7%; }
.title-rule { width: 30%; margin: 3pt auto 12pt; border-top: 0.75pt solid #000; }
.demo { text-align: center; font-style: italic; font-size: ${FONT_PT.header}pt; margin-bottom: 12pt; }

.body { text-align: justify; text-indent: ${BODY.firstLineMm}mm; margin: 0 0 ${BODY.spacingPt}pt; }
.body.item { text-indent: 0; }
.heading { font-weight: bold; text-indent: ${BODY.firstLineMm}mm; margin: ${BODY.spacingPt}pt 0; break-after: avoid; }
.appendix { break-before: page; padding-top: 4pt; } /* room for the heading's stacked accents (Ễ, Ổ) above its line */
.appendix-heading { text-align: center; font-weight: bold; margin-bottom: 12pt; break-after: avoid; }

.data { width: 100%; table-layout: fixed; font-size: ${FONT_PT.table}pt; line-height: 1.15; margin-bottom: ${BODY.spacingPt}pt; }
.data caption { caption-side: top; font-size: ${FONT_PT.tableTitle}pt; font-weight: bold; padding: ${BODY.spacingPt}pt 0 4pt; }
.data th, .data td { border: 0.5pt solid #000; padding: 0.4mm 1mm; overflow-wrap: anywhere; }
.data th { font-weight: bold; text-align: center; vertical-align: middle; }
.data thead { display: table-header-group; }
.data tr { break-inside: avoid; }
.data td { vertical-align: middle; text-align: left; }
.data td.num { text-align: right; white-space: nowrap; }
.data tr.strong td { font-weight: bold; }
.table-note { font-size: ${FONT_PT.note}pt; font-style: italic; text-align: justify; }
/* The notes stay with the table's last row rather than start a page of their own. */
.data tbody.table-tail { break-inside: avoid; }
.data tr.table-notes td { border: none; padding: 3pt 0 0; }
.data-note { font-size: ${FONT_PT.note}pt; font-style: italic; text-align: justify; text-indent: ${BODY.firstLineMm}mm; margin: 0 0 3pt; }
.data-notes { margin-top: ${BODY.spacingPt}pt; }

.signature { margin-top: 12pt; break-inside: avoid; }
.signature td.recipients { text-align: left; }
.recipients-label { font-size: ${FONT_PT.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.recipient { font-size: ${FONT_PT.recipients}pt; line-height: 1.1; }
.signer { font-weight: bold; line-height: 1.1; }
.signature-space { height: 5.5em; }
`;
}
