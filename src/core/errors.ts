/**
 * One typed, localised error for the whole product (DESIGN.md §5.5).
 * `messageKey` is a key of the i18n catalogs; `params` fill its placeholders; `cause` keeps the original error for "details".
 */
export class AppError extends Error {
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  override readonly cause?: unknown;

  constructor(messageKey: string, params: Record<string, string | number> = {}, cause?: unknown) {
    super(messageKey);
    this.name = 'AppError';
    this.messageKey = messageKey;
    this.params = params;
    this.cause = cause;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
