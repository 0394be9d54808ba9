/**
 * A DocumentHost double for the form views: an in-memory snapshot that the write methods change, a log of
 * every call with its arguments (exactly as received), and optional failures.
 */
import type { DocumentHost, HostCapabilities, ModelRow } from '../../../../src/core/host';
import type { FixDescriptor } from '../../../../src/core/rules/types';
import { toUpperVi } from '../../../../src/core/text';
import { emptySnapshot, type DocumentSnapshot, type SendRecord } from '../../../../src/core/snapshot';
import { MODEL_COLUMNS, TEMPLATES, type TemplateKind } from '../../../../src/core/template';

export type Call = { method: string; args: unknown[] };

/** A freshly inserted template: every field showing its placeholder, the table with one empty row. */
export function templateSnapshot(kind: TemplateKind, fill: Record<string, string> = {}): DocumentSnapshot {
  const snapshot = emptySnapshot();
  snapshot.template = { id: kind, version: '1.0' };
  for (const spec of TEMPLATES[kind].fields) {
    const text = fill[spec.id] ?? '';
    snapshot.fields[spec.id] = { id: spec.id, text, showingPlaceholder: text === '', ...(spec.kind === 'picture' ? { picture: null } : {}) };
  }
  snapshot.table = { header: MODEL_COLUMNS.map((c) => c.header), rows: [MODEL_COLUMNS.map(() => '')] };
  return snapshot;
}

export class FakeHost implements DocumentHost {
  readonly capabilities: HostCapabilities = { kind: 'file', insertModes: ['newDocument'], layoutPages: false, liveEvents: false, fixes: [] };
  calls: Call[] = [];
  /** Method name -> error thrown by the next call of that method. */
  failNext: Record<string, unknown> = {};
  private listeners = new Set<() => void>();

  constructor(public doc: DocumentSnapshot) {}

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

  async insertTemplate(): Promise<void> {
    this.log('insertTemplate');
  }
  async snapshot(): Promise<DocumentSnapshot> {
    this.calls.push({ method: 'snapshot', args: [] });
    return JSON.parse(JSON.stringify(this.doc)) as DocumentSnapshot;
  }
  async goTo(): Promise<void> {
    this.log('goTo');
  }
  async applyFix(fix: FixDescriptor): Promise<void> {
    this.log('applyFix', fix);
    if (fix.kind === 'uppercaseName') {
      const field = this.doc.fields[fix.fieldId];
      if (field && !field.showingPlaceholder) field.text = toUpperVi(field.text.normalize('NFC'));
    }
  }
  async setField(fieldId: string, value: string): Promise<void> {
    this.log('setField', fieldId, value);
    this.doc.fields[fieldId] = { ...this.doc.fields[fieldId], id: fieldId, text: value, showingPlaceholder: value === '' };
  }
  async setPhoto(bytes: Uint8Array): Promise<void> {
    this.log('setPhoto', bytes);
    this.doc.fields.anh = { id: 'anh', text: '', showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 2160000 } };
  }
  async readTable(): Promise<ModelRow[]> {
    this.log('readTable');
    const rows = this.doc.table?.rows ?? [];
    return rows
      .filter((r) => r.slice(1).some((c) => c.trim() !== ''))
      .map((r) => ({ ten: r[1] ?? '', donVi: r[2] ?? '', moTa: r[3] ?? '', loTrinh: r[4] ?? '', ketQua: r[5] ?? '' }));
  }
  async writeTable(rows: ModelRow[]): Promise<void> {
    this.log('writeTable', rows);
    this.doc.table = {
      header: MODEL_COLUMNS.map((c) => c.header),
      rows: rows.map((r, i) => [String(i + 1), r.ten, r.donVi, r.moTa, r.loTrinh, r.ketQua]),
    };
  }
  async insertSummarySkeleton(headings: string[]): Promise<void> {
    this.log('insertSummarySkeleton', headings);
    const text = [this.doc.fields.tomTat?.text ?? '', ...headings].filter(Boolean).join('\n');
    this.doc.fields.tomTat = { id: 'tomTat', text, showingPlaceholder: false, paragraphs: text.split('\n') };
  }
  async fileBytes(): Promise<Uint8Array> {
    this.log('fileBytes');
    return new Uint8Array([0x50, 0x4b, 3, 4]);
  }
  async recordSend(record: SendRecord): Promise<void> {
    this.log('recordSend', record);
    this.doc.sendHistory.push(record);
  }
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emitChange(): void {
    for (const l of this.listeners) l();
  }
}
