/**
 * One typed, localised error for the whole product (DESIGN.md §5.5).
 * `messageKey` is a key of the i18n catalogs (typed: see ./i18n/keys.ts); `params` fill its placeholders; `cause`
 * keeps the original error for "details". The command line's UsageError, the server's Refusal, UploadError and
 * ConfigError, and the Graph client's GraphNetworkError extend it.
 */
import type { MessageKey, MessageParams } from './i18n/keys';

export type { MessageKey, MessageParams };

export class AppError extends Error {
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  override readonly cause?: unknown;

  constructor(messageKey: MessageKey, params: MessageParams = {}, cause?: unknown) {
    super(messageKey);
    this.name = new.target.name;
    this.messageKey = messageKey;
    this.params = params;
    this.cause = cause;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
