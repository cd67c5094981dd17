/**
 * "Tính thử": the province recounted under other values of the criteria's parameters (thresholds the texts
 * leave uncertain, switches), beside the national count, with the communes whose outcome changes.
 * Nothing is stored, and the panel says so.
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http.ts';
import { runWhatIf, type BoardQuery, type ParamValue, type ParameterDef, type WhatIfResult } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { paramValueText, parseLocaleNumber, parsePercent, pick, shareToPercent } from '../../lib/criteria-format.ts';
import { ErrorPanel } from '../feedback.tsx';
import { ConfidenceTag } from './confidence-tag.tsx';
import { WhatIfResultView } from './what-if-result.tsx';

/** One parameter's input: the text of a number field (a % for shares), the box of a switch, or "off" (null). */
interface Draft {
  text: string;
  checked: boolean;
  off: boolean;
}

function initialDraft(p: ParameterDef, formatNumber: (n: number) => string): Draft {
  const d = p.default;
  return {
    text: typeof d === 'number' ? formatNumber(p.type === 'share' ? shareToPercent(d) : d) : '',
    checked: d === true,
    off: d === null,
  };
}

/** The panel; `query` is the board's province, date and set. */
export function WhatIfPanel({ query, parameters }: { query: BoardQuery; parameters: readonly ParameterDef[] }) {
  const { t, lang, formatNumber } = useI18n();
  const id = useId();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(parameters.map((p) => [p.key, initialDraft(p, formatNumber)])));
  const [invalid, setInvalid] = useState<string[]>([]);
  const [result, setResult] = useState<{ sent: Record<string, ParamValue>; answer: WhatIfResult } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [isRunning, setIsRunning] = useState(false);

  const edit = (key: string, patch: Partial<Draft>) => setDrafts((prev) => ({ ...prev, [key]: { ...prev[key]!, ...patch } }));

  /** The parameters that differ from the national default, or the keys that cannot be read. */
  const collect = (): { values: Record<string, ParamValue>; bad: string[] } => {
    const values: Record<string, ParamValue> = {};
    const bad: string[] = [];
    for (const p of parameters) {
      const d = drafts[p.key];
      if (!d) continue;
      let value: ParamValue;
      if (p.type === 'switch') value = d.checked;
      else if (d.off) value = null;
      else {
        const n = p.type === 'share' ? parsePercent(d.text) : parseLocaleNumber(d.text);
        if (n === undefined) {
          bad.push(p.key);
          continue;
        }
        value = n;
      }
      if (value !== p.default) values[p.key] = value;
    }
    return { values, bad };
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { values, bad } = collect();
    setInvalid(bad);
    setError(null);
    setNote(null);
    if (bad.length > 0) return;
    if (Object.keys(values).length === 0) {
      setResult(null);
      setNote(t.critWhatIfNothing);
      return;
    }
    setIsRunning(true);
    try {
      setResult({ sent: values, answer: await runWhatIf(query, values) });
    } catch (err) {
      setResult(null);
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', String(err)));
    } finally {
      setIsRunning(false);
    }
  };

  const reset = () => {
    setDrafts(Object.fromEntries(parameters.map((p) => [p.key, initialDraft(p, formatNumber)])));
    setInvalid([]);
    setResult(null);
    setError(null);
    setNote(null);
  };

  const words = { on: t.critSwitchOn, off: t.critSwitchOff, none: t.critParamOff };
  return (
    <section className="panel crit-whatif" aria-labelledby="crit-whatif-heading" data-testid="whatif-panel">
      <details className="crit-whatif-details" open={result !== null || undefined}>
        <summary>
          <h2 id="crit-whatif-heading">{t.critWhatIfHeading}</h2>
        </summary>
        <p className="hint">{t.critWhatIfIntro}</p>
        <form onSubmit={onSubmit} noValidate>
          <ul className="crit-params">
            {parameters.map((p) => {
              const d = drafts[p.key]!;
              const fieldId = `${id}-${p.key}`;
              const isBad = invalid.includes(p.key);
              const byContext = p.byContext?.map((c) => `${t.critContext(c.when)}: ${paramValueText(c.value, p.type, words, formatNumber)}`).join('; ');
              return (
                <li key={p.key} className="crit-param" data-param={p.key}>
                  <div className="crit-param-head">
                    {p.type === 'switch' ? (
                      <label className="crit-check">
                        <input
                          type="checkbox"
                          id={fieldId}
                          data-testid={`param-${p.key}`}
                          checked={d.checked}
                          onChange={(e) => edit(p.key, { checked: e.target.checked })}
                        />
                        <span>{pick(p.name, lang)}</span>
                      </label>
                    ) : (
                      <label htmlFor={fieldId} className="field-label">
                        {pick(p.name, lang)}
                      </label>
                    )}
                    <ConfidenceTag confidence={p.confidence} />
                  </div>
                  {p.type !== 'switch' ? (
                    <div className="crit-param-input">
                      <input
                        id={fieldId}
                        className="input"
                        data-testid={`param-${p.key}`}
                        inputMode="decimal"
                        autoComplete="off"
                        value={d.text}
                        disabled={d.off}
                        aria-invalid={isBad}
                        aria-describedby={`${fieldId}-hint`}
                        onChange={(e) => edit(p.key, { text: e.target.value })}
                      />
                      {p.type === 'share' ? <span aria-hidden="true">%</span> : null}
                      <label className="crit-check crit-off">
                        <input type="checkbox" data-testid={`param-${p.key}-off`} checked={d.off} onChange={(e) => edit(p.key, { off: e.target.checked })} />
                        <span>{t.critParamOff}</span>
                      </label>
                    </div>
                  ) : null}
                  <p id={`${fieldId}-hint`} className={isBad ? 'field-error' : 'hint'}>
                    {isBad ? (p.type === 'share' ? t.critParamBadShare : t.critParamBadNumber) : null}
                    {isBad ? ' ' : null}
                    {t.critParamDefault(paramValueText(p.default, p.type, words, formatNumber))}
                    {byContext ? ` (${byContext})` : ''} · <span className="unit-code">{p.key}</span>
                    {p.note ? ` · ${pick(p.note, lang)}` : ''}
                  </p>
                </li>
              );
            })}
          </ul>
          <div className="actions">
            <button type="submit" className="button" data-testid="whatif-run" disabled={isRunning}>
              {isRunning ? t.critWhatIfRunning : t.critWhatIfRun}
            </button>
            <button type="button" className="button button-secondary" onClick={reset}>
              {t.critWhatIfReset}
            </button>
          </div>
        </form>
        {note ? (
          <p className="notice" role="status">
            {note}
          </p>
        ) : null}
        {error ? <ErrorPanel error={error} /> : null}
        {result ? <WhatIfResultView sent={result.sent} answer={result.answer} parameters={parameters} query={query} /> : null}
      </details>
    </section>
  );
}
