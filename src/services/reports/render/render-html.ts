/**
 * The annual report as one standalone HTML document (issue #7): the page Chromium prints as the PDF,
 * laid out like the DOCX after NĐ 30/2020/NĐ-CP, Phụ lục I. Every text of the report is escaped: a unit
 * named `Xã <script>…` prints those characters and runs nothing.
 */
import type { ReportDocument, ReportMeta, ReportParagraph, ReportSection, ReportTable } from '../../../domain/reports/report-types.ts';
import { escapeMarkup as esc } from './escape-markup.ts';
import { reportCss } from './report-css.ts';
import { COLUMN_SHARES } from './report-layout.ts';
import {
  columnShares,
  DATA_NOTES_LABEL,
  DEMO_NOTICE,
  columnForCell,
  formatCell,
  isNumberColumn,
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  paragraphText,
  RECIPIENTS_LABEL,
  recipientLines,
} from './report-text.ts';

/** Lays a report out as a complete HTML document with its CSS embedded. */
export function renderReportHtml(doc: ReportDocument): string {
  const parts: string[] = [htmlHeader(doc.meta), htmlTitle(doc)];
  parts.push(...doc.intro.map(htmlParagraph));
  if (doc.mainHeading.trim() !== '') parts.push(`<h2 class="heading">${esc(doc.mainHeading)}</h2>`);
  for (const section of doc.sections) parts.push(htmlSection(section, 'section'));
  if (doc.dataNotes.length > 0) {
    const notes = doc.dataNotes.map((note, i) => `<p class="data-note">${esc(i === 0 ? `${DATA_NOTES_LABEL} ${note}` : note)}</p>`);
    parts.push(`<div class="data-notes">${notes.join('')}</div>`);
  }
  parts.push(htmlSignature(doc.meta));
  for (const appendix of doc.appendices) parts.push(htmlSection(appendix, 'appendix'));
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="generator" content="ictmon">',
    `<title>${esc(`${doc.meta.title} ${doc.meta.subtitle}`)}</title>`,
    `<style>${reportCss()}</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function colgroup(shares: readonly number[]): string {
  return `<colgroup>${shares.map((s) => `<col style="width:${(s * 100).toFixed(2)}%">`).join('')}</colgroup>`;
}

/** The header: agency and number on the left, national name, motto, place and date on the right. */
function htmlHeader(meta: ReportMeta): string {
  const superior = meta.superiorAgency ? `<div class="header-line upper">${esc(meta.superiorAgency)}</div>` : '';
  return [
    '<table class="frame header">',
    colgroup(COLUMN_SHARES.header),
    '<tr>',
    `<td>${superior}<div class="header-line upper bold agency ruled">${esc(meta.agency)}</div></td>`,
    `<td><div class="header-line bold">${esc(NATIONAL_NAME)}</div><div class="motto ruled">${esc(NATIONAL_MOTTO)}</div></td>`,
    '</tr>',
    '<tr>',
    `<td class="number-line">${esc(meta.numberLine)}</td>`,
    `<td class="place-date">${esc(meta.placeDateLine)}</td>`,
    '</tr>',
    '</table>',
  ].join('');
}

function htmlTitle(doc: ReportDocument): string {
  const demo = doc.demo ? `<p class="demo">${esc(DEMO_NOTICE)}</p>` : '';
  return `<h1 class="doc-title">${esc(doc.meta.title)}</h1><p class="doc-subtitle">${esc(doc.meta.subtitle)}</p><div class="title-rule"></div>${demo}`;
}

function htmlParagraph(paragraph: ReportParagraph): string {
  return `<p class="body${paragraph.item ? ' item' : ''}">${esc(paragraphText(paragraph))}</p>`;
}

function htmlSection(section: ReportSection, kind: 'section' | 'appendix'): string {
  const heading = kind === 'appendix' ? `<h2 class="appendix-heading">${esc(section.heading)}</h2>` : `<h3 class="heading">${esc(section.heading)}</h3>`;
  const blocks = section.blocks.map((b) => (b.type === 'paragraph' ? htmlParagraph(b) : htmlTable(b)));
  return `<section class="${kind}">${heading}${blocks.join('\n')}</section>`;
}

/** A table: title as caption, header row repeated on each printed page, rows kept whole, notes below. */
function htmlTable(table: ReportTable): string {
  const head = table.columns.map((c) => `<th>${esc(c.header)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const strong = row.emphasis === 'total' || row.emphasis === 'group' ? ` class="strong ${row.emphasis}"` : '';
    const cells = table.columns.map(
      (c, i) => `<td${isNumberColumn(c) ? ' class="num"' : ''}>${esc(formatCell(row.cells[i] ?? null, columnForCell(c, row, i), row.emphasis))}</td>`,
    );
    return `<tr${strong}>${cells.join('')}</tr>`;
  });
  // The notes are a borderless row in one row group with the last row, kept whole: a page never begins with them alone.
  const notes = table.notes.map((n) => `<p class="table-note">${esc(n)}</p>`).join('');
  const noteRow = notes ? `<tr class="table-notes"><td colspan="${Math.max(1, table.columns.length)}">${notes}</td></tr>` : '';
  const last = rows.length > 0 && noteRow ? rows.length - 1 : rows.length;
  return [
    `<table class="data" data-table="${esc(table.id)}">`,
    `<caption>${esc(table.title)}</caption>`,
    colgroup(columnShares(table.columns)),
    `<thead><tr>${head}</tr></thead>`,
    last > 0 ? `<tbody>${rows.slice(0, last).join('\n')}</tbody>` : '',
    noteRow ? `<tbody class="table-tail">${rows.slice(last).join('\n')}${noteRow}</tbody>` : '',
    '</table>',
  ].join('\n');
}

/** The signature area: recipients on the left; authority, position, space to sign and seal, and name on the right. */
function htmlSignature(meta: ReportMeta): string {
  const recipients =
    meta.recipients.length > 0
      ? `<p class="recipients-label">${esc(RECIPIENTS_LABEL)}</p>${recipientLines(meta.recipients)
          .map((l) => `<p class="recipient">${esc(l)}</p>`)
          .join('')}`
      : '';
  const signer = meta.signer;
  const authority = signer.authority.trim() !== '' ? `<p class="signer">${esc(signer.authority)}</p>` : '';
  // An empty name keeps its space: the name is written by hand under the signature.
  const right = `${authority}<p class="signer">${esc(signer.position)}</p><div class="signature-space"></div><p class="signer">${esc(signer.name) || '&nbsp;'}</p>`;
  return `<table class="frame signature">${colgroup(COLUMN_SHARES.signature)}<tr><td class="recipients">${recipients}</td><td>${right}</td></tr></table>`;
}
