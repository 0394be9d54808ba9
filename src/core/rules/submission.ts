/** submission.deadline and submission.sent: the quarter's deadline and sends already made. */
import { type ReportingPeriod, parseQuarterLabel, periodFor, reportingPeriod, vietnamDateOf } from '../calendar';
import type { DocumentSnapshot, SendRecord } from '../snapshot';
import type { Finding, RuleConfig } from './types';
import { formatVnDate as formatDay, formatVnDateTime as formatInstant } from '../calendar/format';

function currentPeriod(config: RuleConfig): ReportingPeriod | null {
  if (!(config.now instanceof Date) || Number.isNaN(config.now.getTime())) return null;
  return reportingPeriod(config.now, { reading: config.deadlineReading });
}

/**
 * The period of the report: the quarter recorded in the document when the template was made (its deadline may have
 * passed), else the quarter being prepared today. Null when `config.now` is not a valid date.
 */
export function reportPeriod(snapshot: DocumentSnapshot, config: RuleConfig): ReportingPeriod | null {
  return reportPeriodAt(snapshot, config.now, config.deadlineReading);
}

/** `reportPeriod` for an instant and a deadline reading (the pane's progress panel uses it). */
export function reportPeriodAt(snapshot: Pick<DocumentSnapshot, 'period'>, now: Date, reading: RuleConfig['deadlineReading']): ReportingPeriod | null {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  const recorded = snapshot.period ? parseQuarterLabel(snapshot.period) : null;
  if (recorded) return periodFor(recorded, reading === 'inclusive' ? 'inclusive' : 'strict', vietnamDateOf(now));
  return reportingPeriod(now, { reading });
}

/**
 * An info with the quarter, its last day and the days left; a warning when few days remain, and after the deadline a
 * warning that says how late the report is (never a silent move to the next quarter).
 */
export function submissionDeadline(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  const period = reportPeriod(snapshot, config);
  if (!period) return [];
  const days = period.daysLeft;
  const state = days === -1 ? 'lateOne' : days < 0 ? 'late' : days === 0 ? 'today' : days === 1 ? 'oneDay' : days <= config.deadlineWarningDays ? 'soon' : 'info';
  const params: Record<string, string | number> = {
    quarter: String(period.quarter),
    year: String(period.year),
    lastDay: formatDay(period.lastDay),
    days: Math.max(0, days),
  };
  if (days < 0) params.daysLate = -days;
  let key = `findings.submission.deadline.${state}`;
  if (period.advice && days >= 0) {
    key += `.${period.advice.kind}`;
    params.sendBy = formatDay(period.advice.sendBy);
  }
  return [{ rule: 'submission.deadline', severity: state === 'info' ? 'info' : 'warning', message: { key, params } }];
}

function periodOfSend(record: SendRecord, config: RuleConfig): string | null {
  if (record.period) return record.period;
  const at = new Date(record.at);
  if (Number.isNaN(at.getTime())) return null;
  return reportingPeriod(at, { reading: config.deadlineReading }).label;
}

function sentAt(record: SendRecord): string {
  const at = new Date(record.at);
  return Number.isNaN(at.getTime()) ? record.at : formatInstant(at);
}

/** Each send of the current period, or else the latest send, as an info: when and to whom. */
export function submissionSent(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (snapshot.sendHistory.length === 0) return [];
  const period = currentPeriod(config);
  const current = period ? snapshot.sendHistory.filter((r) => periodOfSend(r, config) === period.label) : [];
  if (current.length > 0) {
    return current.map((r) => ({
      rule: 'submission.sent' as const,
      severity: 'info' as const,
      message: { key: 'findings.submission.sent', params: { at: sentAt(r), to: r.to } },
    }));
  }
  const latest = snapshot.sendHistory[snapshot.sendHistory.length - 1];
  const label = periodOfSend(latest, config);
  const ref = label ? parseQuarterLabel(label) : null;
  const [year, quarter] = ref ? [String(ref.year), String(ref.quarter)] : ['?', '?'];
  return [
    {
      rule: 'submission.sent',
      severity: 'info',
      message: { key: 'findings.submission.sentEarlier', params: { at: sentAt(latest), to: latest.to, quarter, year } },
    },
  ];
}
