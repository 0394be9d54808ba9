/**
 * The relay's read pool (server/readPool.ts): jobs run in worker threads; a job over its time budget has its worker
 * ended and is refused (docx.timeBudget), a worker over its heap limit likewise (docx.memoryBudget), the pool goes
 * on with fresh workers, and a full pool refuses at once (relay.busy, which the relay answers 503 + Retry-After).
 * The budgets are reached by jobs that never end (spin, grow), so nothing here depends on the machine's speed.
 */
import path from 'node:path';
import { PoolRefusal, ReadPool, defaultWorkers } from '../../server/readPool';

jest.setTimeout(60_000);

const SPIN = path.join(__dirname, 'support', 'spinWorker.ts');

async function refusal(promise: Promise<unknown>): Promise<PoolRefusal> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof PoolRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('ReadPool', () => {
  let pool: ReadPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('runs jobs in a worker and answers with their result (bytes cross intact)', async () => {
    pool = new ReadPool({ module: SPIN, workers: 1, timeBudgetMs: 20_000 });
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(pool.run({ kind: 'echo', value: bytes })).resolves.toEqual({ echo: bytes });
    await expect(pool.run({ kind: 'throw' })).rejects.toThrow('worker failed');
  });

  it('moves transferred bytes to the worker and back without a copy (the sender no longer holds them)', async () => {
    pool = new ReadPool({ module: SPIN, workers: 1, timeBudgetMs: 20_000 });
    const bytes = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
    const expected = Uint8Array.from(bytes).reverse();
    const answer = await pool.run<{ reversed: Uint8Array }>({ kind: 'reverse', value: bytes }, [bytes.buffer]);
    expect(bytes.buffer.byteLength).toBe(0); // detached: moved, not copied
    expect(Buffer.from(answer.reversed).equals(Buffer.from(expected))).toBe(true);
  });

  it('by default leaves one core for the event loop, and has at least one worker', () => {
    expect(defaultWorkers(1)).toBe(1);
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(8)).toBe(7);
    expect(new ReadPool({ module: SPIN }).workers).toBe(defaultWorkers());
  });

  it('ends a job over its time budget, refuses it with docx.timeBudget, and goes on with a fresh worker', async () => {
    pool = new ReadPool({ module: SPIN, workers: 1, timeBudgetMs: 1_500 });
    const error = await refusal(pool.run({ kind: 'spin' }));
    expect(error.key).toBe('docx.timeBudget');
    expect(error.params).toEqual({ seconds: 1.5 });
    await expect(pool.run({ kind: 'echo', value: 'again' })).resolves.toEqual({ echo: 'again' });
  });

  it('refuses a job whose worker runs out of heap with docx.memoryBudget, and goes on', async () => {
    pool = new ReadPool({ module: SPIN, workers: 1, timeBudgetMs: 50_000, heapMb: 48 });
    const error = await refusal(pool.run({ kind: 'grow' }));
    expect(error.key).toBe('docx.memoryBudget');
    expect(error.params).toEqual({ mb: 48 });
    await expect(pool.run({ kind: 'echo', value: 1 })).resolves.toEqual({ echo: 1 });
  });

  it('when every worker is busy and the queue is full, refuses at once with relay.busy', async () => {
    pool = new ReadPool({ module: SPIN, workers: 1, queue: 1, timeBudgetMs: 2_000 });
    const running = refusal(pool.run({ kind: 'spin' }));
    const waiting = pool.run({ kind: 'echo', value: 'queued' });
    const full = await refusal(pool.run({ kind: 'echo', value: 'too many' }));
    expect(full.key).toBe('relay.busy');
    expect(pool.retryAfterSeconds).toBe(2);
    // The spinning job is ended by its budget; the queued one then runs.
    expect((await running).key).toBe('docx.timeBudget');
    await expect(waiting).resolves.toEqual({ echo: 'queued' });
  });
});
