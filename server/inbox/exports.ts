/**
 * The quarter's exports: the table as .xlsx (src/export/quarterTable.ts, shared with `check --xlsx`), every
 * school's latest report as one .zip (JSZip) with the table inside, and a printable HTML page.
 */
import JSZip from 'jszip';
import type Database from 'better-sqlite3';
import type { QuarterRef } from '../../src/core/calendar';
import { type Lang, t } from '../../src/core/i18n';
import { type QuarterTableRow, TABLE_COLUMNS, quarterWorkbook, statusText, vietnamDateTime } from '../../src/export/quarterTable';
import { getFile } from './db';
import type { QuarterRows } from './submissions';

export function tableRows(view: QuarterRows): QuarterTableRow[] {
  return view.rows.map((r) => ({
    school: r.school.name,
    ward: r.school.ward,
    cluster: r.school.cluster,
    status: r.status,
    ...(r.lateDays !== undefined ? { lateDays: r.lateDays } : {}),
    errors: r.errors?.map((e) => e.message) ?? [],
    receivedAt: r.latest?.receivedAt ?? null,
    fileName: r.latest?.fileName ?? '',
    source: r.latest?.source ?? '',
  }));
}

export function quarterTitle(q: QuarterRef, lang: Lang): string {
  return t('inbox.export.title', { quarter: q.quarter, year: String(q.year) }, lang);
}

export function xlsxExport(q: QuarterRef, view: QuarterRows, lang: Lang): Promise<Buffer> {
  return quarterWorkbook(quarterTitle(q, lang), tableRows(view), lang);
}

/** A name safe in a zip entry on Windows and macOS alike (keeps Vietnamese letters). */
export function safeName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, 120) || '_'
  );
}

export async function zipExport(
  db: Database.Database,
  q: QuarterRef,
  view: QuarterRows,
  files: Array<{ schoolId: string; sha256: string; fileName: string }>,
  lang: Lang,
): Promise<Uint8Array> {
  const zip = new JSZip();
  const bySchool = new Map(view.rows.map((r) => [r.school.id, r.school]));
  const used = new Set<string>();
  for (const f of files) {
    const school = bySchool.get(f.schoolId);
    if (!school) continue;
    const bytes = getFile(db, f.sha256);
    if (!bytes) continue;
    const folder = `${school.cluster ? `Khoi-${school.cluster}` : 'Khoi-chua-xep'}/${safeName(school.name)}`;
    let name = `${folder}/${safeName(f.fileName.endsWith('.docx') ? f.fileName : `${f.fileName}.docx`)}`;
    for (let i = 2; used.has(name); i++) name = `${folder}/${i}-${safeName(f.fileName)}`;
    used.add(name);
    zip.file(name, bytes, { binary: true, createFolders: false });
  }
  zip.file(
    t('inbox.export.fileXlsx', { quarter: q.quarter, year: String(q.year) }, lang),
    await xlsxExport(q, view, lang),
    { binary: true, createFolders: false },
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** The printed page shows the table's columns (one list: TABLE_COLUMNS) but days late (in the status) and file. */
type PrintColumn = Exclude<(typeof TABLE_COLUMNS)[number], 'lateDays' | 'file'>;
const PRINT_COLUMNS = TABLE_COLUMNS.filter((c): c is PrintColumn => c !== 'lateDays' && c !== 'file');

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function printCell(c: PrintColumn, r: QuarterTableRow, i: number, lang: Lang): string {
  switch (c) {
    case 'stt':
      return `<td>${i + 1}</td>`;
    case 'school':
      return `<td>${esc(r.school)}</td>`;
    case 'ward':
      return `<td>${esc(r.ward)}</td>`;
    case 'cluster':
      return `<td>${r.cluster ?? ''}</td>`;
    case 'status':
      return `<td class="${r.status}">${esc(statusText(r, lang))}</td>`;
    case 'errors':
      return `<td>${r.errors.map(esc).join('<br>')}</td>`;
    case 'receivedAt':
      return `<td>${r.receivedAt ? esc(vietnamDateTime(r.receivedAt)) : ''}</td>`;
    case 'source':
      return `<td>${esc(r.source)}</td>`;
  }
}

export function printHtml(q: QuarterRef, view: QuarterRows, lang: Lang, now: Date): string {
  const rows = tableRows(view);
  const col = (c: string): string => `<th scope="col">${esc(t(`inbox.export.col.${c}`, {}, lang))}</th>`;
  const [y, m, d] = view.lastDay.split('-');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(quarterTitle(q, lang))}</title>
<style>
body{font-family:"Times New Roman",serif;font-size:12pt;margin:16mm}
h1{font-size:15pt;text-align:center;margin:0 0 4mm}
p{margin:0 0 2mm}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #000;padding:2px 4px;vertical-align:top;text-align:left}
th{background:#eee}
.late,.errors,.missing{font-weight:bold}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0}}
</style></head><body>
<h1>${esc(quarterTitle(q, lang))}</h1>
<p>${esc(t('inbox.print.deadline', { date: `${d}/${m}/${y}` }, lang))}</p>
<p>${esc(t('inbox.print.counts', view.counts, lang))}</p>
<table><thead><tr>${PRINT_COLUMNS.map(col).join('')}</tr></thead><tbody>
${rows
  .map(
    (r, i) => `<tr>${PRINT_COLUMNS.map((c) => printCell(c, r, i, lang)).join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>
<p>${esc(t('inbox.print.generated', { at: vietnamDateTime(now.toISOString()) }, lang))}</p>
</body></html>`;
}
