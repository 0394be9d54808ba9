/**
 * The quarter table as an .xlsx workbook (exceljs): one row per school (server inbox) or per file (`check --xlsx`),
 * with the same columns and the same localised headings and status names in both places.
 */
import ExcelJS from 'exceljs';
import { type Lang, t } from '../core/i18n';
import './inboxMessages';

export type TableStatus = 'onTime' | 'late' | 'errors' | 'missing';

export interface QuarterTableRow {
  school: string;
  ward: string;
  cluster: number | null;
  status: TableStatus;
  lateDays?: number;
  /** Error messages, already localised. */
  errors: string[];
  /** Reception instant (ISO) of the latest submission, or null. */
  receivedAt: string | null;
  fileName: string;
  source: string;
}

export const TABLE_COLUMNS = ['stt', 'school', 'ward', 'cluster', 'status', 'lateDays', 'errors', 'receivedAt', 'file', 'source'] as const;

/** "02/10/2026 15:30" in Vietnam time (UTC+7, no DST). */
export function vietnamDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export function statusText(row: Pick<QuarterTableRow, 'status' | 'lateDays'>, lang: Lang): string {
  return t(`inbox.status.${row.status}`, { days: row.lateDays ?? 0 }, lang);
}

/** The workbook's bytes. `title` heads the sheet (e.g. "Quý 3/2026"). */
export async function quarterWorkbook(title: string, rows: readonly QuarterTableRow[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Báo cáo thành tích';
  const sheet = workbook.addWorksheet(t('inbox.export.sheet', {}, lang).slice(0, 31));
  sheet.columns = TABLE_COLUMNS.map((c) => ({
    header: t(`inbox.export.col.${c}`, {}, lang),
    key: c,
    width: { stt: 6, school: 40, ward: 22, cluster: 10, status: 22, lateDays: 10, errors: 60, receivedAt: 18, file: 40, source: 10 }[c],
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  rows.forEach((r, i) => {
    sheet.addRow({
      stt: i + 1,
      school: r.school,
      ward: r.ward,
      cluster: r.cluster ?? '',
      status: statusText(r, lang),
      lateDays: r.status === 'late' ? (r.lateDays ?? '') : '',
      errors: r.errors.join('\n'),
      receivedAt: r.receivedAt ? vietnamDateTime(r.receivedAt) : '',
      file: r.fileName,
      source: r.source,
    });
  });
  workbook.title = title;
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
