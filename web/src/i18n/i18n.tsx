/**
 * The UI language (Vietnamese by default, English on request), kept in localStorage and mirrored in
 * <html lang>, with the number and date formats of that language: vi-VN (1.463,5) or en-GB (1,463.5);
 * dates are dd/mm/yyyy in both.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authEn } from './auth-messages-en.ts';
import { authVi, type AuthMessages } from './auth-messages-vi.ts';
import { criteriaEn } from './criteria-messages-en.ts';
import { criteriaVi, type CriteriaMessages } from './criteria-messages-vi.ts';
import { dashboardEn } from './dashboard-messages-en.ts';
import { dashboardVi, type DashboardMessages } from './dashboard-messages-vi.ts';
import { en } from './messages-en.ts';
import { vi, type Messages } from './messages-vi.ts';
import { reportsEn } from './reports-messages-en.ts';
import { reportsVi, type ReportsMessages } from './reports-messages-vi.ts';
import { reviewEn } from './review-messages-en.ts';
import { reviewVi, type ReviewMessages } from './review-messages-vi.ts';

export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'ictmon.lang';
/**
 * Every UI text: the main dictionary, the criterion screens' (criteria-messages-*.ts), the dashboard's
 * (dashboard-messages-*.ts), sign-in and accounts (auth-messages-*.ts), the review workflow's
 * (review-messages-*.ts) and the reports page's (reports-messages-*.ts).
 */
export type UiMessages = Messages & CriteriaMessages & DashboardMessages & AuthMessages & ReviewMessages & ReportsMessages;

const dictionaries: Record<Lang, UiMessages> = {
  vi: { ...vi, ...criteriaVi, ...dashboardVi, ...authVi, ...reviewVi, ...reportsVi },
  en: { ...en, ...criteriaEn, ...dashboardEn, ...authEn, ...reviewEn, ...reportsEn },
};
const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface I18n {
  lang: Lang;
  t: UiMessages;
  setLang(lang: Lang): void;
  /** "2025-06-30" → "30/06/2025". */
  formatDate(iso: string): string;
  /** 1463.5 → "1.463,5" (vi) or "1,463.5" (en). */
  formatNumber(value: number): string;
  /** A timestamp as the wall clock in Vietnam: "22/11/2026 11:39". */
  formatDateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Reads the stored language; anything but "en" means Vietnamese. */
function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Provides the language, dictionary and formatters to the app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 });
    const dates = new Intl.DateTimeFormat(locales[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const times = new Intl.DateTimeFormat(locales[lang], { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: VIETNAM_TIME_ZONE });
    const vietnamDates = new Intl.DateTimeFormat(locales[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: VIETNAM_TIME_ZONE });
    return {
      lang,
      t: dictionaries[lang],
      setLang,
      formatDate: (iso) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      formatNumber: (n) => numbers.format(n),
      formatDateTime: (iso) => {
        const at = new Date(iso);
        return Number.isNaN(at.getTime()) ? iso : `${vietnamDates.format(at)} ${times.format(at)}`;
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its dictionary and formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
