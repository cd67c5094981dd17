/**
 * The annual review over HTTP (issue #7): the sections and formats on offer, a build as a job with its
 * progress (the web page polls it, then fetches the file or the preview), and a build in one request
 * for scripts and the remote CLI. Every route calls the same service functions as the CLI.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SECTION_NAMES } from '../../domain/reports/compose-report.ts';
import { REPORT_SECTIONS } from '../../domain/reports/report-types.ts';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { buildReportFile, type ReportFile } from '../../services/reports/build-report-file.ts';
import { findChromium } from '../../services/reports/render/render-pdf.ts';
import { getReportJob, getReportJobFile, startReportJob } from '../../services/reports/report-jobs.ts';
import { ReportJobSchema, ReportRequestBody, SectionId } from '../schemas/report-schemas.ts';
import type { RouteDeps } from './unit-routes.ts';

const FileFormat = Type.Union([Type.Literal('docx'), Type.Literal('xlsx'), Type.Literal('pdf')]);
const JobFormat = Type.Union([Type.Literal('preview'), Type.Literal('docx'), Type.Literal('xlsx'), Type.Literal('pdf')]);
const JobId = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** Sends a report file as a download. */
function sendFile(reply: import('fastify').FastifyReply, file: ReportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

export const reportRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/reports/options',
    {
      schema: {
        tags: ['reports'],
        summary: 'What a report can contain: its sections, its formats, and whether PDF can be printed here',
        response: {
          200: Type.Object({
            sections: Type.Array(Type.Object({ id: SectionId, name: Type.Object({ vi: Type.String(), en: Type.String() }) })),
            formats: Type.Array(FileFormat),
            pdf: Type.Boolean({ description: 'false when the server has no Chromium to print PDF with' }),
            today: Type.String({ description: 'today in Vietnam, YYYY-MM-DD' }),
          }),
        },
      },
    },
    async () => ({
      sections: REPORT_SECTIONS.map((id) => ({ id, name: SECTION_NAMES[id] })),
      formats: ['docx' as const, 'xlsx' as const, 'pdf' as const],
      pdf: findChromium() !== null,
      today: todayInVietnam(),
    }),
  );

  app.post(
    '/api/reports/annual',
    {
      schema: {
        tags: ['reports'],
        summary: 'Build the annual (six-month, quarterly) review of a province or the country and download it as DOCX, XLSX, PDF or JSON',
        description:
          'Built from approved figures only. The document follows Nghị định 30/2020/NĐ-CP; the issuing agency is chosen by the document date (Sở Thông tin và Truyền thông before 01/03/2025, Sở Khoa học và Công nghệ from then) unless given. Needs an account (reports.build). For a page that shows progress, use the jobs below.',
        body: Type.Intersect([
          ReportRequestBody,
          Type.Object({
            format: Type.Union([FileFormat, Type.Literal('json')], { description: 'json: the document itself (sentences with the source of every number)' }),
          }),
        ]),
      },
    },
    async (req, reply) => {
      const { format, ...request } = req.body;
      return sendFile(reply, await buildReportFile(deps.context(req), request, format));
    },
  );

  app.post(
    '/api/reports/annual/jobs',
    {
      schema: {
        tags: ['reports'],
        summary: 'Start building a report in the background (format preview: the document as JSON for the page)',
        description: 'The request is checked at once (400 naming the field). Poll the job for its step; each account runs at most two builds at a time (409).',
        body: Type.Intersect([ReportRequestBody, Type.Object({ format: JobFormat })]),
        response: { 202: ReportJobSchema },
      },
    },
    async (req, reply) => {
      const { format, ...request } = req.body;
      return reply.code(202).send(startReportJob(deps.context(req), request, format));
    },
  );

  app.get(
    '/api/reports/annual/jobs/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'A report job: running (with its step), done, or failed (with the error)',
        params: JobId,
        response: { 200: ReportJobSchema },
      },
    },
    async (req) => getReportJob(deps.context(req), req.params.id),
  );

  app.get(
    '/api/reports/annual/jobs/:id/file',
    { schema: { tags: ['reports'], summary: 'The file a finished report job made', params: JobId } },
    async (req, reply) => sendFile(reply, getReportJobFile(deps.context(req), req.params.id)),
  );
};
