/**
 * The frame of the report in DOCX, laid out as NĐ 30/2020/NĐ-CP, Phụ lục I sets an administrative
 * document: the header (cơ quan chủ quản, cơ quan ban hành, số ký hiệu | quốc hiệu, tiêu ngữ, địa danh và
 * ngày tháng), the title (tên loại, trích yếu) and the signature area (nơi nhận | thẩm quyền, chức vụ, họ tên).
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { ReportDocument, ReportMeta } from '../../../domain/reports/report-types.ts';
import {
  centredLines,
  columnTwips,
  FRAME_CELL_MARGIN_TWIPS,
  frameTable,
  ptToTwip,
  ruleParagraph,
  TEXT_WIDTH_TWIPS,
  textRun,
  TWIPS_PER_MM,
} from './docx-parts.ts';
import { COLUMN_SHARES, FONT_PT, SIGNATURE_SPACE_LINES } from './report-layout.ts';
import { DEMO_NOTICE, NATIONAL_MOTTO, NATIONAL_NAME, RECIPIENTS_LABEL, recipientLines } from './report-text.ts';
import { estimateTextWidthMm, splitBalanced } from './text-width.ts';

/** The header: a borderless table, the issuing agency on the left, the national name and motto on the right. */
export function docxHeader(meta: ReportMeta): Table {
  const [leftTw, rightTw] = columnTwips(COLUMN_SHARES.header);
  const leftInnerMm = (leftTw - 2 * FRAME_CELL_MARGIN_TWIPS) / TWIPS_PER_MM;
  const rightInnerTw = rightTw - 2 * FRAME_CELL_MARGIN_TWIPS;
  const left: Paragraph[] = [];
  if (meta.superiorAgency) {
    left.push(centredLines(splitBalanced(meta.superiorAgency.toUpperCase(), leftInnerMm, FONT_PT.header, false), { pt: FONT_PT.header }));
  }
  const agencyLines = splitBalanced(meta.agency.toUpperCase(), leftInnerMm, FONT_PT.header, true);
  left.push(centredLines(agencyLines, { pt: FONT_PT.header, bold: true }));
  // The rule under the agency's name is 1/3 to 1/2 of its line (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2).
  const agencyWidthMm = Math.max(...agencyLines.map((l) => estimateTextWidthMm(l, FONT_PT.header, true)));
  left.push(ruleParagraph(leftTw - 2 * FRAME_CELL_MARGIN_TWIPS, Math.round(Math.min(agencyWidthMm, leftInnerMm) * 0.4 * TWIPS_PER_MM)));

  // The rule under the motto is as long as the motto's line (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1).
  const mottoTw = Math.round(estimateTextWidthMm(NATIONAL_MOTTO, FONT_PT.motto, true) * TWIPS_PER_MM);
  const right = [
    centredLines([NATIONAL_NAME], { pt: FONT_PT.header, bold: true }),
    centredLines([NATIONAL_MOTTO], { pt: FONT_PT.motto, bold: true }),
    ruleParagraph(rightInnerTw, Math.min(mottoTw, rightInnerTw)),
  ];
  // The number and the place and date share one line, under the two blocks (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3–4).
  const numberLine = [centredLines([meta.numberLine], { pt: FONT_PT.header }, { beforePt: 6 })];
  const placeDate = [centredLines([meta.placeDateLine], { pt: FONT_PT.body, italics: true }, { beforePt: 6 })];
  return frameTable(COLUMN_SHARES.header, [
    [left, right],
    [numberLine, placeDate],
  ]);
}

/** The title (tên loại "BÁO CÁO", trích yếu) with the short rule under it, and the demo notice. */
export function docxTitle(doc: ReportDocument): Paragraph[] {
  const textMm = TEXT_WIDTH_TWIPS / TWIPS_PER_MM;
  const subtitleLines = splitBalanced(doc.meta.subtitle, textMm * 0.85, FONT_PT.body, true);
  const subtitleMm = Math.max(...subtitleLines.map((l) => estimateTextWidthMm(l, FONT_PT.body, true)));
  const out = [
    centredLines([doc.meta.title], { pt: FONT_PT.body, bold: true }, { beforePt: 18 }),
    centredLines(subtitleLines, { pt: FONT_PT.body, bold: true }),
    ruleParagraph(TEXT_WIDTH_TWIPS, Math.round((Math.min(subtitleMm, textMm) / 3) * TWIPS_PER_MM), 12),
  ];
  if (doc.demo) out.push(centredLines([DEMO_NOTICE], { pt: FONT_PT.header, italics: true }, { afterPt: 12 }));
  return out;
}

/** The signature area: the recipients on the left; authority, position, space to sign and seal, and name on the right. */
export function docxSignature(meta: ReportMeta): Table {
  const left: Paragraph[] = [];
  if (meta.recipients.length > 0) {
    left.push(new Paragraph({ keepNext: true, children: [textRun(RECIPIENTS_LABEL, { pt: FONT_PT.recipientsLabel, bold: true, italics: true })] }));
    for (const line of recipientLines(meta.recipients)) {
      left.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [textRun(line, { pt: FONT_PT.recipients })] }));
    }
  }
  const signer = meta.signer;
  const bold = { pt: FONT_PT.body, bold: true };
  const right: Paragraph[] = [];
  if (signer.authority.trim() !== '') right.push(centredLines([signer.authority], bold));
  right.push(centredLines([signer.position], bold));
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) right.push(centredLines([''], { pt: FONT_PT.body }));
  // An empty name keeps its line: the name is written by hand under the signature.
  right.push(centredLines([signer.name], bold));
  return frameTable(COLUMN_SHARES.signature, [[left, right]]);
}

/** The paragraph between the body and the signature area, so that they do not touch. */
export function docxSignatureGap(): Paragraph {
  return new Paragraph({ spacing: { before: ptToTwip(6), after: 0 }, keepNext: true, children: [] });
}
