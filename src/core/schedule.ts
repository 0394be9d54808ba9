/**
 * A debounced, never-overlapping checker for live checks (DESIGN.md §6: change events are late or missing,
 * so every change schedules a re-check and sending always asks for a fresh one).
 *
 * - `schedule()` (re)starts a `delayMs` timer; when it fires the check runs.
 * - Never two checks at once: a change while a check runs marks the result stale, and exactly one more
 *   check is scheduled when the running one ends, however many changes came in.
 * - `checkNow()` cancels the timer, waits for a running check to end, then runs a fresh one and returns its result.
 *
 * Pure TypeScript: the timer functions are injectable and default to the global ones (jest fake timers work).
 */

export interface DebouncedCheckerOptions<T> {
  run: () => Promise<T>;
  /** Quiet time after the last change before checking. */
  delayMs?: number;
  /** Called with every result, scheduled or on demand. */
  onResult?: (result: T) => void;
  /** Called when a scheduled check fails (on-demand checks reject their promise as well). */
  onError?: (error: unknown) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface DebouncedChecker<T> {
  /** Note a change: a check runs `delayMs` after the last change. */
  schedule(): void;
  /** A fresh check, never overlapping another; rejects when the check fails. */
  checkNow(): Promise<T>;
  /** True while a check runs. */
  readonly running: boolean;
  /** Stop: no timer fires and no further check is scheduled. */
  dispose(): void;
}

export const DEFAULT_CHECK_DELAY_MS = 400;

export function createDebouncedChecker<T>(options: DebouncedCheckerOptions<T>): DebouncedChecker<T> {
  const delayMs = options.delayMs ?? DEFAULT_CHECK_DELAY_MS;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let timer: unknown = null;
  let current: Promise<T> | null = null;
  /** A checkNow() waiting for the running check to end; shared by concurrent callers. */
  let waiting: Promise<T> | null = null;
  let stale = false;
  let disposed = false;

  const cancelTimer = (): void => {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
  };

  const arm = (): void => {
    cancelTimer();
    if (disposed) return;
    timer = setTimer(() => {
      timer = null;
      if (current || waiting) {
        stale = true;
        return;
      }
      start().catch(() => undefined);
    }, delayMs);
  };

  const start = (): Promise<T> => {
    const promise = (async () => {
      try {
        const result = await options.run();
        if (!disposed) options.onResult?.(result);
        return result;
      } catch (error) {
        if (!disposed) options.onError?.(error);
        throw error;
      } finally {
        current = null;
        if (stale && !disposed && !waiting) {
          stale = false;
          arm();
        }
      }
    })();
    current = promise;
    return promise;
  };

  return {
    schedule(): void {
      if (disposed) return;
      if (current || waiting) {
        // One more check after the running one, however many changes arrive meanwhile.
        stale = true;
        return;
      }
      arm();
    },
    checkNow(): Promise<T> {
      cancelTimer();
      if (waiting) return waiting;
      if (!current) {
        stale = false;
        return start();
      }
      const running = current;
      waiting = (async () => {
        await running.catch(() => undefined);
        waiting = null;
        // The fresh check covers every change so far.
        stale = false;
        return start();
      })();
      return waiting;
    },
    get running(): boolean {
      return current !== null;
    },
    dispose(): void {
      disposed = true;
      stale = false;
      cancelTimer();
    },
  };
}
