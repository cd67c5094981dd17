/** English text of the reports page; must match reports-messages-vi.ts key for key (the report itself stays Vietnamese). */
import type { ReportsMessages } from './reports-messages-vi.ts';

const partNames: Record<string, string> = {
  year: 'Whole year (annual review)',
  S1: 'First six months (mid-year review)',
  S2: 'Second six months',
  Q1: 'Quarter 1',
  Q2: 'Quarter 2',
  Q3: 'Quarter 3',
  Q4: 'Quarter 4',
};
const formatNames: Record<string, string> = { docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', pdf: 'PDF' };

export const reportsEn: ReportsMessages = {
  navReports: 'Reports',
  reportsTitle: 'Annual review report',
  reportsIntro:
    'Write the annual (or mid-year) review of posts, telecommunications, IT and digital transformation for a province or the whole country from approved figures: preview it, then download it as Word, Excel or PDF.',
  needReports: 'build the annual review report',

  reportScopeHeading: 'Area and period',
  reportProvinceLabel: 'Province or city',
  reportWholeCountry: 'Whole country',
  reportProvinceHint: 'The provinces and cities in force at the end of the period.',
  reportYearLabel: 'Year',
  reportPartLabel: 'Period',
  reportPartName: (part) => partNames[part] ?? part,

  reportSectionsLegend: 'Parts of the report',
  reportSectionsAll: 'Select all',
  reportSectionsNone: 'Clear',
  reportSectionsCount: (chosen, total) => `${chosen} of ${total} parts selected.`,
  reportSectionsEmpty: 'Select at least one part of the report.',

  reportDocumentHeading: 'Document details',
  reportDateLabel: 'Document date',
  reportDateHint: (today) => `dd/mm/yyyy; empty means today (${today}).`,
  reportDateInvalid: 'Not a date: type it as dd/mm/yyyy, e.g. 22/11/2026.',
  reportNumberLabel: 'Document number',
  reportNumberHint: 'Leave empty when the clerk numbers the document on registration.',
  reportAgencySummary: 'Issuing agency',
  reportAgencyNote:
    'By default the issuing agency follows the document’s date: the Department of Information and Communications before 01/03/2025, the Department of Science and Technology from 01/03/2025 (after the two merged). Fill in the fields below only to change it.',
  reportAgencyForDate: (date, agency) => `For a document dated ${date}: ${agency}.`,
  reportAgencyIct: 'Department of Information and Communications (Sở Thông tin và Truyền thông)',
  reportAgencyScience: 'Department of Science and Technology (Sở Khoa học và Công nghệ)',
  reportAgencySuperiorLabel: 'Governing body',
  reportAgencySuperiorHint: 'E.g. UBND TỈNH SƠN LA.',
  reportAgencyNameLabel: 'Issuing agency’s name',
  reportAgencyNameHint: 'E.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ.',
  reportAgencySymbolLabel: 'Agency abbreviation',
  reportAgencySymbolHint: 'Used in the document’s number: SKHCN in “Số: 125/BC-SKHCN”.',
  reportSignerLegend: 'Signatory',
  reportSignerAuthorityLabel: 'Signing authority',
  reportSignerAuthorityHint: 'E.g. KT. GIÁM ĐỐC; empty when the head signs.',
  reportSignerPositionLabel: 'Position',
  reportSignerPositionHint: 'E.g. PHÓ GIÁM ĐỐC.',
  reportSignerNameLabel: 'Signatory’s full name',
  reportSignerNameHint: 'Leave empty to write it by hand.',
  reportRecipientsLabel: 'Recipients',
  reportRecipientsHint: 'One recipient per line; empty means the default recipients.',
  reportCompareYearLabel: 'Also compare with year',
  reportCompareYearNone: 'None',
  reportCompareYearHint: 'The communes meeting the criterion are always compared with the previous year; pick a further base year if needed (e.g. 2018).',

  reportActionsLabel: 'Build the report',
  reportPreviewButton: 'Preview',
  reportDownloadLabel: 'Download',
  reportFormatName: (format) => formatNames[format] ?? format,
  reportDownloadAs: (format) => `Download as ${formatNames[format] ?? format}`,
  reportPdfUnavailable: 'PDF is not available: the server has no Chromium. Download the Word file and save it as PDF.',
  reportBusy: 'Building the report: the buttons come back when it is done.',

  reportProgressLabel: 'Report build progress',
  reportProgressStep: (step, steps, label) => `Step ${step}/${steps}: ${label}…`,
  reportProgressStarting: 'Starting…',
  reportFileReady: (format) => `The ${formatNames[format] ?? format} file is ready. Your browser is downloading it; if not, click:`,
  reportFileKept: 'The server keeps the file for about an hour.',
  reportFailed: 'The report could not be built',
  reportJobExpired: 'The report request has expired (the server keeps it for about an hour): build it again.',
  reportFixFields: 'Please correct the marked fields.',

  reportPreviewHeading: 'Preview',
  reportPreviewBuiltAt: (at) => `Built at ${at}. The report itself is always in Vietnamese.`,
  reportPreviewEmpty: 'Choose the area and period, then press “Preview” to see the report before downloading it.',
  reportPreviewLabel: 'Report preview',
};
