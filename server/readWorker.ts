/**
 * The relay's read pool worker (server/readPool.ts): reads and checks one upload off the event loop.
 * Two kinds of job: a relay submission (CheckJob: refusals come back as data, CheckAnswer), and the office inbox's
 * check of a received report (InboxCheckJob: a report by email, or the relay's upload filed under its school), so
 * no untrusted bytes are read on the server's event loop. Anything else thrown is an internal error.
 */
import { type CheckAnswer, type CheckJob, checkJob } from './submission';
import { type Checked, checkReport } from './inbox/submissions';
import type { DeadlineReading } from '../src/core/rules/types';

export interface InboxCheckJob {
  inboxCheck: { bytes: Uint8Array; at: Date; reading: DeadlineReading; maxBytes: number };
}

export function handle(job: CheckJob): Promise<CheckAnswer>;
export function handle(job: InboxCheckJob): Promise<Checked>;
export function handle(job: CheckJob | InboxCheckJob): Promise<CheckAnswer | Checked> {
  if ('inboxCheck' in job) {
    const { bytes, at, reading, maxBytes } = job.inboxCheck;
    return checkReport(bytes, at, reading, maxBytes);
  }
  return checkJob(job);
}
