/**
 * A DocumentHost over an in-memory DocumentSnapshot, for task-pane tests: every action is a jest.fn, the snapshot can
 * be replaced, and `emitChange()` plays the document's change events.
 */
import type { DocumentHost, HostCapabilities, InsertMode, ModelRow } from '../../../src/core/host';
import { FIX_KINDS, type FindingTarget, type FixDescriptor } from '../../../src/core/rules/types';
import { emptySnapshot, type DocumentSnapshot, type SendRecord } from '../../../src/core/snapshot';
import type { TemplateKind } from '../../../src/core/template/types';

export interface FakeHost extends DocumentHost {
  current: DocumentSnapshot;
  /** Replace the document; with `notify` (default) the change listeners are called. */
  setSnapshot(next: DocumentSnapshot, notify?: boolean): void;
  emitChange(): void;
  listenerCount(): number;
  insertTemplate: jest.Mock<Promise<void>, [TemplateKind, InsertMode, { overwrite?: boolean }?]>;
  snapshot: jest.Mock<Promise<DocumentSnapshot>, []>;
  goTo: jest.Mock<Promise<void>, [FindingTarget]>;
  applyFix: jest.Mock<Promise<void>, [FixDescriptor]>;
  setField: jest.Mock<Promise<void>, [string, string]>;
  setPhoto: jest.Mock<Promise<void>, [Uint8Array]>;
  readTable: jest.Mock<Promise<ModelRow[]>, []>;
  writeTable: jest.Mock<Promise<void>, [ModelRow[]]>;
  insertSummarySkeleton: jest.Mock<Promise<void>, [string[]]>;
  fileBytes: jest.Mock<Promise<Uint8Array>, []>;
  recordSend: jest.Mock<Promise<void>, [SendRecord]>;
}

export const ALL_FIXES: FixDescriptor['kind'][] = [...FIX_KINDS];

export function fakeHost(initial: DocumentSnapshot = emptySnapshot(), capabilities: Partial<HostCapabilities> = {}): FakeHost {
  const listeners = new Set<() => void>();
  const host = {} as FakeHost;
  Object.assign(host, {
    current: initial,
    capabilities: {
      kind: 'word',
      insertModes: ['newDocument', 'here'],
      layoutPages: true,
      liveEvents: true,
      fixes: ALL_FIXES,
      ...capabilities,
    } as HostCapabilities,
    setSnapshot(next: DocumentSnapshot, notify = true) {
      host.current = next;
      if (notify) host.emitChange();
    },
    emitChange() {
      for (const l of [...listeners]) l();
    },
    listenerCount: () => listeners.size,
    insertTemplate: jest.fn(async () => undefined),
    snapshot: jest.fn(async () => host.current),
    goTo: jest.fn(async () => undefined),
    applyFix: jest.fn(async () => undefined),
    setField: jest.fn(async () => undefined),
    setPhoto: jest.fn(async () => undefined),
    readTable: jest.fn(async () => []),
    writeTable: jest.fn(async () => undefined),
    insertSummarySkeleton: jest.fn(async () => undefined),
    fileBytes: jest.fn(async () => new Uint8Array([0x50, 0x4b, 3, 4])),
    recordSend: jest.fn(async () => undefined),
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  });
  return host;
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
