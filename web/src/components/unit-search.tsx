/**
 * Search as you type (debounced): a combobox whose listbox shows each hit with its path, type and code,
 * and a badge when the hit is not in force on the date. Enter or a click opens the unit page, or, in a
 * form, hands the hit to `onSelect`.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { UnitSearchHit } from '../../../src/services/units/unit-views.ts';
import { useUnitSearch } from '../api/units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { dateWithinValidity, statusOn } from '../lib/unit-dates.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { ErrorPanel } from './feedback.tsx';
import { SearchIcon } from './icons.tsx';
import { StatusBadge } from './status-badge.tsx';

const DEBOUNCE_MS = 250;
const MIN_CHARS = 2;

interface UnitSearchProps {
  /** The field's label (default "Tìm đơn vị hành chính"). */
  label?: string;
  placeholder?: string;
  /** The date to search on (default the page's date). */
  at?: string;
  /** Called with the chosen hit instead of opening the unit page. */
  onSelect?: (hit: UnitSearchHit) => void;
  testId?: string;
}

/** The search box of the unit browser, also used to pick a unit in forms. */
export function UnitSearch({ label, placeholder, at: atProp, onSelect, testId = 'search-input' }: UnitSearchProps = {}) {
  const { t, lang, formatNumber } = useI18n();
  const { at: pageAt, linkTo } = useAtDate();
  const at = atProp ?? pageAt;
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [isOpen, setIsOpen] = useState(true);

  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const isSearchable = query.length >= MIN_CHARS;
  const search = useUnitSearch(isSearchable ? query : null, at);
  const hits = isSearchable && search.data ? search.data.items : [];
  const showList = isOpen && isSearchable && text.trim().length >= MIN_CHARS;
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-hit-${i}`;

  // Links keep the date; but when a code was reused (an old version listed beside the one in force),
  // the old version's hit opens on a day inside its validity, or it would show the current unit.
  const open = (hit: UnitSearchHit) => {
    if (onSelect) {
      onSelect(hit);
      setText('');
      return;
    }
    const isCodeReused = !hit.inForce && hits.some((h) => h.code === hit.code && h.id !== hit.id && h.inForce);
    const path = `/units/${encodeURIComponent(hit.code)}`;
    navigate(isCodeReused ? linkTo(path, dateWithinValidity(hit, at)) : linkTo(path));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActiveIndex((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[activeIndex] ?? hits[0];
      if (hit && showList) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === 'Escape') {
      if (isOpen) setIsOpen(false);
      else setText('');
    }
  };

  return (
    <section className={onSelect ? 'search search-picker' : 'search'} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="field-label search-label">
        {label ?? t.searchLabel}
      </label>
      <div className="search-field">
        <SearchIcon />
        <input
          id={`${id}-input`}
          data-testid={testId}
          className="input search-input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder ?? t.searchPlaceholder}
          value={text}
          aria-expanded={showList && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[activeIndex] ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            setText(e.target.value);
            setActiveIndex(0);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={`${id}-help`} className="hint">
        {onSelect ? t.searchHelpPick : t.searchHelp}
      </p>
      <div className="search-status" role="status" aria-live="polite">
        {showList && search.isLoading ? t.searchLoading : null}
        {showList && !search.isLoading && search.data && hits.length === 0 ? t.searchNoResults(query) : null}
        {showList && !search.isLoading && hits.length > 0 ? t.searchResultCount(formatNumber(hits.length)) : null}
      </div>
      {showList && search.error ? <ErrorPanel error={search.error} onRetry={search.retry} compact /> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={label ?? t.searchLabel}
        className="search-results"
        data-testid={testId === 'search-input' ? 'search-results' : `${testId}-results`}
        hidden={!showList || hits.length === 0}
      >
        {showList
          ? hits.map((hit, i) => (
              <li
                key={`${hit.code}-${hit.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={i === activeIndex ? 'search-hit active' : 'search-hit'}
                data-code={hit.code}
                onMouseEnter={() => setActiveIndex(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => open(hit)}
              >
                <span className="hit-main">
                  <span className="hit-name">{hit.fullName}</span>
                  <span className="unit-code">{hit.code}</span>
                  {hit.inForce ? null : <StatusBadge status={statusOn(hit, at)} unit={hit} />}
                </span>
                <span className="hit-meta">
                  <span className="hit-type">{lang === 'vi' ? hit.typeVi : hit.typeEn}</span>
                  {ancestorsOf(hit) ? <span className="hit-path">{ancestorsOf(hit)}</span> : null}
                </span>
              </li>
            ))
          : null}
      </ul>
    </section>
  );
}

/** The path without the unit itself: "Xã Ba Bể, Tỉnh Thái Nguyên" → "Tỉnh Thái Nguyên". */
function ancestorsOf(hit: UnitSearchHit): string {
  if (hit.path === hit.fullName) return '';
  const prefix = `${hit.fullName}, `;
  return hit.path.startsWith(prefix) ? hit.path.slice(prefix.length) : hit.path;
}
