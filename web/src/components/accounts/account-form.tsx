/**
 * Creating an account (issue #6, administrators): username, name, the role with its Vietnamese name and
 * duty, the scope picked with the unit search (a commune for an officer; a province, or the whole country,
 * for the others), the operator of an operator account, and an initial password.
 */
import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../../src/domain/access/roles.ts';
import { DIMENSIONS } from '../../../../src/domain/indicators/catalogue/dimensions.ts';
import { todayInVietnam } from '../../../../src/domain/units/dates.ts';
import { createAccount } from '../../api/accounts.ts';
import { toApiError, type ApiError } from '../../api/http.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel } from '../feedback.tsx';
import { TextField } from '../text-field.tsx';
import { UnitPicker } from '../unit-picker.tsx';

const OPERATORS = DIMENSIONS.find((d) => d.code === 'operator')?.values ?? [];

const EMPTY = { username: '', displayName: '', role: 'officer' as Role, scope: null as string | null, operatorCode: '', password: '' };

/** The form; `onCreated` after the server made the account. */
export function AccountForm({ onCreated }: { onCreated(username: string): void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSending(true);
    setError(null);
    try {
      const account = await createAccount({
        username: form.username.trim(),
        displayName: form.displayName.trim(),
        role: form.role,
        scope: form.scope,
        ...(form.role === 'operator' ? { operatorCode: form.operatorCode || null } : {}),
        ...(form.password ? { password: form.password } : {}),
      });
      setForm(EMPTY);
      onCreated(account.username);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="account-form">
      <h2 id={`${id}-heading`}>{t.accountCreateHeading}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <TextField
            label={t.usernameLabel}
            hint={t.usernameRules}
            value={form.username}
            onChange={(v) => setForm((f) => ({ ...f, username: v }))}
            testId="account-username"
            autoComplete="off"
            required
            maxLength={64}
          />
          <TextField
            label={t.displayNameLabel}
            value={form.displayName}
            onChange={(v) => setForm((f) => ({ ...f, displayName: v }))}
            testId="account-display-name"
            autoComplete="off"
            required
            maxLength={200}
          />
          <div className="field">
            <label htmlFor={`${id}-role`} className="field-label">
              {t.roleLabel}
            </label>
            <select
              id={`${id}-role`}
              className="input"
              value={form.role}
              aria-describedby={`${id}-duty`}
              data-testid="account-role"
              onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as Role, scope: null }))}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roleName(r)}
                </option>
              ))}
            </select>
            <p id={`${id}-duty`} className="hint" data-testid="account-role-duty">
              {t.roleDuty(form.role)}
            </p>
          </div>
          {/* A new role asks for a new kind of scope: the picker starts again. */}
          <UnitPicker
            key={form.role}
            label={t.scopeLabel(form.role)}
            hint={t.scopeHint(form.role)}
            code={form.scope}
            onChange={(code) => setForm((f) => ({ ...f, scope: code }))}
            at={todayInVietnam()}
            testId="account-scope"
          />
          {form.role === 'operator' ? (
            <div className="field">
              <label htmlFor={`${id}-operator`} className="field-label">
                {t.operatorLabel}
              </label>
              <select
                id={`${id}-operator`}
                className="input"
                value={form.operatorCode}
                required
                data-testid="account-operator"
                onChange={(e) => setForm((f) => ({ ...f, operatorCode: e.target.value }))}
              >
                <option value="">{t.operatorChoose}</option>
                {OPERATORS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o[lang]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <TextField
            label={t.initialPasswordLabel}
            hint={`${t.passwordRules} ${t.initialPasswordHint}`}
            value={form.password}
            onChange={(v) => setForm((f) => ({ ...f, password: v }))}
            testId="account-password"
            type="password"
            autoComplete="new-password"
          />
        </div>
        {error ? <ErrorPanel error={error} compact /> : null}
        {error && error.details.length > 0 ? (
          <ul className="move-refusals">
            {error.details.map((d, i) => (
              <li key={i}>{lang === 'vi' ? (d.messageVi ?? d.message) : d.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={isSending} data-testid="account-create">
            {t.accountCreate}
          </button>
        </div>
      </form>
    </section>
  );
}
