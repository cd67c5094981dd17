/**
 * The report as a file: built (buildAnnualReport) then laid out as DOCX, XLSX or PDF (or the document
 * itself as JSON), with a file name that says what it is. One function for the CLI, the HTTP API and the
 * jobs of the web page.
 */
import type { AnnualReportRequest, ReportDocument } from '../../domain/reports/report-types.ts';
import type { ServiceContext } from '../context.ts';
import { buildAnnualReport, type ReportProgressListener } from './build-annual-report.ts';
import { renderReportDocx } from './render/render-docx.ts';
import { renderReportPdf } from './render/render-pdf.ts';
import { renderReportXlsx } from './render/render-xlsx.ts';

/** The formats a report is written in. */
export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** A report file. */
export interface ReportFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  document: ReportDocument;
}

/** "bao-cao-tong-ket-14-2025.docx", "bao-cao-so-ket-14-2025S1.pdf". */
export function reportFileName(doc: ReportDocument, format: ReportFormat): string {
  const kind = /S\d$/.test(doc.period.code) ? 'so-ket' : /Q\d$/.test(doc.period.code) ? 'quy' : 'tong-ket';
  return `bao-cao-${kind}-${doc.area.code ?? 'toan-quoc'}-${doc.period.code}.${format}`;
}

/** Lays a built document out in a format. */
export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<ReportFile> {
  let bytes: Buffer;
  if (format === 'docx') bytes = await renderReportDocx(doc);
  else if (format === 'xlsx') bytes = await renderReportXlsx(doc);
  else if (format === 'pdf') bytes = await renderReportPdf(doc);
  else bytes = Buffer.from(JSON.stringify(doc), 'utf8');
  return { bytes, fileName: reportFileName(doc, format), contentType: CONTENT_TYPES[format], document: doc };
}

const FORMAT_LABEL: Record<ReportFormat, string> = { docx: 'DOCX', xlsx: 'XLSX', pdf: 'PDF', json: 'JSON' };

/** Builds the report and lays it out, reporting progress (the layout is the last step). */
export async function buildReportFile(
  ctx: ServiceContext,
  request: AnnualReportRequest,
  format: ReportFormat,
  onProgress: ReportProgressListener = () => {},
): Promise<ReportFile> {
  let last = { step: 0, steps: 0 };
  const doc = await buildAnnualReport(
    ctx,
    request,
    (p) => {
      last = p;
      onProgress(p);
    },
    1,
  );
  onProgress({ step: last.step + 1, steps: last.steps, label: { vi: `Dựng tệp ${FORMAT_LABEL[format]}`, en: `Writing the ${FORMAT_LABEL[format]} file` } });
  return renderReport(doc, format);
}
