/**
 * A dd/mm/yyyy date typed by hand: the text as typed, whether it reads as a date, and applying it on
 * Enter or leaving the field (native date inputs follow the browser's locale, which may be mm/dd/yyyy).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { parseUserDate } from '../../../src/domain/units/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The draft of the ISO date `value`; `choose` receives a new ISO date once the text reads as one. */
export function useDateDraft(value: string, choose: (iso: string) => void) {
  const { formatDate } = useI18n();
  const [draft, setDraft] = useState(() => formatDate(value));
  const [isInvalid, setIsInvalid] = useState(false);

  useEffect(() => {
    setDraft(formatDate(value));
    setIsInvalid(false);
  }, [value, formatDate]);

  const apply = () => {
    const iso = parseUserDate(draft);
    if (!iso) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    if (iso !== value) choose(iso);
    else setDraft(formatDate(iso));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };

  return { draft, setDraft, isInvalid, apply, onSubmit };
}
