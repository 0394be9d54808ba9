/**
 * File mode's working copy in the browser (IndexedDB), so no work is lost to a reload, a closed tab or a crash:
 * the .docx as it is after each change, its file name and when it was saved. One copy per origin; it is
 * removed once the document has been downloaded or replaced on purpose. IndexedDB rather than localStorage: a report
 * with its photo is hundreds of kilobytes of binary (localStorage holds a few megabytes of strings).
 */
export interface WorkingCopy {
  bytes: Uint8Array;
  fileName: string;
  /** ISO 8601 instant of the save. */
  savedAt: string;
}

const DB_NAME = 'bao-cao-thanh-tich';
const STORE = 'workingCopy';
const KEY = 'current';

function idb(): IDBFactory | null {
  return typeof indexedDB === 'undefined' ? null : indexedDB;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const factory = idb();
  if (!factory) return null;
  const db = await openDb(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

export async function saveWorkingCopy(copy: WorkingCopy): Promise<void> {
  // Stored as an ArrayBuffer copy: the caller's buffer may change later.
  const record = { bytes: copy.bytes.slice().buffer, fileName: copy.fileName, savedAt: copy.savedAt };
  await withStore('readwrite', (store) => store.put(record, KEY));
}

export async function loadWorkingCopy(): Promise<WorkingCopy | null> {
  const record = (await withStore('readonly', (store) => store.get(KEY))) as { bytes?: unknown; fileName?: unknown; savedAt?: unknown } | undefined | null;
  if (!record || !(record.bytes instanceof ArrayBuffer) || typeof record.fileName !== 'string' || typeof record.savedAt !== 'string') return null;
  return { bytes: new Uint8Array(record.bytes), fileName: record.fileName, savedAt: record.savedAt };
}

export async function clearWorkingCopy(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}
