/** submission.deadline and submission.sent: the quarter's deadline and sends already made. */
import { type ReportingPeriod, parseQuarterLabel, reportingPeriod } from '../calendar';
import type { DocumentSnapshot, SendRecord } from '../snapshot';
import type { Finding, RuleConfig } from './types';
import { formatVnDate as formatDay, formatVnDateTime as formatInstant } from '../calendar/format';

function currentPeriod(config: RuleConfig): ReportingPeriod | null {
  if (!(config.now instanceof Date) || Number.isNaN(config.now.getTime())) return null;
  return reportingPeriod(config.now, { reading: config.deadlineReading });
}

/** Always an info with the quarter, its last day and the days left; a warning when few days remain. */
export function submissionDeadline(_snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  const period = currentPeriod(config);
  if (!period) return [];
  const days = Math.max(0, period.daysLeft);
  const state = days === 0 ? 'today' : days <= config.deadlineWarningDays ? 'soon' : 'info';
  const params: Record<string, string | number> = {
    quarter: String(period.quarter),
    year: String(period.year),
    lastDay: formatDay(period.lastDay),
    days,
  };
  let key = `findings.submission.deadline.${state}`;
  if (period.advice) {
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
