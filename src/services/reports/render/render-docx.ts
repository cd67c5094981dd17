/**
 * The annual report as a Word document (issue #7), laid out as NĐ 30/2020/NĐ-CP, Phụ lục I sets an
 * administrative document: A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, the page number
 * centred in the top margin from the second page on. It opens in Word and LibreOffice alike.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import type { ReportDocument } from '../../../domain/reports/report-types.ts';
import { docxAppendix, docxDataNotes, docxHeading, docxParagraph, docxSection } from './docx-blocks.ts';
import { docxHeader, docxSignature, docxSignatureGap, docxTitle } from './docx-frame.ts';
import { mmToTwip, ptToHalfPoints } from './docx-parts.ts';
import { escapeMarkup } from './escape-markup.ts';
import { FONT_FAMILY, FONT_PT, MARGIN_MM, PAGE_MM } from './report-layout.ts';

/** The document's language, for spelling and hyphenation in Word and for the core properties. */
const LANGUAGE = 'vi-VN';

/** Lays a report out as a DOCX file. */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const children: FileChild[] = [docxHeader(doc.meta), ...docxTitle(doc)];
  children.push(...doc.intro.map(docxParagraph));
  if (doc.mainHeading.trim() !== '') children.push(docxHeading(doc.mainHeading));
  for (const section of doc.sections) children.push(...docxSection(section));
  children.push(...docxDataNotes(doc.dataNotes));
  children.push(docxSignatureGap(), docxSignature(doc.meta));
  for (const appendix of doc.appendices) children.push(...docxAppendix(appendix));
  // Word ends a body with a paragraph, not a table.
  if (doc.appendices.length === 0) children.push(new Paragraph({ children: [] }));

  const document = new Document({
    title: doc.meta.subtitle,
    creator: 'ictmon',
    lastModifiedBy: 'ictmon',
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: ptToHalfPoints(FONT_PT.body), language: { value: LANGUAGE } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // A4 in twips: 11906 × 16838 (NĐ 30/2020/NĐ-CP, Phụ lục I, mục I).
            size: { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwip(MARGIN_MM.top),
              bottom: mmToTwip(MARGIN_MM.bottom),
              left: mmToTwip(MARGIN_MM.left),
              right: mmToTwip(MARGIN_MM.right),
              header: mmToTwip(8),
              footer: mmToTwip(8),
            },
          },
          // The first page has no number (NĐ 30/2020/NĐ-CP, Phụ lục I, mục I: "không hiển thị số trang thứ nhất").
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(FONT_PT.pageNumber) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // docx writes no dc:language: the core properties are written here, with the build time as their dates.
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
}

function coreProperties(doc: ReportDocument): string {
  const built = new Date(doc.builtAt);
  const when = (Number.isNaN(built.getTime()) ? new Date() : built).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeMarkup(doc.meta.subtitle)}</dc:title>` +
    `<dc:subject>${escapeMarkup(`${doc.meta.title} ${doc.meta.subtitle}`)}</dc:subject>` +
    '<dc:creator>ictmon</dc:creator>' +
    '<cp:lastModifiedBy>ictmon</cp:lastModifiedBy>' +
    `<dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
