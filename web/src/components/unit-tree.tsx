/**
 * The tree of units in force on the date: provinces first, each node's children fetched on first
 * expand (`/api/units?parent=CODE`). Follows the WAI-ARIA tree pattern: role="tree"/"treeitem"/"group",
 * aria-expanded, one tabbable item (roving tabindex) and arrow-key navigation.
 */
import { createContext, useContext, useId, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { UnitListItem } from '../../../src/services/units/unit-views.ts';
import { usePagedUnits, type PagedUnits } from '../api/units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { ErrorPanel, Loading } from './feedback.tsx';
import { ChevronIcon } from './icons.tsx';

interface TreeFocus {
  /** Key ("/01/001") of the item that takes Tab focus; null means the first item. */
  activeKey: string | null;
  setActiveKey(key: string | null): void;
}

const TreeFocusContext = createContext<TreeFocus>({ activeKey: null, setActiveKey: () => undefined });

/** The tree of provinces (and, on expand, their units) on the page date. */
export function UnitTree({ roots, label }: { roots: PagedUnits; label: string }) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  return (
    <TreeFocusContext.Provider value={{ activeKey, setActiveKey }}>
      <ul role="tree" aria-label={label} className="unit-tree" data-testid="unit-tree" aria-busy={roots.isLoading}>
        {roots.items.map((unit, i) => (
          <TreeNode key={unit.code} unit={unit} parentKey="" level={1} position={i + 1} setSize={roots.total ?? roots.items.length} />
        ))}
        <PageStatus units={roots} />
      </ul>
    </TreeFocusContext.Provider>
  );
}

interface TreeNodeProps {
  unit: UnitListItem;
  parentKey: string;
  level: number;
  position: number;
  setSize: number;
}

function TreeNode({ unit, parentKey, level, position, setSize }: TreeNodeProps) {
  const { t, lang, formatNumber } = useI18n();
  const { at, linkTo } = useAtDate();
  const navigate = useNavigate();
  const { activeKey, setActiveKey } = useContext(TreeFocusContext);
  const id = useId();
  const [isExpanded, setIsExpanded] = useState(false);
  const [hasBeenExpanded, setHasBeenExpanded] = useState(false);
  const children = usePagedUnits(at, unit.code, hasBeenExpanded);

  const key = `${parentKey}/${unit.code}`;
  const hasChildren = unit.childCount > 0;
  const isTabbable = activeKey === key || (activeKey === null && parentKey === '' && position === 1);
  const href = linkTo(`/units/${encodeURIComponent(unit.code)}`);

  const setExpanded = (next: boolean) => {
    if (!hasChildren) return;
    setIsExpanded(next);
    if (next) setHasBeenExpanded(true);
    // Collapsing hides the focused descendant; Tab focus returns to this item.
    else if (activeKey?.startsWith(`${key}/`)) setActiveKey(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    const item = event.currentTarget;
    const items = Array.from(item.closest('[role="tree"]')?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? []);
    const index = items.indexOf(item);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        items[index + 1]?.focus();
        break;
      case 'ArrowUp':
        items[index - 1]?.focus();
        break;
      case 'Home':
        items[0]?.focus();
        break;
      case 'End':
        items[items.length - 1]?.focus();
        break;
      case 'ArrowRight':
        if (hasChildren && !isExpanded) setExpanded(true);
        else item.querySelector<HTMLElement>(':scope > ul > [role="treeitem"]')?.focus();
        break;
      case 'ArrowLeft':
        if (isExpanded) setExpanded(false);
        else item.parentElement?.closest<HTMLElement>('[role="treeitem"]')?.focus();
        break;
      case 'Enter':
        navigate(href);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const typeName = lang === 'vi' ? unit.typeVi : unit.typeEn;
  return (
    <li
      role="treeitem"
      className="tree-item"
      aria-expanded={hasChildren ? isExpanded : undefined}
      aria-level={level}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={`${id}-label`}
      aria-describedby={hasChildren ? `${id}-count` : undefined}
      tabIndex={isTabbable ? 0 : -1}
      data-code={unit.code}
      onFocus={(e) => {
        if (e.target === e.currentTarget) setActiveKey(key);
      }}
      onKeyDown={onKeyDown}
    >
      <div className="tree-row">
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            tabIndex={-1}
            aria-label={isExpanded ? t.treeCollapse(unit.name) : t.treeExpand(unit.name)}
            onClick={() => setExpanded(!isExpanded)}
          >
            <ChevronIcon />
          </button>
        ) : (
          <span className="tree-toggle-spacer" aria-hidden="true" />
        )}
        <span id={`${id}-label`} className="tree-label">
          <span className="unit-type">{typeName}</span>{' '}
          <Link to={href} tabIndex={-1} className="tree-name">
            {unit.name}
          </Link>{' '}
          <span className="unit-code">{unit.code}</span>
        </span>
        {hasChildren ? (
          <span id={`${id}-count`} className="child-count" title={t.childCount(formatNumber(unit.childCount))}>
            <span aria-hidden="true">{formatNumber(unit.childCount)}</span>
            <span className="visually-hidden">{t.childCount(formatNumber(unit.childCount))}</span>
          </span>
        ) : null}
      </div>
      {isExpanded ? (
        <ul role="group" className="tree-group">
          {children.items.map((child, i) => (
            <TreeNode key={child.code} unit={child} parentKey={key} level={level + 1} position={i + 1} setSize={children.total ?? children.items.length} />
          ))}
          <PageStatus units={children} />
        </ul>
      ) : null}
    </li>
  );
}

/** Loading line, error with retry, or "load more" at the end of a list of tree items. */
function PageStatus({ units }: { units: PagedUnits }) {
  const { t, formatNumber } = useI18n();
  if (units.isLoading) {
    return (
      <li role="none" className="tree-status">
        <Loading />
      </li>
    );
  }
  if (units.error) {
    return (
      <li role="none" className="tree-status">
        <ErrorPanel error={units.error} onRetry={units.loadMore} compact />
      </li>
    );
  }
  const remaining = (units.total ?? 0) - units.items.length;
  if (remaining > 0) {
    return (
      <li role="none" className="tree-status">
        <button type="button" className="button button-secondary" onClick={units.loadMore}>
          {t.loadMore(formatNumber(remaining))}
        </button>
      </li>
    );
  }
  return null;
}
