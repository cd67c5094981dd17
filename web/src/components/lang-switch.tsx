/** VI/EN switch: two toggle buttons; the choice is remembered (localStorage) and sets <html lang>. */
import { useI18n, type Lang } from '../i18n/i18n.tsx';

const options: { lang: Lang; short: string }[] = [
  { lang: 'vi', short: 'VI' },
  { lang: 'en', short: 'EN' },
];

/** The language switch in the header. */
export function LangSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.langLabel} data-testid="lang-switch">
      {options.map((o) => (
        <button
          key={o.lang}
          type="button"
          lang={o.lang}
          aria-pressed={lang === o.lang}
          title={o.lang === 'vi' ? t.langVi : t.langEn}
          aria-label={`${o.short} – ${o.lang === 'vi' ? t.langVi : t.langEn}`}
          onClick={() => setLang(o.lang)}
        >
          {o.short}
        </button>
      ))}
    </div>
  );
}
