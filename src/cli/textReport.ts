import { formatNumber, t, type Lang } from '../core/i18n';
import type { SendRecord } from '../core/snapshot';
import { bySeverity } from '../core/rules/types';
import type { FileReport } from './checkFiles';
import './messages';

/** Columns a string takes in a terminal: combining marks (NFD Vietnamese) take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Shorten a long path in the middle, keeping its start and its file name visible. */
export function shorten(text: string, max: number): string {
  const chars = [...text.normalize('NFC')];
  if (chars.length <= max) return text;
  const tail = Math.ceil((max - 1) * 0.6);
  const head = max - 1 - tail;
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
}

const MAX_FILE_COLUMN = 48;

/** A date-time in Vietnam time (UTC+7, no daylight saving), dd/mm/yyyy HH:MM. */
export function formatVietnamTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const d = new Date(ms + 7 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

function sendLine(record: SendRecord, lang: Lang): string {
  const params = {
    at: formatVietnamTime(record.at),
    to: record.to,
    path: t(`cli.check.sendPath.${record.path}`, {}, lang),
    period: record.period ?? '',
  };
  return t(record.period ? 'cli.check.sentPeriod' : 'cli.check.sent', params, lang);
}

function status(report: FileReport, lang: Lang): string {
  if (report.error !== undefined) return t('cli.check.status.unreadable', {}, lang);
  return t(report.ready ? 'cli.check.status.ready' : 'cli.check.status.notReady', {}, lang);
}

function count(report: FileReport, severity: 'error' | 'warning'): number {
  return report.findings.filter((f) => f.severity === severity).length;
}

/**
 * The human-readable result of `check`: a table with one line per file, the details of every file
 * (findings, errors first, and send history), and a one-line total.
 */
const DEADLINE_RULE = 'submission.deadline';

export function renderText(reports: readonly FileReport[], lang: Lang): string {
  const header = ['file', 'template', 'errors', 'warnings', 'words', 'pages', 'summaryPages', 'status'].map((c) => t(`cli.check.col.${c}`, {}, lang));
  const rows = reports.map((r) => [
    shorten(r.file, MAX_FILE_COLUMN),
    r.error !== undefined ? '—' : t(`cli.check.template.${r.template ?? 'none'}`, {}, lang),
    r.error !== undefined ? '—' : String(count(r, 'error')),
    r.error !== undefined ? '—' : String(count(r, 'warning')),
    r.stats ? formatNumber(r.stats.summaryWords, lang) : '—',
    r.stats ? (r.stats.pagesSource === 'estimate' ? '~' : '') + formatNumber(r.stats.pages, lang) : '—',
    r.stats ? formatNumber(r.stats.summaryPages, lang) : '—',
    status(r, lang),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i]))));
  const rightAligned = new Set([2, 3, 4, 5, 6]);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (rightAligned.has(i) ? padStart(cell, widths[i]) : padEnd(cell, widths[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  if (reports.some((r) => r.stats?.pagesSource === 'estimate')) out.push('', t('cli.check.estimatedNote', {}, lang));

  // Deadline advice once per run, one line per distinct quarter and message (each file's own quarter), not per file.
  const deadlines = new Map<string, number>();
  for (const r of reports) {
    for (const f of r.findings) if (f.rule === DEADLINE_RULE) deadlines.set(f.message, (deadlines.get(f.message) ?? 0) + 1);
  }
  if (deadlines.size > 0) {
    out.push('', t('cli.check.deadlineHeader', {}, lang));
    for (const [message, files] of deadlines) out.push(`  ${message}${deadlines.size > 1 ? ' ' + t('cli.check.deadlineFiles', { files }, lang) : ''}`);
  }

  for (const r of reports) {
    out.push('', t('cli.check.fileHeader', { file: r.file, status: status(r, lang) }, lang));
    if (r.error !== undefined) {
      out.push(`  ${r.error}`);
      continue;
    }
    const own = r.findings.filter((f) => f.rule !== DEADLINE_RULE);
    if (own.length === 0) out.push(`  ${t('cli.check.noFindings', {}, lang)}`);
    const findings = own.sort(bySeverity);
    const labels = findings.map((f) => t(`cli.check.severity.${f.severity}`, {}, lang));
    const labelWidth = Math.max(0, ...labels.map(displayWidth));
    findings.forEach((f, i) => out.push(`  ${padEnd(labels[i], labelWidth)}  ${f.message}  [${f.rule}]`));
    for (const record of r.sendHistory ?? []) out.push(`  ${sendLine(record, lang)}`);
  }

  const ready = reports.filter((r) => r.ready).length;
  const unreadableCount = reports.filter((r) => r.error !== undefined).length;
  out.push('', t('cli.check.summary', { total: reports.length, ready, failing: reports.length - ready - unreadableCount, unreadable: unreadableCount }, lang));
  return out.join('\n') + '\n';
}
