/**
 * OfficeEnv: the few Office globals WordHost uses, injected so tests (office-addin-mock) and the benchmark
 * can stand in for Word. `defaultOfficeEnv()` binds the real globals through ./office.ts.
 */
import { officeEnv } from './officeEnv';

/** The part of `Office.context.document` used for file bytes and selection events. */
export interface OfficeDocumentLike {
  getFileAsync(
    fileType: Office.FileType | string,
    options: { sliceSize?: number },
    callback: (result: Office.AsyncResult<Office.File>) => void,
  ): void;
  addHandlerAsync(eventType: Office.EventType | string, handler: (event: unknown) => void, callback?: (result: Office.AsyncResult<void>) => void): void;
  removeHandlerAsync(
    eventType: Office.EventType | string,
    options: { handler: (event: unknown) => void },
    callback?: (result: Office.AsyncResult<void>) => void,
  ): void;
}

export interface OfficeEnv {
  /** `Word.run`. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Word.run(context, batch)`: a new batch on an earlier context (tracked objects, event removal). */
  runOn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.platform` ('PC', 'Mac', 'OfficeOnline', 'iOS', …), when known. */
  platform?: string;
  /** `Office.context.document.settings`: the add-in's settings stored in the document. */
  settings?: { set(name: string, value: unknown): void; saveAsync(callback?: (result: { status: unknown }) => void): void };
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion: string): boolean;
  /** `Office.context.document`. */
  document: OfficeDocumentLike;
}

/** The real Office globals (see ./office.ts, the one reader of them). Call after Office.onReady. */
export function defaultOfficeEnv(): OfficeEnv {
  return officeEnv();
}

/** Office enum values as strings, so this code runs without the Office global (they equal the enum values). */
export const FILE_TYPE_COMPRESSED = 'compressed';
export const SELECTION_CHANGED_EVENT = 'documentSelectionChanged';
export const ASYNC_FAILED = 'failed';
