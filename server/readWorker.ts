/**
 * The relay's read pool worker (server/readPool.ts): reads and checks one upload off the event loop.
 * Refusals come back as data (CheckAnswer); anything else thrown is an internal error.
 */
import { type CheckAnswer, type CheckJob, checkJob } from './submission';

export function handle(job: CheckJob): Promise<CheckAnswer> {
  return checkJob(job);
}
