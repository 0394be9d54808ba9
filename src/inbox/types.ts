/** Shapes of the office API's answers (server/inbox/API.md). */
import type { FindingReport } from '../core/rules/report';

export type Status = 'onTime' | 'late' | 'errors' | 'missing';

export type Role = 'admin' | 'staff';

export interface User {
  username: string;
  role: Role;
  createdAt: string;
  /** A disabled account cannot sign in; its sessions ended when it was disabled. */
  disabled: boolean;
}

/** One line of the audit log (GET /api/inbox/audit). */
export interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}

export interface School {
  id: string;
  name: string;
  emails: string[];
  ward: string;
  cluster: number | null;
  createdAt?: string;
  updatedAt?: string;
  keyIssuedAt?: string;
}

export type SchoolInput = Pick<School, 'name' | 'emails' | 'ward' | 'cluster'>;

export interface Onboarding {
  schoolId: string;
  schoolName: string;
  key: string;
  link: string;
  qrSvg: string;
  manifestUrl: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; code: string; error: string }[];
  onboarding: Onboarding[];
}

export interface SubmissionSummary {
  id: string;
  receivedAt: string;
  source: 'relay' | 'imap';
  fileName: string;
  ready: boolean;
  errorCount: number;
  warningCount: number;
  kind: 'individual' | 'collective' | null;
  subjectName: string;
  shortlisted: boolean;
  chosen: boolean;
}

export type { FindingReport };

export interface SubmissionDetail extends SubmissionSummary {
  schoolId: string | null;
  schoolName: string | null;
  quarter: string;
  sha256: string;
  size: number;
  from: string | null;
  mailSubject: string | null;
  findings: FindingReport[];
  summary: string;
  fields: Record<string, string>;
}

export interface UnsortedItem extends SubmissionSummary {
  from: string;
  mailSubject: string;
  quarter: string;
}

export interface QuarterRow {
  school: Pick<School, 'id' | 'name' | 'ward' | 'cluster' | 'emails'>;
  status: Status;
  lateDays?: number;
  errors?: { rule: string; key: string; message: string }[];
  latest: SubmissionSummary | null;
  submissions: number;
}

export interface Counts {
  total: number;
  onTime: number;
  late: number;
  errors: number;
  missing: number;
  unsorted: number;
}

export interface Choice {
  quarter: string;
  submissionId: string;
  schoolId: string;
  schoolName: string;
  note: string;
  by: string;
  at: string;
}

export interface QuarterView {
  quarter: string;
  lastDay: string;
  deadline: string;
  daysLeft: number;
  counts: Counts;
  rows: QuarterRow[];
  choice: Choice | null;
  shortlist: SubmissionSummary[];
}

export interface QuarterList {
  current: string;
  quarters: string[];
  wards: string[];
  clusters: number[];
}

export interface ReminderPreview {
  quarter: string;
  reminder: string;
  schools: { id: string; name: string; emails: string[]; status: Status; errors?: string[] }[];
  skipped: { id: string; name: string; reason: 'noEmail' | 'alreadyReminded' }[];
  subject: string;
  body: string;
}

export interface ReminderSendResult {
  sent: { schoolId: string; to: string[] }[];
  skipped: { id: string; name: string; reason: string }[];
  failed: { schoolId: string; code: string; error: string }[];
}

export interface ReminderLogEntry {
  at: string;
  quarter: string;
  reminder: string;
  schoolId: string;
  schoolName: string;
  to: string[] | string;
  by: string | null;
}

/** When scheduled reminders go (GET/PUT /api/inbox/reminders/settings). */
export interface ReminderSettings {
  daysBefore: number[];
  enabled: boolean;
}
