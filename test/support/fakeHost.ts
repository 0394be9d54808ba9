/**
 * The one test double of DocumentHost (DESIGN.md §5.9): a document held as a DocumentSnapshot that the write
 * methods change the way the real hosts change a document, with the same refusals (host.* keys). It passes the
 * host contract suite (test/host/contract.test.ts) alongside WordHost and FileHost.
 *
 * For the task pane's tests every method is a jest.fn (calls, `mockImplementation`), every call is also logged
 * with its arguments as received (`callsOf`), `failNext[method]` makes the next call of a method throw, and
 * `setSnapshot` / `emitChange` play the document's change events.
 */
import type { DocumentHost, HostCapabilities, InsertMode, ModelRow, RemovalConfirmer } from '../../src/core/host';
import { AppError } from '../../src/core/errors';
import { FIX_KINDS, type FindingTarget, type FixDescriptor } from '../../src/core/rules/types';
import { emptySnapshot, type DocumentSnapshot, type SendRecord } from '../../src/core/snapshot';
import {
  emptyModelRow,
  FIELD,
  MODEL_COLUMNS,
  fieldDisplayName,
  findFieldSpec,
  isTemplateKind,
  matchColumns,
  rowValues,
  tableRowsOf,
  TEMPLATES,
  templateOf,
  validateRows,
  type TemplateKind,
} from '../../src/core/template';
import { lostWords, toUpperVi } from '../../src/core/text';

export type Call = { method: string; args: unknown[] };

export const ALL_FIXES: FixDescriptor['kind'][] = [...FIX_KINDS];

/** A freshly inserted template: every field showing its placeholder, the table with one empty row. */
export function templateSnapshot(kind: TemplateKind, fill: Record<string, string> = {}): DocumentSnapshot {
  const snapshot = emptySnapshot();
  snapshot.template = { id: kind, version: TEMPLATES[kind].version };
  for (const spec of TEMPLATES[kind].fields) {
    const text = fill[spec.id] ?? '';
    snapshot.fields[spec.id] = { id: spec.id, text, showingPlaceholder: text === '', ...(spec.kind === 'picture' ? { picture: null } : {}) };
  }
  snapshot.table = { header: MODEL_COLUMNS.map((c) => c.header), rows: [MODEL_COLUMNS.map((c) => (c.id === 'tt' ? '1' : ''))] };
  return snapshot;
}

const FILE_CAPABILITIES: HostCapabilities = { kind: 'file', insertModes: ['newDocument'], layoutPages: false, liveEvents: false, fixes: [] };

type Mocked<F extends (...args: never[]) => unknown> = jest.Mock<ReturnType<F>, Parameters<F>>;

export class FakeHost implements DocumentHost {
  readonly capabilities: HostCapabilities;
  doc: DocumentSnapshot;
  calls: Call[] = [];
  /** Method name -> error thrown by the next call of that method. */
  failNext: Record<string, unknown> = {};
  /** Optional, as on DocumentHost: a test that needs the report's own quarter sets it (the task pane hides the picker without it). */
  setReportPeriod?: (label: string) => Promise<void>;
  private listeners = new Set<() => void>();
  private confirmRemoval: RemovalConfirmer | null = null;

  constructor(doc: DocumentSnapshot = emptySnapshot(), capabilities: Partial<HostCapabilities> = {}) {
    this.doc = doc;
    this.capabilities = { ...FILE_CAPABILITIES, ...capabilities };
  }

  /** The document as it is now (the same object the write methods change). */
  get current(): DocumentSnapshot {
    return this.doc;
  }

  private log(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failNext[method];
    if (failure !== undefined) {
      delete this.failNext[method];
      throw failure;
    }
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Replace the document; with `notify` (default) the change listeners are called. */
  setSnapshot(next: DocumentSnapshot, notify = true): void {
    this.doc = next;
    if (notify) this.emitChange();
  }

  emitChange(): void {
    for (const l of [...this.listeners]) l();
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  private field(fieldId: string) {
    const field = this.doc.fields[fieldId];
    if (!field) throw new AppError('host.fieldMissing', { field: fieldDisplayName(fieldId) });
    return field;
  }

  private changed(): void {
    this.doc = { ...this.doc };
  }

  insertTemplate: Mocked<DocumentHost['insertTemplate']> = jest.fn(async (kind: TemplateKind, mode: InsertMode, options?: { overwrite?: boolean }) => {
    this.log('insertTemplate', ...(options === undefined ? [kind, mode] : [kind, mode, options]));
    if (!isTemplateKind(kind)) throw new AppError('host.invalidArgument', { name: 'kind' });
    const written = Object.values(this.doc.fields).some((f) => !f.showingPlaceholder && (f.text.trim() !== '' || !!f.picture));
    if (!options?.overwrite && written) throw new AppError('host.notEmpty', { kind });
    this.doc = templateSnapshot(kind);
  });

  snapshot: Mocked<DocumentHost['snapshot']> = jest.fn(async () => {
    this.calls.push({ method: 'snapshot', args: [] });
    return JSON.parse(JSON.stringify(this.doc)) as DocumentSnapshot;
  });

  goTo: Mocked<DocumentHost['goTo']> = jest.fn(async (target: FindingTarget) => {
    this.log('goTo', target);
  });

  applyFix: Mocked<DocumentHost['applyFix']> = jest.fn(async (fix: FixDescriptor) => {
    this.log('applyFix', fix);
    switch (fix?.kind) {
      case 'uppercaseName': {
        const field = this.field(fix.fieldId);
        if (!field.showingPlaceholder) field.text = toUpperVi(field.text.normalize('NFC'));
        break;
      }
      case 'renumberTable': {
        const table = this.doc.table;
        if (!table) throw new AppError('host.tableMissing');
        const tt = matchColumns(table.header).index.tt;
        if (tt >= 0) table.rows = table.rows.map((row, i) => row.map((cell, c) => (c === tt ? String(i + 1) : cell)));
        break;
      }
      case 'restoreField': {
        const spec = findFieldSpec(fix.fieldId, templateOf(this.doc));
        if (!spec) throw new AppError('host.fieldMissing', { field: fix.fieldId });
        if (!this.doc.fields[spec.id]) this.doc.fields[spec.id] = { id: spec.id, text: '', showingPlaceholder: true };
        if (spec.id === FIELD.models && !this.doc.table) this.doc.table = templateSnapshot('individual').table;
        break;
      }
      case 'convertLegacy':
        if (fix.encoding !== 'tcvn3' && fix.encoding !== 'vni') throw new AppError('host.invalidArgument', { name: 'encoding' });
        break;
      case 'normalizeNfc':
      case 'applyPageSetup':
      case 'applyBodyFont':
        break;
      default:
        throw new AppError('host.fixUnsupported', { kind: String((fix as { kind?: unknown } | null)?.kind) });
    }
    this.changed();
  });

  setField: Mocked<DocumentHost['setField']> = jest.fn(async (fieldId: string, value: string) => {
    this.log('setField', fieldId, value);
    if (typeof value !== 'string' || typeof fieldId !== 'string') throw new AppError('host.invalidArgument', { name: 'value' });
    const spec = findFieldSpec(fieldId);
    if (spec && (spec.kind === 'picture' || spec.kind === 'table')) throw new AppError('host.editUnsupported', { field: fieldDisplayName(fieldId) });
    const field = this.field(fieldId);
    const text = value.normalize('NFC');
    this.doc.fields[fieldId] = { ...field, text, showingPlaceholder: text === '' };
    if (spec?.kind === 'richText') this.doc.fields[fieldId].paragraphs = text === '' ? [] : text.split('\n');
    this.changed();
  });

  setPhoto: Mocked<DocumentHost['setPhoto']> = jest.fn(async (bytes: Uint8Array) => {
    this.log('setPhoto', bytes);
    if (!this.doc.fields[FIELD.photo] && templateOf(this.doc) === 'collective') throw new AppError('host.photoNotInTemplate', { kind: 'collective' });
    this.field(FIELD.photo);
    this.doc.fields[FIELD.photo] = { id: FIELD.photo, text: '', showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 2160000 } };
    this.changed();
  });

  readTable: Mocked<DocumentHost['readTable']> = jest.fn(async () => {
    this.log('readTable');
    if (!this.doc.table) throw new AppError('host.tableMissing');
    return tableRowsOf(this.doc.table);
  });

  writeTable: Mocked<DocumentHost['writeTable']> = jest.fn(async (rows: ModelRow[]) => {
    this.log('writeTable', rows);
    const valid = validateRows(rows);
    const table = this.doc.table;
    if (!table) throw new AppError('host.tableMissing');
    const match = matchColumns(table.header);
    if (match.missing.length > 0) {
      throw new AppError('host.tableColumns', { missing: MODEL_COLUMNS.filter((c) => match.missing.includes(c.id)).map((c) => c.header).join(', ') });
    }
    const wanted = valid.length ? valid : [emptyModelRow()];
    const next = wanted.map((r, i) => rowValues(r, i, match, table.header.length));
    // The removal guard as the real hosts have it, once a confirmer is set (the pane's RemovalGuard sets one); without
    // one the double writes anyway, so view tests need not answer it (the real hosts refuse: host.wouldRemoveText).
    const words = (all: string[][]) => all.map((row) => row.filter((_, c) => c !== match.index.tt).join('\n')).join('\n');
    const removed = lostWords(words(table.rows), words(next));
    if (removed.length > 0 && this.confirmRemoval && !(await this.confirmRemoval(removed))) {
      throw new AppError('host.removalDeclined', { count: removed.length });
    }
    this.doc.table = { header: table.header, rows: next };
    this.changed();
  });

  setRemovalConfirmer(confirmer: RemovalConfirmer | null): void {
    this.confirmRemoval = confirmer;
  }

  insertSummarySkeleton: Mocked<DocumentHost['insertSummarySkeleton']> = jest.fn(async (headings: string[]) => {
    this.log('insertSummarySkeleton', headings);
    if (!Array.isArray(headings) || headings.some((h) => typeof h !== 'string')) throw new AppError('host.invalidArgument', { name: 'headings' });
    const lines = headings.map((h) => h.normalize('NFC').trim()).filter((h) => h !== '');
    if (lines.length === 0) return;
    const summary = this.field(FIELD.summary);
    const text = [summary.showingPlaceholder ? '' : summary.text, ...lines].filter(Boolean).join('\n');
    this.doc.fields[FIELD.summary] = { id: FIELD.summary, text, showingPlaceholder: false, paragraphs: text.split('\n') };
    this.changed();
  });

  fileBytes: Mocked<DocumentHost['fileBytes']> = jest.fn(async () => {
    this.log('fileBytes');
    return new Uint8Array([0x50, 0x4b, 3, 4]);
  });

  recordSend: Mocked<DocumentHost['recordSend']> = jest.fn(async (record: SendRecord) => {
    this.log('recordSend', record);
    this.doc.sendHistory = [...this.doc.sendHistory, record];
    this.changed();
  });

  onChange(listener: () => void): () => void {
    const own = (): void => listener();
    this.listeners.add(own);
    return () => {
      this.listeners.delete(own);
    };
  }
}

/** The fake as a Word host with every capability, for the shell's tests. */
export function fakeHost(initial: DocumentSnapshot = emptySnapshot(), capabilities: Partial<HostCapabilities> = {}): FakeHost {
  return new FakeHost(initial, { kind: 'word', insertModes: ['newDocument', 'here'], layoutPages: true, liveEvents: true, fixes: ALL_FIXES, ...capabilities });
}

/** A settings storage in memory. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}
