/**
 * The report's request and document as TypeBox schemas (issue #7): the same schemas validate requests,
 * whitelist what is sent back and describe both in the OpenAPI document.
 */
import { Type } from '@fastify/type-provider-typebox';
import { REPORT_SECTIONS, type ReportSectionId } from '../../domain/reports/report-types.ts';

const Text = (max: number, description?: string) => Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Bilingual = Type.Object({ vi: Type.String(), en: Type.String() });

export const SectionId = Type.Union(REPORT_SECTIONS.map((s) => Type.Literal(s)) as unknown as [ReturnType<typeof Type.Literal<ReportSectionId>>]);

/** What a report is asked for. */
export const ReportRequestBody = Type.Object({
  province: Type.Union([Text(2, 'province code (two digits) in force at the end of the period'), Type.Null()]),
  period: Text(6, 'the period: YYYY, YYYYS1–S2 (six months) or YYYYQ1–Q4'),
  sections: Type.Optional(Type.Array(SectionId, { maxItems: REPORT_SECTIONS.length, description: 'the parts to write, default all' })),
  date: Type.Optional(Text(10, "the document's date YYYY-MM-DD (default today); it chooses the issuing agency")),
  number: Type.Optional(Text(30, 'the number given on registration; empty leaves it blank')),
  agency: Type.Optional(
    Type.Object({ superior: Type.Optional(Text(200)), name: Type.Optional(Text(200)), symbol: Type.Optional(Text(20)) }, { additionalProperties: false }),
  ),
  signer: Type.Optional(
    Type.Object({ authority: Type.Optional(Text(100)), position: Type.Optional(Text(100)), name: Type.Optional(Text(100)) }, { additionalProperties: false }),
  ),
  recipients: Type.Optional(Type.Array(Text(200), { maxItems: 30 })),
  compareYear: Type.Optional(Type.Integer({ description: 'a further year to compare the criterion count with' })),
});

const Cited = Type.Object({
  ref: Type.Unknown({ description: 'where the number comes from (pivot figure, criterion board, village coverage, or derived)' }),
  value: Type.Number(),
  shown: Type.String(),
});
const Sentence = Type.Object({ text: Type.String(), figures: Type.Array(Cited) });
const Paragraph = Type.Object({ type: Type.Literal('paragraph'), sentences: Type.Array(Sentence), item: Type.Optional(Type.Boolean()) });
const Table = Type.Object({
  type: Type.Literal('table'),
  id: Type.String(),
  title: Type.String(),
  columns: Type.Array(Type.Object({ header: Type.String(), format: Type.String(), decimals: Type.Integer(), width: Type.Number() })),
  rows: Type.Array(Type.Object({ cells: Type.Array(Type.Union([Type.Number(), Type.String(), Type.Null()])), emphasis: Type.Optional(Type.String()) })),
  notes: Type.Array(Type.String()),
});
const Section = Type.Object({ id: Type.String(), heading: Type.String(), blocks: Type.Array(Type.Union([Paragraph, Table])) });

/** The report document (src/domain/reports/report-types.ts). */
export const ReportDocumentSchema = Type.Object({
  kind: Type.Literal('annual'),
  request: Type.Unknown(),
  area: Type.Object({ code: Type.Union([Type.String(), Type.Null()]), name: Type.String(), fullName: Type.String() }),
  period: Type.Object({ code: Type.String(), label: Type.String(), start: Type.String(), end: Type.String() }),
  at: Type.String(),
  meta: Type.Object({
    superiorAgency: Type.Union([Type.String(), Type.Null()]),
    agency: Type.String(),
    agencySymbol: Type.String(),
    numberLine: Type.String(),
    placeDateLine: Type.String(),
    date: Type.String(),
    title: Type.String(),
    subtitle: Type.String(),
    recipients: Type.Array(Type.String()),
    signer: Type.Object({ authority: Type.String(), position: Type.String(), name: Type.String() }),
  }),
  intro: Type.Array(Paragraph),
  mainHeading: Type.String(),
  sections: Type.Array(Section),
  appendices: Type.Array(Section),
  dataNotes: Type.Array(Type.String()),
  demo: Type.Boolean(),
  builtAt: Type.String(),
});

const Progress = Type.Object({ step: Type.Integer(), steps: Type.Integer(), label: Bilingual });

/** A report job as its owner sees it. */
export const ReportJobSchema = Type.Object({
  id: Type.String(),
  state: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  format: Type.String(),
  progress: Type.Union([Progress, Type.Null()]),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String(), messageVi: Type.String() }), Type.Null()]),
  fileName: Type.Union([Type.String(), Type.Null()]),
  document: Type.Union([ReportDocumentSchema, Type.Null()]),
});
