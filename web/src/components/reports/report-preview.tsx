/**
 * The report drawn like the paper document (NĐ 30/2020/NĐ-CP, Phụ lục I): the two-column header (agency
 * and number | national title, motto, place and date), title and subtitle, the demo line, the opening,
 * the sections, how the figures were made, recipients and signature, then the appendices. The document is
 * Vietnamese whatever the page's language (lang="vi"); every string is React text.
 */
import type { ReportDocument, ReportSection } from '../../../../src/domain/reports/report-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReportBlockView, ReportParagraphView } from './report-blocks.tsx';

// The fixed lines of every Vietnamese administrative document (quốc hiệu và tiêu ngữ), and the demo warning.
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const RECIPIENTS_TITLE = 'Nơi nhận:';
const DEMO_LINE = 'Dữ liệu minh họa — không phải số liệu thống kê chính thức';

/** The preview of one document. */
export function ReportPreview({ document: doc }: { document: ReportDocument }) {
  const { t } = useI18n();
  const { meta } = doc;
  return (
    <article className="report-paper" lang="vi" aria-label={t.reportPreviewLabel} data-testid="report-preview" data-area={doc.area.code ?? ''}>
      <header className="report-doc-header">
        <div className="report-doc-agency">
          {meta.superiorAgency ? <p className="report-superior">{meta.superiorAgency}</p> : null}
          <p className="report-agency">{meta.agency}</p>
          <p className="report-number">{meta.numberLine}</p>
        </div>
        <div className="report-doc-nation">
          <p className="report-nation">{NATION}</p>
          <p className="report-motto">{MOTTO}</p>
          <p className="report-place-date">{meta.placeDateLine}</p>
        </div>
      </header>

      <h3 className="report-title" data-testid="report-title">
        {meta.title}
      </h3>
      <p className="report-subtitle">{meta.subtitle}</p>
      {doc.demo ? (
        <p className="report-demo" data-testid="report-demo">
          {DEMO_LINE}
        </p>
      ) : null}

      {doc.intro.map((p, i) => (
        <ReportParagraphView key={i} paragraph={p} />
      ))}
      {doc.mainHeading ? <h4 className="report-main-heading">{doc.mainHeading}</h4> : null}
      {doc.sections.map((s) => (
        <ReportSectionView key={s.id} section={s} level="h5" />
      ))}

      {doc.dataNotes.length > 0 ? (
        <div className="report-data-notes" data-testid="report-data-notes">
          {doc.dataNotes.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </div>
      ) : null}

      <footer className="report-signature">
        <div className="report-recipients">
          <p className="report-recipients-title">{RECIPIENTS_TITLE}</p>
          {meta.recipients.map((r, i) => (
            <p key={i}>{`- ${r}`}</p>
          ))}
        </div>
        <div className="report-signer" data-testid="report-signer">
          {meta.signer.authority ? <p className="report-sign-strong">{meta.signer.authority}</p> : null}
          {meta.signer.position ? <p className="report-sign-strong">{meta.signer.position}</p> : null}
          <div className="report-sign-space" aria-hidden="true" />
          {meta.signer.name ? <p className="report-sign-name">{meta.signer.name}</p> : null}
        </div>
      </footer>

      {doc.appendices.map((s) => (
        <ReportSectionView key={s.id} section={s} level="h4" isAppendix />
      ))}
    </article>
  );
}

/** A section (or an appendix, which starts a new page on paper) with its heading and blocks. */
function ReportSectionView({ section, level, isAppendix = false }: { section: ReportSection; level: 'h4' | 'h5'; isAppendix?: boolean }) {
  const Heading = level;
  return (
    <section className={isAppendix ? 'report-section report-appendix' : 'report-section'} data-section={section.id}>
      <Heading className="report-section-heading">{section.heading}</Heading>
      {section.blocks.map((block, i) => (
        <ReportBlockView key={i} block={block} />
      ))}
    </section>
  );
}
