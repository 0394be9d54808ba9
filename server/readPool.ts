/**
 * Untrusted uploads are never read on the relay's event loop: a small pool of worker threads
 * (node:worker_threads) reads and checks them, each job with a time budget and each worker with a heap limit
 * (`resourceLimits`). A job over its time budget has its worker terminated (and replaced) and is refused with
 * docx.timeBudget; a worker that runs out of heap is refused with docx.memoryBudget. When every worker is busy and
 * the queue is full, `run` refuses at once with PoolFull, which the relay answers 503 with Retry-After.
 *
 * The pool runs any module that exports `handle(job): Promise<result>` (server/readWorker.ts in the relay; the tests
 * give it modules that spin or allocate forever), and optionally `transferOf(result)`: the ArrayBuffers the answer
 * hands back without a copy. TypeScript modules are loaded through tsx's CommonJS hook, as `npm run server` itself
 * runs (tsx), so no build step is needed.
 *
 * Size: by default one worker per core but one (at least one), so a core always stays for the event loop, which must
 * keep answering the health check and the other requests while uploads are read.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../src/core/errors';

/** Workers by default: every core but one for the event loop, at least one. */
export function defaultWorkers(cores: number = os.availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export interface ReadPoolOptions {
  /** The worker module (absolute path): exports `handle(job)`. */
  module: string;
  /** Worker threads (default: defaultWorkers(), every core but one). */
  workers?: number;
  /** Jobs allowed to wait for a worker; beyond, run() refuses with PoolFull. */
  queue?: number;
  /** Time budget of one job, ms, counted from the moment a worker takes it. */
  timeBudgetMs?: number;
  /** Heap limit of each worker (V8 old generation), MB. */
  heapMb?: number;
}

/** A job refused for a budget or because the pool is full (an AppError: message key and parameters). */
export class PoolRefusal extends AppError {
  constructor(
    readonly key: 'docx.timeBudget' | 'docx.memoryBudget' | 'relay.busy',
    override readonly params: Record<string, number> = {},
  ) {
    super(key, params);
  }
}

interface Job {
  payload: unknown;
  /** ArrayBuffers of the payload handed to the worker without a copy (they are detached here once it takes the job). */
  transfer: ArrayBuffer[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set when the pool ended this worker on purpose (budget), so its exit is not reported twice. */
  ended: boolean;
}

const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.module.endsWith('.ts')) require('tsx/cjs/api').register();
const mod = require(workerData.module);
parentPort.on('message', async (job) => {
  try {
    const value = await mod.handle(job);
    parentPort.postMessage({ ok: true, value }, typeof mod.transferOf === 'function' ? mod.transferOf(value) : []);
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
  }
});
parentPort.postMessage({ ready: true });
`;

export class ReadPool {
  readonly workers: number;
  readonly queueSize: number;
  readonly timeBudgetMs: number;
  readonly heapMb: number;
  private readonly module: string;
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  /** Jobs handed to a worker so far (one per relay upload: the tests check an upload is read once). */
  dispatched = 0;

  constructor(options: ReadPoolOptions) {
    this.module = options.module;
    this.workers = Math.max(1, options.workers ?? defaultWorkers());
    this.queueSize = Math.max(0, options.queue ?? 4);
    this.timeBudgetMs = options.timeBudgetMs ?? 15_000;
    this.heapMb = options.heapMb ?? 160;
  }

  /** Starts the workers now rather than on the first jobs (each loads the reader once). */
  warm(): void {
    while (!this.closed && this.slots.length < this.workers) this.slots.push(this.spawn());
  }

  /** Worker threads started. */
  get started(): number {
    return this.slots.length;
  }

  /** Jobs being run by a worker now. */
  get running(): number {
    return this.slots.filter((s) => s.job !== null).length;
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Seconds a client refused with PoolFull should wait: about one time budget. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.timeBudgetMs / 1000));
  }

  /**
   * Runs one job; rejects with PoolRefusal (budget, pool full) or the worker's error. `transfer`: ArrayBuffers of the
   * payload moved to the worker rather than copied (still usable here while the job waits, or when it is refused).
   */
  run<T>(payload: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new PoolRefusal('relay.busy', { seconds: this.retryAfterSeconds }));
    // Room for `workers` jobs running and `queue` waiting (a job waiting for a worker still starting counts).
    if (this.running + this.waiting.length >= this.workers + this.queueSize) {
      return Promise.reject(new PoolRefusal('relay.busy', { seconds: this.retryAfterSeconds }));
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ payload, transfer, resolve: resolve as (v: unknown) => void, reject });
      // Workers start on demand: one more while jobs wait and there is room.
      const idle = this.slots.filter((s) => s.job === null).length;
      if (this.waiting.length > idle && this.slots.length < this.workers) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  /** Ends every worker; jobs still waiting or running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new PoolRefusal('relay.busy', { seconds: this.retryAfterSeconds }));
    await Promise.all(
      this.slots.map((slot) => {
        slot.ended = true;
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new PoolRefusal('relay.busy', { seconds: this.retryAfterSeconds }));
        slot.job = null;
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { module: this.module },
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: Math.min(32, this.heapMb / 4) },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, ended: false };
    worker.on('message', (message: { ready?: boolean; ok?: boolean; value?: unknown; error?: unknown }) => {
      if (message.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job) return;
      this.finish(slot);
      if (message.ok) job.resolve(message.value);
      else job.reject(new Error(typeof message.error === 'object' && message.error ? String((message.error as { message: unknown }).message) : String(message.error)));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.ended) return;
      const job = slot.job;
      this.replace(slot);
      if (job) {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') job.reject(new PoolRefusal('docx.memoryBudget', { mb: this.heapMb }));
        else job.reject(error);
      }
    });
    worker.on('exit', () => {
      if (slot.ended || this.closed) return;
      // An exit without an error event (process.exit in the module): refuse its job and replace it.
      const job = slot.job;
      this.replace(slot);
      job?.reject(new Error('worker exited'));
    });
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  /** Ends a worker (its job, if any, is the caller's to settle) and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    slot.ended = true;
    this.finish(slot);
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (!slot.ready || slot.job !== null || slot.ended) continue;
      const job = this.waiting.shift() as Job;
      slot.job = job;
      this.dispatched++;
      slot.timer = setTimeout(() => {
        // If this thread was itself busy when the budget ran out, the worker's answer may be waiting in the poll
        // phase: setImmediate runs after it, so a job that did finish in time is never refused as over budget.
        setImmediate(() => {
          if (slot.job !== job) return;
          this.replace(slot);
          job.reject(new PoolRefusal('docx.timeBudget', { seconds: Math.round(this.timeBudgetMs / 100) / 10 }));
          this.dispatch();
        });
      }, this.timeBudgetMs);
      slot.worker.postMessage(job.payload, job.transfer);
    }
  }
}
