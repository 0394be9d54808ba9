/**
 * The models/projects table as data, the one home every reader uses: the Word host, the file host, the rule
 * (models.table), the table form and the file-mode restore. Columns are found by their header text, never by
 * position, so a table whose columns were reordered means the same thing everywhere.
 */
import { AppError } from '../errors';
import { isBlank } from '../text/clean';
import { MODEL_COLUMNS } from './columns';
import type { ColumnId } from './types';

/** The columns a person writes (all but TT, which is numbered automatically). */
export type DataColumnId = Exclude<ColumnId, 'tt'>;

/** The five written columns, in the template's order. */
export const DATA_COLUMNS: readonly DataColumnId[] = MODEL_COLUMNS.map((c) => c.id).filter((id): id is DataColumnId => id !== 'tt');

/** One body row of the table: the text of each written column ('' when empty or when the column is missing). */
export type ModelRow = Record<DataColumnId, string>;

export function emptyModelRow(): ModelRow {
  return { ten: '', donVi: '', moTa: '', loTrinh: '', ketQua: '' };
}

/** Comparable form of a header cell: NFC, spacing around "/" and runs of whitespace ignored, lower case. */
function headerKey(text: string): string {
  return text.normalize('NFC').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim().toLowerCase();
}

const OFFICIAL_KEYS = MODEL_COLUMNS.map((c) => headerKey(c.header));

export interface ColumnMatch {
  /** Document column index of each official column, or -1 when missing. */
  index: Record<ColumnId, number>;
  /** Official columns not found, in the template's order. */
  missing: ColumnId[];
  /** Document columns that are not official ones. */
  extra: number[];
}

/** Match the document's header cells to the official columns, by text (NFC, spacing and case ignored). */
export function matchColumns(header: readonly string[]): ColumnMatch {
  const keys = header.map(headerKey);
  const index = {} as Record<ColumnId, number>;
  const used = new Set<number>();
  MODEL_COLUMNS.forEach((col, c) => {
    const i = keys.findIndex((k, j) => !used.has(j) && k === OFFICIAL_KEYS[c]);
    index[col.id] = i;
    if (i >= 0) used.add(i);
  });
  return {
    index,
    missing: MODEL_COLUMNS.filter((c) => index[c.id] < 0).map((c) => c.id),
    extra: keys.map((_, j) => j).filter((j) => !used.has(j)),
  };
}

/** True when the header has exactly the official columns in the official order (what a fresh template has). */
export function hasOfficialColumns(match: ColumnMatch, columnCount: number): boolean {
  return columnCount === MODEL_COLUMNS.length && MODEL_COLUMNS.every((c, i) => match.index[c.id] === i);
}

/** True when a row has nothing written in its data columns (the empty template's row). Zero-width spaces count as blank. */
export function isBlankRow(row: ModelRow): boolean {
  return DATA_COLUMNS.every((id) => isBlank(row[id]));
}

/** A body row read from the document: its TT cell ('' without a TT column) and its written cells. */
export interface ReadRow {
  tt: string;
  cells: ModelRow;
}

/** The body rows of a table (header separate), read by header; missing columns and short rows read as ''. */
export function readRows(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): ReadRow[] {
  const match = matchColumns(header);
  const at = (row: readonly (string | null | undefined)[], i: number): string => (i >= 0 ? (row[i] ?? '') : '');
  return rows.map((row) => {
    const cells = emptyModelRow();
    for (const id of DATA_COLUMNS) cells[id] = at(row, match.index[id]);
    return { tt: at(row, match.index.tt), cells };
  });
}

/** The body rows as model rows, read by header. */
export function modelRows(table: { header: readonly string[]; rows: readonly (readonly string[])[] }): ModelRow[] {
  return readRows(table.header, table.rows).map((r) => r.cells);
}

/** The rows that count: trailing blank rows dropped (the empty template ships one blank row numbered 1). */
export function withoutTrailingBlankRows<T>(rows: readonly T[], cellsOf: (row: T) => ModelRow): T[] {
  let end = rows.length;
  while (end > 0 && isBlankRow(cellsOf(rows[end - 1]))) end--;
  return rows.slice(0, end);
}

/** The table's rows as the form and the hosts hand them out: the empty template's single blank row reads as none. */
export function tableRowsOf(table: { header: readonly string[]; rows: readonly (readonly string[])[] }): ModelRow[] {
  const rows = modelRows(table);
  return rows.length === 1 && isBlankRow(rows[0]) ? [] : rows;
}

/**
 * Check rows given to a host before anything touches the document: an array of objects whose data columns are
 * strings (or absent = ''). Returns NFC copies. Throws AppError('host.invalidRow', { row }) with a 1-based row
 * number (0 when `rows` is not an array).
 */
export function validateRows(rows: unknown): ModelRow[] {
  if (!Array.isArray(rows)) throw new AppError('host.invalidRow', { row: 0 });
  return rows.map((row, i) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new AppError('host.invalidRow', { row: i + 1 });
    const out = emptyModelRow();
    for (const id of DATA_COLUMNS) {
      const value = (row as Record<string, unknown>)[id];
      if (value === undefined || value === null) out[id] = '';
      else if (typeof value === 'string') out[id] = value.normalize('NFC');
      else throw new AppError('host.invalidRow', { row: i + 1 });
    }
    return out;
  });
}

/**
 * The cell values of body row `n` (0-based) laid out in the document's column order: TT numbered n + 1, written
 * columns where the header put them, other columns keep `keep` (or '').
 */
export function rowValues(row: ModelRow, n: number, match: ColumnMatch, columnCount: number, keep?: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = 0; j < columnCount; j++) out.push(keep?.[j] ?? '');
  if (match.index.tt >= 0) out[match.index.tt] = String(n + 1);
  for (const id of DATA_COLUMNS) if (match.index[id] >= 0) out[match.index[id]] = row[id] ?? '';
  return out;
}
