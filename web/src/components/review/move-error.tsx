/** A refused move: the server's message and each submission it refused, with why (wrong state, own submission, closed period…). */
import type { ApiError } from '../../api/http.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel } from '../feedback.tsx';

/** The refusal. */
export function MoveError({ error }: { error: ApiError }) {
  const { t, lang } = useI18n();
  const details = error.details.filter((d) => d.message || d.messageVi);
  return (
    <div className="move-error" data-testid="move-error">
      <ErrorPanel error={error} title={t.moveRefused} compact />
      {details.length > 0 ? (
        <ul className="move-refusals">
          {details.map((d, i) => (
            <li key={`${d.value ?? ''}-${i}`} data-code={d.code ?? ''}>
              {d.code ? <span className="tag">{t.refusalName(d.code)}</span> : null} {lang === 'vi' ? (d.messageVi ?? d.message) : (d.message ?? d.messageVi)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
