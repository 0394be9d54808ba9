/**
 * Reading a .docx in a Web Worker before the pane opens it: the page never freezes on a crafted file,
 * shows what it is reading with a cancel button (FileReadProgress), and a file the reader refuses is refused with
 * the reader's message without ever being parsed on the page's thread. Where there is no Worker (tests under
 * jsdom), nothing is checked here and the file host reads it as before.
 */
import { AppError } from '../../core/errors';
import type { MessageKey } from '../../core/i18n/keys';

export interface FileReading {
  name: string;
  cancel(): void;
}

let current: FileReading | null = null;
const listeners = new Set<() => void>();

function set(value: FileReading | null): void {
  current = value;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: the file being read now, or null. */
export const fileReading = {
  get: (): FileReading | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Reads `bytes` in a worker. Resolves when the reader accepts the file; rejects with the reader's AppError, or
 * ui.file.cancelled when the person cancels.
 */
export async function readInWorker(bytes: Uint8Array, name: string): Promise<void> {
  if (typeof Worker === 'undefined') return;
  const { createReadWorker } = await import(/* webpackChunkName: "readworker-client" */ './readWorkerClient');
  const worker = createReadWorker();
  try {
    await new Promise<void>((resolve, reject) => {
      set({ name, cancel: () => reject(new AppError('ui.file.cancelled', { name })) });
      worker.onmessage = (event: MessageEvent<{ ok?: boolean; error?: { messageKey: MessageKey; params?: Record<string, string | number> } }>) => {
        if (event.data.ok) resolve();
        else reject(new AppError(event.data.error?.messageKey ?? 'ui.error.unexpected', event.data.error?.params ?? {}));
      };
      worker.onerror = (event) => reject(new AppError('ui.file.readFailed', { name }, event));
      // A copy is sent: the page keeps its bytes for the file host.
      worker.postMessage({ bytes });
    });
  } finally {
    worker.terminate();
    set(null);
  }
}
