/**
 * A finding as it travels outside the add-in: the relay's refusal, the inbox's submission detail, the inbox page and
 * `check --json` (which leaves out `key` and `params`). Its message is already in the reader's language; `key` and
 * `params` let a client show its own text instead. The one home of this shape (DESIGN.md §5.9).
 */
import { type Lang, t } from '../i18n';
import type { Finding, RuleId, Severity } from './types';

export interface FindingReport {
  rule: RuleId;
  severity: Severity;
  /** The field concerned, when there is one. */
  field?: string;
  /** The message key (stable) and its parameters. */
  key: string;
  params?: Record<string, string | number>;
  /** The message in the answer's language. */
  message: string;
}

export function reportFinding(finding: Finding, lang: Lang): FindingReport {
  return {
    rule: finding.rule,
    severity: finding.severity,
    ...(finding.field ? { field: finding.field } : {}),
    key: finding.message.key,
    ...(finding.message.params ? { params: finding.message.params } : {}),
    message: t(finding.message.key, finding.message.params, lang),
  };
}
