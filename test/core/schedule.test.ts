import { createDebouncedChecker } from '../../src/core/schedule';

/** A check whose end the test controls. */
function controllableRun() {
  const pending: Array<{ resolve: (n: number) => void; reject: (e: unknown) => void }> = [];
  let started = 0;
  let active = 0;
  let maxActive = 0;
  const run = jest.fn(
    () =>
      new Promise<number>((resolve, reject) => {
        started++;
        active++;
        maxActive = Math.max(maxActive, active);
        const n = started;
        pending.push({
          resolve: () => {
            active--;
            resolve(n);
          },
          reject: (e) => {
            active--;
            reject(e);
          },
        });
      }),
  );
  return {
    run,
    finishNext: async () => {
      const next = pending.shift();
      if (!next) throw new Error('no check is running');
      next.resolve(0);
      await flush();
    },
    failNext: async (error: unknown) => {
      pending.shift()!.reject(error);
      await flush();
    },
    get started() {
      return started;
    },
    get maxActive() {
      return maxActive;
    },
  };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('createDebouncedChecker', () => {
  it('checks once, 400 ms after the last of a burst of changes', async () => {
    const c = controllableRun();
    const results: number[] = [];
    const checker = createDebouncedChecker({ run: c.run, onResult: (r) => results.push(r) });
    checker.schedule();
    jest.advanceTimersByTime(300);
    checker.schedule();
    jest.advanceTimersByTime(399);
    expect(c.started).toBe(0);
    jest.advanceTimersByTime(1);
    expect(c.started).toBe(1);
    await c.finishNext();
    expect(results).toEqual([1]);
  });

  it('honours a custom delay', () => {
    const c = controllableRun();
    const checker = createDebouncedChecker({ run: c.run, delayMs: 50 });
    checker.schedule();
    jest.advanceTimersByTime(50);
    expect(c.started).toBe(1);
  });

  it('never runs two checks at once; many changes during a check give exactly one more', async () => {
    const c = controllableRun();
    const checker = createDebouncedChecker({ run: c.run });
    checker.schedule();
    jest.advanceTimersByTime(400);
    expect(checker.running).toBe(true);
    for (let i = 0; i < 5; i++) {
      checker.schedule();
      jest.advanceTimersByTime(1000);
    }
    expect(c.started).toBe(1);
    await c.finishNext();
    jest.advanceTimersByTime(400);
    expect(c.started).toBe(2);
    await c.finishNext();
    jest.advanceTimersByTime(10_000);
    expect(c.started).toBe(2);
    expect(c.maxActive).toBe(1);
  });

  it('checkNow cancels the pending timer and returns a fresh result', async () => {
    const c = controllableRun();
    const checker = createDebouncedChecker({ run: c.run });
    checker.schedule();
    const now = checker.checkNow();
    expect(c.started).toBe(1);
    await c.finishNext();
    await expect(now).resolves.toBe(1);
    jest.advanceTimersByTime(1000);
    expect(c.started).toBe(1);
  });

  it('checkNow during a running check waits for it, then runs a fresh one (shared by concurrent callers)', async () => {
    const c = controllableRun();
    const checker = createDebouncedChecker({ run: c.run });
    checker.schedule();
    jest.advanceTimersByTime(400);
    const a = checker.checkNow();
    const b = checker.checkNow();
    expect(c.started).toBe(1);
    await c.finishNext();
    expect(c.started).toBe(2);
    await c.finishNext();
    await expect(a).resolves.toBe(2);
    await expect(b).resolves.toBe(2);
    expect(c.maxActive).toBe(1);
  });

  it('reports a failed scheduled check and keeps working', async () => {
    const c = controllableRun();
    const errors: unknown[] = [];
    const checker = createDebouncedChecker({ run: c.run, onError: (e) => errors.push(e) });
    checker.schedule();
    jest.advanceTimersByTime(400);
    await c.failNext(new Error('Word busy'));
    expect(errors).toHaveLength(1);
    const now = checker.checkNow();
    await c.finishNext();
    await expect(now).resolves.toBe(2);
  });

  it('checkNow rejects when the check fails', async () => {
    const c = controllableRun();
    const checker = createDebouncedChecker({ run: c.run });
    const now = checker.checkNow();
    await c.failNext(new Error('boom'));
    await expect(now).rejects.toThrow('boom');
  });

  it('does nothing after dispose', async () => {
    const c = controllableRun();
    const results: number[] = [];
    const checker = createDebouncedChecker({ run: c.run, onResult: (r) => results.push(r) });
    checker.schedule();
    checker.dispose();
    jest.advanceTimersByTime(1000);
    checker.schedule();
    jest.advanceTimersByTime(1000);
    expect(c.started).toBe(0);
    expect(results).toEqual([]);
  });
});
