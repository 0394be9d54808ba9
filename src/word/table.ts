/** The models/projects table as data: header matching, reading rows, validating and laying out rows to write. */
import { AppError } from '../core/errors';
import type { ModelRow } from '../core/host';
import { MODEL_COLUMNS, type ColumnId } from '../core/template';

export type DataColumnId = Exclude<ColumnId, 'tt'>;
export const DATA_COLUMNS: DataColumnId[] = MODEL_COLUMNS.map((c) => c.id).filter((id): id is DataColumnId => id !== 'tt');

function headerKey(text: string): string {
  return text.normalize('NFC').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface ColumnMatch {
  /** Document column index of each official column, or -1 when missing. */
  index: Record<ColumnId, number>;
  missing: ColumnId[];
  /** Document columns that are not official ones. */
  extra: number[];
}

/** Match the document's header cells to the official columns, by text (NFC, spacing and case ignored). */
export function matchColumns(header: string[]): ColumnMatch {
  const keys = header.map(headerKey);
  const index = {} as Record<ColumnId, number>;
  const used = new Set<number>();
  for (const col of MODEL_COLUMNS) {
    const i = keys.findIndex((k, j) => !used.has(j) && k === headerKey(col.header));
    index[col.id] = i;
    if (i >= 0) used.add(i);
  }
  return {
    index,
    missing: MODEL_COLUMNS.filter((c) => index[c.id] < 0).map((c) => c.id),
    extra: keys.map((_, j) => j).filter((j) => !used.has(j)),
  };
}

/** Cell text as the rules and the form see it: Word's paragraph marks (\r) become "\n". */
export function cellText(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?|\u000b/g, '\n');
}

/** Body rows (header excluded) as form rows; missing columns read as ''. */
export function rowsFromValues(values: string[][]): ModelRow[] {
  if (values.length === 0) return [];
  const match = matchColumns(values[0].map(cellText));
  return values.slice(1).map((row) => {
    const out = {} as ModelRow;
    for (const id of DATA_COLUMNS) out[id] = match.index[id] >= 0 ? cellText(row[match.index[id]]) : '';
    return out;
  });
}

/** True when a body row has nothing written in its data columns (the empty template row). */
export function isBlankRow(row: ModelRow): boolean {
  return DATA_COLUMNS.every((id) => row[id].trim() === '');
}

/**
 * Check every row before anything touches the document: an object whose data columns are strings (or absent = '').
 * Returns NFC copies. Throws AppError('word.invalidRow', { row }) with a 1-based row number.
 */
export function validateRows(rows: unknown): ModelRow[] {
  if (!Array.isArray(rows)) throw new AppError('word.invalidRow', { row: 0 });
  return rows.map((row, i) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new AppError('word.invalidRow', { row: i + 1 });
    const out = {} as ModelRow;
    for (const id of DATA_COLUMNS) {
      const value = (row as Record<string, unknown>)[id];
      if (value === undefined || value === null) out[id] = '';
      else if (typeof value === 'string') out[id] = value.normalize('NFC');
      else throw new AppError('word.invalidRow', { row: i + 1 });
    }
    return out;
  });
}

/** The cell values of body row `n` (0-based) laid out in the document's column order; extra columns keep `keep` or ''. */
export function rowValues(row: ModelRow, n: number, match: ColumnMatch, columnCount: number, keep?: string[]): string[] {
  const out: string[] = [];
  for (let j = 0; j < columnCount; j++) out.push(keep?.[j] ?? '');
  if (match.index.tt >= 0) out[match.index.tt] = String(n + 1);
  for (const id of DATA_COLUMNS) if (match.index[id] >= 0) out[match.index[id]] = row[id];
  return out;
}
