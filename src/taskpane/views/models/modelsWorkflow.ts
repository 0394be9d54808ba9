/**
 * The models table form's workflow, outside React: the rows being edited (a draft kept in storage until written),
 * add / edit / move / remove with undo, "Ghi vào tài liệu" (write) and "Lấy lại từ tài liệu" (load, confirmed when it
 * would throw away edits), which cells show their validation, and where the focus should go next. ModelsView renders
 * `state` through useModelsWorkflow; tests drive a `ModelsWorkflow` directly without rendering.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { DocumentHost } from '../../../core/host';
import type { Finding } from '../../../core/rules';
import type { DocumentSnapshot } from '../../../core/snapshot';
import type { TemplateKind } from '../../../core/template';
import {
  addRow,
  clearDraft,
  documentKey,
  findingsAt,
  loadDraft,
  moveRow,
  removeRow,
  restoreRow,
  rowsFromSnapshot,
  rowsToWrite,
  sameRows,
  saveDraft,
  toFormRows,
  updateCell,
  validateRows,
  type DraftStorage,
  type FormRow,
  type Removed,
  type TextColumnId,
} from './modelsDraft';

export type ModelsNotice =
  | { kind: 'restored' }
  | { kind: 'written'; rows: number }
  | { kind: 'loaded'; rows: number }
  | { kind: 'removed'; removed: Removed };

/** Where the view should put the focus after a change: a card's move button (or its title). */
export interface FocusRequest {
  key: string;
  button: 'up' | 'down' | 'title';
}

/** A short status for screen readers, as a message key. */
export type ModelsStatus = { key: 'forms.models.moved' | 'forms.models.removed'; n: number } | null;

export interface ModelsState {
  rows: FormRow[];
  /** Edits not yet written to the document. */
  dirty: boolean;
  notice: ModelsNotice | null;
  /** "Load from the document" was asked while there are edits: waiting for a confirmation. */
  confirmLoad: boolean;
  /** After a write: every cell shows its validation, touched or not. */
  showAll: boolean;
  /** Cells the person left ("rowKey:column"). */
  touched: ReadonlySet<string>;
  status: ModelsStatus;
  busy: boolean;
  error: AppError | null;
  focus: FocusRequest | null;
}

export interface ModelsDeps {
  host: DocumentHost;
  kind: TemplateKind;
  storage: DraftStorage;
  /** A fresh check after the document changed. */
  refresh: () => Promise<unknown>;
  now?: () => Date;
}

/** One empty card when the document has no row yet: the person can start typing at once. */
function atLeastOne(rows: FormRow[]): FormRow[] {
  return rows.length > 0 ? rows : addRow([]);
}

function toAppError(e: unknown): AppError {
  return isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e);
}

export class ModelsWorkflow {
  private current: ModelsState;
  private readonly listeners = new Set<() => void>();
  /** The draft stays under the key of the document as it was when the form opened. */
  readonly docKey: string | null;

  constructor(
    private deps: ModelsDeps,
    snapshot: DocumentSnapshot,
  ) {
    this.docKey = documentKey(snapshot);
    const fromDoc = rowsFromSnapshot(snapshot);
    const draft = this.docKey ? loadDraft(deps.storage, this.docKey) : null;
    let start: Pick<ModelsState, 'rows' | 'dirty' | 'notice'> = { rows: atLeastOne(fromDoc), dirty: false, notice: null };
    if (draft) {
      const drafted = toFormRows(draft.rows);
      if (!sameRows(drafted, fromDoc)) start = { rows: drafted, dirty: true, notice: { kind: 'restored' } };
      else clearDraft(deps.storage, this.docKey!);
    }
    this.current = { ...start, confirmLoad: false, showAll: false, touched: new Set(), status: null, busy: false, error: null, focus: null };
  }

  get state(): ModelsState {
    return this.current;
  }

  readonly getState = (): ModelsState => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  update(deps: ModelsDeps): void {
    this.deps = deps;
  }

  private set(patch: Partial<ModelsState>): void {
    this.current = { ...this.current, ...patch };
    if (this.current.dirty && this.docKey && 'rows' in patch) saveDraft(this.deps.storage, this.docKey, this.current.rows, this.deps.now?.());
    for (const listener of [...this.listeners]) listener();
  }

  private edit(rows: FormRow[], patch: Partial<ModelsState> = {}): void {
    this.set({ rows, dirty: true, confirmLoad: false, ...patch });
  }

  /** The rows' problems (the models.table rule, per row and cell). */
  findings(): Finding[] {
    return validateRows(this.current.rows, this.deps.kind);
  }

  /** The message to show under a cell: only once the cell was left, or after a write. */
  cellFindings(findings: readonly Finding[], index: number, column: TextColumnId): Finding[] {
    const row = this.current.rows[index];
    if (!row || (!this.current.showAll && !this.current.touched.has(`${row.key}:${column}`))) return [];
    return findingsAt(findings, index, column);
  }

  setCell(index: number, column: TextColumnId, value: string): void {
    this.edit(updateCell(this.current.rows, index, column, value));
  }

  touch(index: number, column: TextColumnId): void {
    const row = this.current.rows[index];
    if (!row) return;
    this.set({ touched: new Set(this.current.touched).add(`${row.key}:${column}`) });
  }

  add(): void {
    const next = addRow(this.current.rows);
    this.edit(next, { notice: null, focus: { key: next[next.length - 1].key, button: 'title' } });
  }

  move(index: number, to: number): void {
    const row = this.current.rows[index];
    if (!row || to < 0 || to >= this.current.rows.length) return;
    this.edit(moveRow(this.current.rows, index, to), {
      notice: null,
      status: { key: 'forms.models.moved', n: to + 1 },
      focus: { key: row.key, button: to < index ? 'up' : 'down' },
    });
  }

  remove(index: number): void {
    const out = removeRow(this.current.rows, index);
    if (!out.removed) return;
    const neighbour = out.rows[Math.min(index, out.rows.length - 1)];
    this.edit(out.rows, {
      notice: { kind: 'removed', removed: out.removed },
      status: { key: 'forms.models.removed', n: index + 1 },
      focus: neighbour ? { key: neighbour.key, button: 'title' } : null,
    });
  }

  undo(removed: Removed): void {
    this.edit(restoreRow(this.current.rows, removed), { notice: null, status: null, focus: { key: removed.row.key, button: 'title' } });
  }

  /** The view moved the focus as asked. */
  focusDone(): void {
    if (this.current.focus) this.current = { ...this.current, focus: null };
  }

  clearError(): void {
    this.set({ error: null });
  }

  cancelLoad(): void {
    this.set({ confirmLoad: false });
  }

  private async run<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    this.set({ busy: true, error: null });
    try {
      const value = await action();
      await this.deps.refresh();
      return { ok: true, value };
    } catch (e) {
      this.set({ error: toAppError(e) });
      return { ok: false };
    } finally {
      this.set({ busy: false });
    }
  }

  /** "Ghi vào tài liệu": the non-empty rows, TT renumbered by the host; the draft is cleared once written. */
  async write(): Promise<void> {
    this.set({ showAll: true });
    const rows = rowsToWrite(this.current.rows);
    const out = await this.run(() => this.deps.host.writeTable(rows));
    if (!out.ok) return;
    if (this.docKey) clearDraft(this.deps.storage, this.docKey);
    this.set({ dirty: false, notice: { kind: 'written', rows: rows.length } });
  }

  /** "Lấy lại từ tài liệu": asks first when there are edits, unless `confirmed`. */
  async load(confirmed = false): Promise<void> {
    if (this.current.dirty && !confirmed) {
      this.set({ confirmLoad: true });
      return;
    }
    this.set({ confirmLoad: false });
    const out = await this.run(() => this.deps.host.readTable());
    if (!out.ok) return;
    if (this.docKey) clearDraft(this.deps.storage, this.docKey);
    this.set({
      rows: atLeastOne(toFormRows(out.value)),
      dirty: false,
      touched: new Set(),
      showAll: false,
      notice: { kind: 'loaded', rows: out.value.length },
    });
  }
}
