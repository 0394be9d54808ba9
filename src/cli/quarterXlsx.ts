/**
 * `check --xlsx FILE`: the office inbox's quarter table (src/export/quarterTable.ts) for a folder of reports, for
 * offices that do not run the server. One row per file: the file's name stands for the school, the file's
 * modification time for the reception (so lateness follows the inbox's rule, src/core/calendar/reception.ts).
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { daysLate, quarterForReception } from '../core/calendar';
import type { Lang } from '../core/i18n';
import type { DeadlineReading } from '../core/rules/types';
import { type QuarterTableRow, quarterWorkbook } from '../export/quarterTable';
import type { FileReport } from './checkFiles';

export async function quarterRowsOf(reports: readonly FileReport[], reading: DeadlineReading): Promise<QuarterTableRow[]> {
  const rows: QuarterTableRow[] = [];
  for (const r of reports) {
    let mtime: Date | null = null;
    try {
      mtime = (await stat(r.file)).mtime;
    } catch {
      mtime = null;
    }
    const late = r.ready && mtime ? daysLate(quarterForReception(mtime), mtime, reading) : 0;
    rows.push({
      school: path.basename(r.file).replace(/\.docx$/i, ''),
      ward: '',
      cluster: null,
      status: r.ready ? (late > 0 ? 'late' : 'onTime') : 'errors',
      ...(late > 0 ? { lateDays: late } : {}),
      errors: r.error ? [r.error] : r.findings.filter((f) => f.severity === 'error').map((f) => f.message),
      receivedAt: mtime ? mtime.toISOString() : null,
      fileName: r.file,
      source: 'file',
    });
  }
  return rows;
}

export async function writeQuarterXlsx(file: string, reports: readonly FileReport[], lang: Lang, reading: DeadlineReading): Promise<void> {
  const rows = await quarterRowsOf(reports, reading);
  await writeFile(file, await quarterWorkbook('', rows, lang));
}
