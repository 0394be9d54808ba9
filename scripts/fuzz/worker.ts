/**
 * Reads one fuzz input, as the relay and the pane do (readDocx, then every rule), inside the read pool
 * (server/readPool.ts: time and heap budgets). Refusals are outcomes, not failures; anything else thrown is a crash.
 */
import { isAppError } from '../../src/core/errors';
import { check } from '../../src/core/rules';
import { readDocx } from '../../src/docx/read';

export type FuzzOutcome = { outcome: 'read' } | { outcome: 'refused'; key: string } | { outcome: 'crash'; message: string };

export async function handle(job: { bytes: Uint8Array }): Promise<FuzzOutcome> {
  try {
    const snapshot = await readDocx(job.bytes);
    check(snapshot, { now: new Date('2026-11-25T02:00:00Z') });
    return { outcome: 'read' };
  } catch (error) {
    if (isAppError(error) && error.messageKey.startsWith('docx.')) return { outcome: 'refused', key: error.messageKey };
    return { outcome: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
