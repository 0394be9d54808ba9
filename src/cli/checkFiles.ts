import { check, formatFinding, isReadyToSend, stats } from '../core';
import { isAppError } from '../core/errors';
import { t, type Lang } from '../core/i18n';
import type { FindingReport as SharedFindingReport } from '../core/rules/report';
import { SEVERITY_RANK, type Finding, type RuleConfig } from '../core/rules/types';
import type { SendRecord } from '../core/snapshot';
import type { TemplateKind } from '../core/template/types';
import { readDocx } from '../docx/read';
import { type CheckInput, MAX_DOCX_BYTES, megabytes, readFileBounded } from './files';
import './messages';

/** One finding as `check --json` prints it: the shared report (src/core/rules/report.ts) without key and params. */
export type FindingReport = Pick<SharedFindingReport, 'rule' | 'severity' | 'field' | 'message'>;

/** One file's result, exactly the object `check --json` prints for it. */
export interface FileReport {
  file: string;
  template: TemplateKind | null;
  ready: boolean;
  findings: FindingReport[];
  /** Null only when the file could not be read (then `error` says why). */
  stats: { summaryWords: number; pages: number; pagesSource: 'app.xml' | 'estimate' | 'layout'; summaryPages: number } | null;
  sendHistory?: SendRecord[];
  /** The quarter the report is written for, as recorded in it ("2026-Q4"); absent when the file records none. */
  period?: string;
  error?: string;
}

export interface CheckOptions {
  lang: Lang;
  config: Partial<RuleConfig>;
}


/** Errors first, then warnings, then information; otherwise the rules engine's order. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map((x) => x.finding);
}

function unreadable(file: string, error: string): FileReport {
  return { file, template: null, ready: false, findings: [], stats: null, error };
}

/** Check one file. Never throws: a file that cannot be read gives a report with `error`. */
export async function checkFile(input: CheckInput, options: CheckOptions): Promise<FileReport> {
  const { lang } = options;
  if (input.problem) return unreadable(input.file, t(input.problem, {}, lang));
  const read = await readFileBounded(input.file, MAX_DOCX_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'notFound':
        return unreadable(input.file, t('cli.check.fileNotFound', {}, lang));
      case 'notAFile':
        return unreadable(input.file, t('cli.check.notAFile', {}, lang));
      case 'tooLarge':
        return unreadable(input.file, t('cli.check.tooLarge', { size: megabytes(read.size ?? 0), max: megabytes(MAX_DOCX_BYTES) }, lang));
      default:
        return unreadable(input.file, t('cli.check.unreadable', { reason: read.detail ?? '' }, lang));
    }
  }
  try {
    const snapshot = await readDocx(read.bytes);
    const findings = bySeverity(check(snapshot, options.config));
    const s = stats(snapshot, options.config);
    const report: FileReport = {
      file: input.file,
      template: snapshot.template ? snapshot.template.id : null,
      ready: isReadyToSend(findings),
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        ...(f.field ? { field: f.field } : {}),
        message: formatFinding(f, lang),
      })),
      stats: { summaryWords: s.summaryWords, pages: s.pages, pagesSource: s.pagesSource, summaryPages: s.summaryPages },
    };
    if (snapshot.sendHistory.length > 0) report.sendHistory = snapshot.sendHistory;
    if (snapshot.period) report.period = snapshot.period;
    return report;
  } catch (error) {
    if (isAppError(error)) return unreadable(input.file, t(error.messageKey, error.params, lang));
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(input.file, t('cli.check.unreadable', { reason }, lang));
  }
}
