/** Run every rule over a snapshot; statistics; readiness to send; localised messages. */
import { type Lang, t } from '../i18n';
import type { DocumentSnapshot } from '../snapshot';
import { FIELD, TEMPLATES } from '../template';
import { birthYearValid } from './birthYear';
import { type PartialRuleConfig, resolveConfig } from './config';
import { textBidiControl } from './bidi';
import { encodingLegacy } from './encoding';
import { fieldRequired } from './fields';
import { formatFont, formatPage } from './format';
import { instructionsLeftover } from './instructions';
import { modelsTable } from './models';
import { nameNoAbbreviation, nameUppercase } from './name';
import { photoPresent } from './photo';
import { submissionDeadline, submissionSent } from './submission';
import { pageCount, summaryPages, summaryPagesRule, summaryWords, summaryWordsRule } from './summary';
import { templateIntact, templatePresent } from './template';
import { SEVERITY_RANK, type Finding, type Rule, type RuleConfig, type RuleId, type Stats } from './types';
import { unitCityLevel } from './unit';

/** Every rule, in the order of DESIGN.md §3. Rules that need a template return nothing without one. */
export const RULES: ReadonlyArray<readonly [RuleId, Rule]> = [
  ['template.present', templatePresent],
  ['template.intact', templateIntact],
  ['field.required', fieldRequired],
  ['name.uppercase', nameUppercase],
  ['name.noAbbreviation', nameNoAbbreviation],
  ['birthYear.valid', birthYearValid],
  ['photo.present', photoPresent],
  ['unit.cityLevel', unitCityLevel],
  ['summary.words', summaryWordsRule],
  ['summary.pages', summaryPagesRule],
  ['models.table', modelsTable],
  ['instructions.leftover', instructionsLeftover],
  ['format.page', formatPage],
  ['format.font', formatFont],
  ['encoding.legacy', encodingLegacy],
  ['text.bidiControl', textBidiControl],
  ['submission.deadline', submissionDeadline],
  ['submission.sent', submissionSent],
];


/** Rules about the whole document, not one field, sort after the fields: they are listed in this order. */
const DOCUMENT_RULE_POSITION: Partial<Record<RuleId, number>> = {
  'template.present': -1,
  'format.page': 1000,
  'format.font': 1001,
  'encoding.legacy': 1002,
  'text.bidiControl': 1002.5,
  'submission.deadline': 1003,
  'submission.sent': 1004,
};

function documentPosition(finding: Finding, fieldOrder: Map<string, number>): number {
  const fieldId = finding.field ?? finding.target?.fieldId;
  if (fieldId !== undefined && fieldOrder.has(fieldId)) {
    const base = fieldOrder.get(fieldId)! * 10;
    return finding.rule === 'template.intact' ? base : base + 1;
  }
  if (finding.rule === 'instructions.leftover') return (fieldOrder.get(FIELD.summary) ?? 100) * 10 + 2;
  return DOCUMENT_RULE_POSITION[finding.rule] ?? 999;
}

function resolve(config?: PartialRuleConfig | RuleConfig): RuleConfig {
  return resolveConfig(config ?? {});
}

/**
 * All findings for a snapshot: errors first, then warnings, then information; within each, in document
 * order (fields in template order, then rows of the table, then whole-document rules), then rule order.
 */
export function check(snapshot: DocumentSnapshot, config?: PartialRuleConfig): Finding[] {
  const cfg = resolve(config);
  const kind = snapshot.template && TEMPLATES[snapshot.template.id] ? snapshot.template.id : null;
  const fieldOrder = new Map<string, number>((kind ? TEMPLATES[kind].fields : []).map((f, i) => [f.id, i]));
  const all: Array<{ finding: Finding; severity: number; position: number; seq: number }> = [];
  for (const [, rule] of RULES) {
    for (const finding of rule(snapshot, cfg)) {
      all.push({ finding, severity: SEVERITY_RANK[finding.severity], position: documentPosition(finding, fieldOrder), seq: all.length });
    }
  }
  all.sort((a, b) => a.severity - b.severity || a.position - b.position || a.seq - b.seq);
  return all.map((x) => x.finding);
}

/** A report may be sent when no finding is an error. */
export function isReadyToSend(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
}

/** Summary words and page count (with where the count comes from), for the progress display. */
export function stats(snapshot: DocumentSnapshot, config?: PartialRuleConfig): Stats {
  const cfg = resolve(config);
  const { pages, source } = pageCount(snapshot, cfg);
  return { summaryWords: summaryWords(snapshot), pages, pagesSource: source, summaryPages: summaryPages(snapshot) };
}

/** The finding's message in the given language. */
export function formatFinding(finding: Finding, lang: Lang = 'vi'): string {
  return t(finding.message.key, finding.message.params, lang);
}
