/**
 * Small pieces the DOCX renderer is built from: units (points → half-points, millimetres → twips), runs,
 * centred lines, the short horizontal rules of the document's frame and the borderless two-column tables
 * that hold the header and the signature (NĐ 30/2020/NĐ-CP, Phụ lục I).
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { printableText } from './escape-markup.ts';
import { TEXT_WIDTH_MM } from './report-layout.ts';

/** Twips (1/1440 inch) in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres as whole twips, the unit of DOCX page and table geometry. */
export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points as the half-points DOCX font sizes are given in. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points as the twentieths of a point DOCX spacing is given in. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** The text width in twips. */
export const TEXT_WIDTH_TWIPS = mmToTwip(TEXT_WIDTH_MM);

/** The left and right padding of the frame tables' cells: none, the national name needs 95 mm of the right column's 99. */
export const FRAME_CELL_MARGIN_TWIPS = 0;

export interface RunStyle {
  pt: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run of text in the given size and weight (the family comes from the document's default style). */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({ text: printableText(text), size: ptToHalfPoints(style.pt), bold: style.bold ?? false, italics: style.italics ?? false });
}

/** Runs for lines that must break where given (a balanced heading), joined by line breaks. */
export function linesRuns(lines: readonly string[], style: RunStyle): TextRun[] {
  return lines.map((line, i) =>
    i === 0
      ? textRun(line, style)
      : new TextRun({ text: printableText(line), break: 1, size: ptToHalfPoints(style.pt), bold: style.bold ?? false, italics: style.italics ?? false }),
  );
}

/**
 * A centred paragraph of one or more lines, without spacing unless asked. Lines are 1.1 apart: at single
 * spacing the stacked accents of one line (Ố, Ễ) touch the line above in upper-case headings.
 */
export function centredLines(lines: readonly string[], style: RunStyle, spacing: { beforePt?: number; afterPt?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwip(spacing.beforePt ?? 0), after: ptToTwip(spacing.afterPt ?? 0), line: 264 },
    keepNext: true,
    children: linesRuns(lines, style),
  });
}

/**
 * A centred horizontal rule `widthTwips` long inside a box `boxTwips` wide: an empty paragraph with a
 * top border, indented on both sides (NĐ 30/2020/NĐ-CP, Phụ lục I: "đường kẻ ngang, nét liền … đặt cân đối
 * so với dòng chữ"). Its mark is 2 pt so that it adds almost no height.
 */
export function ruleParagraph(boxTwips: number, widthTwips: number, afterPt = 0): Paragraph {
  const side = Math.max(0, Math.round((boxTwips - widthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: ptToTwip(3), after: ptToTwip(afterPt), line: 240 },
    keepNext: true,
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

/**
 * A borderless table of two columns sharing the text width, one row per pair of cell contents (the
 * header: agency | national name, then number | place and date on one line; the signature).
 */
export function frameTable(shares: readonly [number, number], rows: ReadonlyArray<readonly [Paragraph[], Paragraph[]]>): Table {
  const widths = columnTwips(shares);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: FRAME_CELL_MARGIN_TWIPS, right: FRAME_CELL_MARGIN_TWIPS, top: 0, bottom: 0 },
      verticalAlign: VerticalAlignTable.TOP,
      children: children.length > 0 ? children : [new Paragraph({})],
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })),
  });
}

/** Two shares of the text width as twips that add up to it exactly. */
export function columnTwips(shares: readonly [number, number]): [number, number] {
  const first = Math.round(TEXT_WIDTH_TWIPS * (shares[0] / (shares[0] + shares[1])));
  return [first, TEXT_WIDTH_TWIPS - first];
}
