/**
 * Retry timing for Graph calls: Retry-After (seconds or an HTTP date) and capped exponential
 * backoff with jitter, as Microsoft's throttling guidance asks.
 */
import type { RetryPolicy, Sleep } from './types';

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({ maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 });

/** Statuses whose Retry-After is honoured (throttled, unavailable, gateway timeout). */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/**
 * The wait asked by a Retry-After header, in milliseconds, or undefined when absent or unreadable.
 * Accepts delta-seconds ("5", "1.5") and HTTP dates (a date in the past means "now": 0).
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // HTTP dates always name a weekday or month in letters; refuse bare numbers such as "-1" or "1e3".
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** Delay before attempt `attempt + 1` after `attempt` failures: base·2^(attempt−1), capped, with jitter in [50 %, 100 %]. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(capped * (0.5 + r / 2));
}

export function resolvePolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new RangeError('retry.maxAttempts must be a positive integer');
  if (!(policy.baseDelayMs >= 0) || !(policy.maxDelayMs >= 0)) throw new RangeError('retry delays must be non-negative');
  return policy;
}

/** A real timer that stops early (rejecting) when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
