/**
 * The models table form's rows and their draft.
 *
 * Rows are edited in the pane and written to the document only on "Ghi vào tài liệu". Until then they are kept
 * as a draft in localStorage so a reload of the pane (Word reloads it when it is closed and reopened) loses nothing.
 *
 * Draft identity: one storage entry (`DRAFTS_KEY`) holds a small map of drafts keyed per document by
 * `documentKey()`: the template kind plus a hash of the subject's name as written in the document (hoTen or
 * tenTapThe, cleaned and NFC). A draft therefore returns only to the document it was made for; two empty
 * documents of one kind share a slot, which is harmless (the notice says a draft was restored and offers to
 * discard it). At most `MAX_DRAFTS` drafts are kept, the oldest dropped first. A successful write clears the entry.
 */
import { meaningfulRows, modelsTable, resolveConfig, type Finding } from '../../../core/rules';
import { emptySnapshot, type DocumentSnapshot } from '../../../core/snapshot';
import { DATA_COLUMNS, emptyModelRow, FIELD, subjectName, isBlankRow, MODEL_COLUMNS, rowValues, matchColumns, type DataColumnId, type ModelRow, type TemplateKind } from '../../../core/template';

export type TextColumnId = DataColumnId;

/** The five columns the person writes, in the template's order. */
export const TEXT_COLUMNS: readonly TextColumnId[] = DATA_COLUMNS;

/** A row in the form: the cells plus a stable key for React and focus. */
export interface FormRow {
  key: string;
  cells: ModelRow;
}

let keySeq = 0;
function nextKey(): string {
  keySeq += 1;
  return `r${keySeq}`;
}

export function emptyCells(): ModelRow {
  return emptyModelRow();
}

/** Rows from plain cells (a document's table or a draft); unknown or missing cells become ''. */
export function toFormRows(rows: readonly Partial<Record<string, unknown>>[]): FormRow[] {
  return rows.map((row) => {
    const cells = emptyCells();
    for (const id of TEXT_COLUMNS) {
      const value = row?.[id];
      cells[id] = typeof value === 'string' ? value : '';
    }
    return { key: nextKey(), cells };
  });
}

export function toModelRows(rows: readonly FormRow[]): ModelRow[] {
  return rows.map((r) => ({ ...r.cells }));
}

/** Table rows of a snapshot (read by header) as form rows; trailing empty rows dropped as the rule does. */
export function rowsFromSnapshot(snapshot: DocumentSnapshot): FormRow[] {
  if (!snapshot.table) return [];
  return toFormRows(meaningfulRows(snapshot.table).map((r) => r.cells));
}

export function addRow(rows: readonly FormRow[]): FormRow[] {
  return [...rows, { key: nextKey(), cells: emptyCells() }];
}

export function updateCell(rows: readonly FormRow[], index: number, column: TextColumnId, value: string): FormRow[] {
  return rows.map((r, i) => (i === index ? { ...r, cells: { ...r.cells, [column]: value } } : r));
}

export interface Removed {
  row: FormRow;
  index: number;
}

export function removeRow(rows: readonly FormRow[], index: number): { rows: FormRow[]; removed: Removed | null } {
  if (index < 0 || index >= rows.length) return { rows: [...rows], removed: null };
  return { rows: rows.filter((_, i) => i !== index), removed: { row: rows[index], index } };
}

/** Undo a removal: the row goes back where it was (or at the end when the table has since become shorter). */
export function restoreRow(rows: readonly FormRow[], removed: Removed): FormRow[] {
  if (rows.some((r) => r.key === removed.row.key)) return [...rows];
  const at = Math.min(Math.max(0, removed.index), rows.length);
  return [...rows.slice(0, at), removed.row, ...rows.slice(at)];
}

/** Move a row from one position to another; out-of-range moves change nothing. */
export function moveRow(rows: readonly FormRow[], from: number, to: number): FormRow[] {
  if (from < 0 || from >= rows.length || to < 0 || to >= rows.length || from === to) return [...rows];
  const out = [...rows];
  const [row] = out.splice(from, 1);
  out.splice(to, 0, row);
  return out;
}

export function isEmptyRow(row: FormRow): boolean {
  return isBlankRow(row.cells);
}

/** Same rows, same text (order matters). */
export function sameRows(a: readonly FormRow[], b: readonly FormRow[]): boolean {
  return a.length === b.length && a.every((r, i) => TEXT_COLUMNS.every((id) => r.cells[id] === b[i].cells[id]));
}

/**
 * What models.table would say about these rows once written: the very rule run on a snapshot holding them
 * (TT numbered 1..n as the host writes it). Findings carry `target.tableRow` and `target.column`.
 */
export function validateRows(rows: readonly FormRow[], kind: TemplateKind): Finding[] {
  const header = MODEL_COLUMNS.map((c) => c.header);
  const match = matchColumns(header);
  const snapshot: DocumentSnapshot = {
    ...emptySnapshot(),
    template: { id: kind, version: '1.0' },
    fields: { [FIELD.models]: { id: FIELD.models, text: '', showingPlaceholder: false } },
    table: { header, rows: rows.map((r, i) => rowValues(r.cells, i, match, header.length)) },
  };
  return modelsTable(snapshot, resolveConfig()).filter((f) => f.severity === 'error');
}

/** Findings for one cell (`column`) or for the row as a whole (no column). */
export function findingsAt(findings: readonly Finding[], row: number, column?: TextColumnId): Finding[] {
  return findings.filter((f) => f.target?.tableRow === row && f.target?.column === column);
}

// ---- Draft storage ----

export const DRAFTS_KEY = 'bctt.modelsDrafts.v1';
export const MAX_DRAFTS = 5;

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export interface Draft {
  rows: ModelRow[];
  /** ISO instant of the last edit. */
  savedAt: string;
}

/** FNV-1a, 32 bits, hex: a short, stable, non-cryptographic hash. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The document's draft key: template kind + hash of the subject's name (see the module comment). */
export function documentKey(snapshot: DocumentSnapshot): string | null {
  const kind = snapshot.template?.id;
  if (!kind) return null;
  const name = subjectName(snapshot, kind).normalize('NFC').replace(/\s+/g, ' ').trim();
  return `${kind}:${hashText(name)}`;
}

function readAll(storage: DraftStorage): Record<string, Draft> {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFTS_KEY);
  } catch {
    return {};
  }
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, Draft> = {};
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const d = value as Partial<Draft> | null;
      if (!d || !Array.isArray(d.rows) || typeof d.savedAt !== 'string') continue;
      out[key] = { rows: toModelRows(toFormRows(d.rows as Partial<Record<string, unknown>>[])), savedAt: d.savedAt };
    }
    return out;
  } catch {
    return {};
  }
}

function writeAll(storage: DraftStorage, drafts: Record<string, Draft>): void {
  try {
    if (Object.keys(drafts).length === 0 && storage.removeItem) storage.removeItem(DRAFTS_KEY);
    else storage.setItem(DRAFTS_KEY, JSON.stringify(drafts));
  } catch {
    // Storage full or forbidden: the draft is a convenience; the form keeps working.
  }
}

export function loadDraft(storage: DraftStorage, docKey: string): Draft | null {
  return readAll(storage)[docKey] ?? null;
}

export function saveDraft(storage: DraftStorage, docKey: string, rows: readonly FormRow[], now: Date = new Date()): void {
  const all = readAll(storage);
  all[docKey] = { rows: toModelRows(rows), savedAt: now.toISOString() };
  const kept = Object.entries(all)
    .sort((a, b) => b[1].savedAt.localeCompare(a[1].savedAt))
    .slice(0, MAX_DRAFTS);
  writeAll(storage, Object.fromEntries(kept));
}

export function clearDraft(storage: DraftStorage, docKey: string): void {
  const all = readAll(storage);
  if (!(docKey in all)) return;
  delete all[docKey];
  writeAll(storage, all);
}

/** localStorage when usable, else a memory map (locked-down webviews throw on access). */
export function draftStorage(): DraftStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    // fall through
  }
  const memory = new Map<string, string>();
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

/** What "Ghi vào tài liệu" writes: every row but trailing empty cards (the rule ignores them too), text in NFC. */
export function rowsToWrite(rows: readonly FormRow[]): ModelRow[] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1])) end--;
  return rows.slice(0, end).map((r) => {
    const cells = emptyCells();
    for (const id of TEXT_COLUMNS) cells[id] = r.cells[id].normalize('NFC');
    return cells;
  });
}
