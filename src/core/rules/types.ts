import type { DocumentSnapshot, PagesSource } from '../snapshot';
import type { ColumnId, FieldId } from '../template/types';

export type Severity = 'error' | 'warning' | 'info';

/** Severities from the most to the least serious: the one ranking (checklist, command line, forms). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Sort comparator: more serious first. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

export type RuleId =
  | 'template.present'
  | 'template.intact'
  | 'field.required'
  | 'name.uppercase'
  | 'name.noAbbreviation'
  | 'birthYear.valid'
  | 'photo.present'
  | 'unit.cityLevel'
  | 'summary.words'
  | 'summary.pages'
  | 'models.table'
  | 'instructions.leftover'
  | 'format.page'
  | 'format.font'
  | 'encoding.legacy'
  | 'text.bidiControl'
  | 'submission.deadline'
  | 'submission.sent';

/** A message to show: an i18n key and its parameters (see src/core/i18n). */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

/** Where a finding is in the document, for "go to". Hosts resolve it to a range. */
export interface FindingTarget {
  /** A field's content control (tag `bctt.<fieldId>`); any tag found in the document, not only the templates' fields. */
  fieldId?: string;
  /** A body row of the models table, 0-based, and optionally a column. */
  tableRow?: number;
  column?: ColumnId;
  /** Text to search for in the body (e.g. leftover instruction text), first occurrence. */
  text?: string;
}

/** What a fix does; hosts (Word, file) carry it out. */
export type FixDescriptor =
  | { kind: 'restoreField'; fieldId: FieldId }
  /** Put back every content control another program dropped, around the text already there (DESIGN.md §8). */
  | { kind: 'restoreControls' }
  | { kind: 'uppercaseName'; fieldId: FieldId }
  | { kind: 'renumberTable' }
  | { kind: 'convertLegacy'; encoding: 'tcvn3' | 'vni'; font?: string }
  | { kind: 'normalizeNfc' }
  | { kind: 'applyPageSetup' }
  | { kind: 'applyBodyFont' }
  | { kind: 'removeBidiControls' };

/** Every kind of fix, in the order the UI lists them; hosts declare the subset they can carry out. */
export const FIX_KINDS: readonly FixDescriptor['kind'][] = [
  'restoreField',
  'restoreControls',
  'uppercaseName',
  'renumberTable',
  'convertLegacy',
  'normalizeNfc',
  'applyPageSetup',
  'applyBodyFont',
  'removeBidiControls',
];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The field concerned, when there is one (an id found in the document; see FieldId for the templates' own). */
  field?: string;
  message: MessageRef;
  target?: FindingTarget;
  fix?: FixDescriptor;
}

import type { DeadlineReading } from '../calendar/period';
export type { DeadlineReading };

/** Every threshold of every rule, in one place. */
export interface RuleConfig {
  /** The instant "now" for the deadline rules. */
  now: Date;
  summaryTargetWords: number;
  /** Below this fraction of the target, summary.words is an error (else a warning below target). */
  summaryErrorRatio: number;
  minPages: number;
  /** Words of summary per A4 page, used to estimate pages when the host cannot lay out the document. */
  wordsPerPageEstimate: number;
  /** Pages taken by everything but the summary (title, fields, table), for the estimate. */
  fixedPagesEstimate: number;
  birthYear: { minAge: number; maxAge: number };
  /** The photo's width:height should be 2:3; tolerated relative deviation before a warning. */
  photoRatioTolerance: number;
  page: {
    widthMm: number;
    heightMm: number;
    /** Tolerance for paper size, mm. */
    sizeToleranceMm: number;
    topMm: [number, number];
    bottomMm: [number, number];
    leftMm: [number, number];
    rightMm: [number, number];
  };
  font: { name: string; minPt: number; maxPt: number; /** fraction of body characters allowed in other fonts/sizes */ tolerance: number };
  /** City the collective's unit name must reach, written out. */
  cityName: string;
  deadlineReading: DeadlineReading;
  /** From this many days left, submission.deadline becomes a warning. */
  deadlineWarningDays: number;
}

export interface Stats {
  summaryWords: number;
  /** Pages of the whole report: Word's ('layout'), saved by Word ('app.xml'), or the layout model's ('estimate'). */
  pages: number;
  pagesSource: PagesSource;
  /** The summary's own extent in pages, one decimal, from the layout model (0 without summary). */
  summaryPages: number;
}

export type Rule = (snapshot: DocumentSnapshot, config: RuleConfig) => Finding[];
