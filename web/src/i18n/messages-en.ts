/** English UI text; must match the Vietnamese dictionary key for key (see `Messages`). */
import { LEVEL_NAMES, type UnitLevel } from '../../../src/domain/units/unit-types.ts';
import type { Messages } from './messages-vi.ts';
import { UNIT_ATTRIBUTE_LABELS, type UnitAttributeKey } from '../../../src/domain/units/unit-attributes.ts';
import { valuesEn } from './values-messages-en.ts';

const codeListNames: Record<string, string> = {
  'QD-124-2004': 'Decision 124/2004/QĐ-TTg',
  'QD-19-2025': 'Decision 19/2025/QĐ-TTg',
  LOCAL: 'Locally assigned code',
};

export const en: Messages = {
  appSubtitle: 'Post, telecom and IT figures of provinces, communes, villages',
  skipToContent: 'Skip to main content',
  documentTitle: (page) => `${page} · ictmon`,

  dateLabel: 'Effective date',
  dateHint: 'dd/mm/yyyy, press Enter to apply',
  dateInvalid: 'Invalid date. Type it as dd/mm/yyyy, e.g. 01/07/2025.',
  dateCalendar: 'Pick a date on the calendar',
  dateQuick: 'Quick dates',
  dateToday: 'Today',
  dateLastThreeTier: 'Last day of the three-tier structure',
  dateFirstTwoTier: 'First day of two-tier local government',
  urlDateInvalid: (value) => `The date “${value}” in the address is not valid; showing today instead.`,

  langLabel: 'Language',
  langVi: 'Tiếng Việt',
  langEn: 'English',

  browserTitle: 'Administrative unit browser',
  searchLabel: 'Search administrative units',
  searchPlaceholder: 'Find a unit, e.g. bac kan',
  searchHelp: 'Type a name (with or without diacritics) or a code. Use ↑ ↓ to choose, Enter to open.',
  searchLoading: 'Searching…',
  searchNoResults: (query) => `No unit matches “${query}”.`,
  searchResultCount: (count) => `${count} results`,
  searchClear: 'Clear search',

  statusInForce: 'In force',
  statusEndedSince: (date) => `No longer in force since ${date}`,
  statusNotYet: 'Not yet in force',
  statusNotYetFrom: (date) => `Not yet in force (from ${date})`,
  validUntilEndOf: (date) => `In force until the end of ${date}`,
  viewOnDate: (date) => `View the unit on ${date}, while in force`,

  treeHeading: (date) => `Units in force on ${date}`,
  treeLabel: 'Administrative unit tree',
  treeHelp: '↑ ↓ to move, → to expand, ← to collapse, Enter to open the unit page.',
  treeExpand: (name) => `Expand ${name}`,
  treeCollapse: (name) => `Collapse ${name}`,
  hierarchyThreeTier: 'Three tiers (before 01/07/2025): province → district → commune; villages belong to communes.',
  hierarchyTwoTier: 'Two tiers (from 01/07/2025): province → commune, no districts; villages belong to communes.',
  provinceCount: (count) => `${count} province-level units`,
  childCount: (count) => `${count} subordinate units`,
  noUnitsOnDate: 'No unit in the data is in force on this date.',
  loadMore: (remaining) => `Load more (${remaining} left)`,

  loading: 'Loading…',
  errorTitle: 'Could not load data',
  errorNetwork: 'Could not reach the server.',
  retry: 'Retry',

  breadcrumbLabel: 'Breadcrumb',
  allProvinces: 'All provinces',
  factsHeading: 'Facts',
  factLevel: 'Level',
  factType: 'Unit type',
  factCode: 'Code',
  factCodeList: 'Code list',
  factValidity: 'In force',
  factParent: 'Part of',
  factSource: 'Data source',
  validFromUnknown: 'not recorded',
  validToOpen: 'present',
  atMost: 'no later than',
  inexactTooltip: 'The exact date is not recorded; this bound comes from the date of a reference list.',
  levelName: (level: UnitLevel) => LEVEL_NAMES[level].en,
  codeListName: (id) => codeListNames[id] ?? id,

  predecessorsHeading: 'Predecessors',
  successorsHeading: 'Successors',
  predecessorsNone: 'No predecessor is recorded.',
  successorsNone: 'No successor is recorded.',
  colUnit: 'Unit',
  colCoverage: 'Coverage',
  colEffective: 'Effective date',
  colLegalBasis: 'Legal basis',
  coverageFull: 'whole',
  coveragePartial: 'part',
  notRecorded: 'not recorded',

  versionsHeading: 'Version history',
  colValidity: 'In force',
  colName: 'Name',
  colType: 'Type',
  colParent: 'Part of',
  colCodeList: 'Code list',
  colSource: 'Source',
  versionShown: 'shown',

  attributesHeading: 'Attributes',
  attributesNone: 'No figures yet.',
  colAttribute: 'Attribute',
  colValue: 'Value',
  attributeName: (key) => UNIT_ATTRIBUTE_LABELS[key as UnitAttributeKey]?.en ?? key,
  yes: 'Yes',
  no: 'No',

  childrenHeading: 'Subordinate units',
  childrenOnDate: (date) => `As on ${date}.`,
  childrenShown: (shown, total) => `Showing ${shown} of ${total} units.`,
  childrenNone: 'No subordinate units.',

  notFoundTitle: 'Unit not found',
  notFoundText: (code) => `No administrative unit has the code “${code}”.`,
  pageNotFoundTitle: 'Page not found',
  backToBrowser: '← Back to the browser',

  footerEngine: 'Database',
  footerReference: 'Reference data',
  footerReferenceNone: 'not loaded',
  footerReferenceSummary: (units, lineage) => `${units} unit versions, ${lineage} lineage links`,

  ...valuesEn,
};
