/**
 * The relay's read pool worker (server/readPool.ts): all of one upload's work, off the event loop.
 * Two kinds of job: a relay upload (UploadJob: multipart parsing, fields, one reading of the .docx for the relay's
 * checks and the inbox's, SHA-256; refusals come back as data, UploadAnswer), and the office inbox's check of a
 * report received by email (InboxCheckJob), so no untrusted bytes are parsed or read on the server's event loop.
 * Anything else thrown is an internal error.
 */
import { type UploadAnswer, type UploadJob, checkUpload } from './submission';
import { type Checked, checkReport } from './inbox/submissions';
import type { DeadlineReading } from '../src/core/rules/types';

export interface InboxCheckJob {
  inboxCheck: { bytes: Uint8Array; at: Date; reading: DeadlineReading; maxBytes: number };
}

export function handle(job: UploadJob): Promise<UploadAnswer>;
export function handle(job: InboxCheckJob): Promise<Checked>;
export function handle(job: UploadJob | InboxCheckJob): Promise<UploadAnswer | Checked> {
  if ('inboxCheck' in job) {
    const { bytes, at, reading, maxBytes } = job.inboxCheck;
    return checkReport(bytes, at, reading, maxBytes);
  }
  return checkUpload(job);
}

/** The accepted upload's file goes back to the event loop's thread without a copy (its own ArrayBuffer). */
export function transferOf(answer: UploadAnswer | Checked): ArrayBuffer[] {
  return 'ok' in answer && answer.file.buffer instanceof ArrayBuffer ? [answer.file.buffer] : [];
}
