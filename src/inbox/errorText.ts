import { ApiError } from './api';

/** An error of an API call as the page shows it. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.fields.length ? `${err.message} ${err.fields.map((f) => f.error).join(' ')}` : err.message;
  return err instanceof Error ? err.message : String(err);
}
