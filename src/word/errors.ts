/**
 * Every failure of the Word host is an AppError with a `word.*` message key (Vietnamese and English in
 * src/core/i18n/catalogs/word.ts) and the original error kept as `cause` for "details".
 */
import { AppError, isAppError, type MessageKey } from '../core/errors';
import './messages';

/** OfficeExtension.Error codes we name; anything else becomes `word.unknown` with the code as a parameter. */
const CODE_KEYS: Record<string, MessageKey> = {
  GeneralException: 'word.general',
  ItemNotFound: 'word.itemNotFound',
  AccessDenied: 'word.accessDenied',
  InvalidArgument: 'host.invalidArgument',
  InvalidRequest: 'word.invalidRequest',
  ApiNotFound: 'word.apiNotFound',
  NotImplemented: 'word.apiNotFound',
  // Word on the web answers NotAllowed for what it does not support (office-js #785, #53, #3434, #2829).
  NotAllowed: 'word.notAllowed',
  ActivityLimitReached: 'word.busy',
  RequestPayloadSizeLimitExceeded: 'word.tooLarge',
  InvalidObjectPath: 'word.stale',
};

/** The `code` of an OfficeExtension.Error (or an Office.Error from the common API), if any. */
export function officeErrorCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code) return code;
    if (typeof code === 'number') return String(code);
  }
  return null;
}

/** Wrap anything thrown by Word (or by our code) into a localised AppError; AppErrors pass through unchanged. */
export function toWordError(error: unknown, operation: string): AppError {
  if (isAppError(error)) return error;
  const code = officeErrorCode(error);
  const key: MessageKey = code ? CODE_KEYS[code] ?? 'word.unknown' : 'word.unknown';
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(key, { operation, code: code ?? '-', message }, error);
}

/** Run `fn`, turning whatever it throws into a `word.*` AppError. */
export async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toWordError(error, operation);
  }
}

/** The error for a capability the running Word does not have. */
export function unsupported(set: string, feature: string): AppError {
  return new AppError('word.unsupported', { set, feature });
}
