/**
 * Runs fuzz inputs through the reader in the read pool and judges each: read or refused with a docx.* message is
 * fine (a benign input must be read); a crash, a hang (over the time budget), a heap overflow, or a benign input
 * refused is a finding, kept as a fixture when `keepDir` is given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { PoolRefusal, ReadPool } from '../../server/readPool';
import { type FuzzInput, generateInputs, loadSeeds } from './mutate';
import type { FuzzOutcome } from './worker';

export interface FuzzFinding {
  index: number;
  seed: string;
  mutation: string;
  benign: boolean;
  problem: 'crash' | 'hang' | 'memory' | 'wronglyRefused';
  detail: string;
  file?: string;
}

export interface FuzzReport {
  seed: number;
  count: number;
  read: number;
  refused: number;
  byMutation: Record<string, { inputs: number; read: number; refused: number }>;
  refusals: Record<string, number>;
  findings: FuzzFinding[];
  /** Slowest input, ms (wall time in the pool, start-up excluded). */
  slowestMs: number;
}

export interface FuzzOptions {
  seed: number;
  count: number;
  timeBudgetMs?: number;
  heapMb?: number;
  workers?: number;
  keepDir?: string;
  onProgress?: (done: number, report: FuzzReport) => void;
}

const WORKER = path.join(__dirname, 'worker.ts');

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const pool = new ReadPool({
    module: WORKER,
    workers: options.workers ?? 2,
    queue: 1_000_000,
    timeBudgetMs: options.timeBudgetMs ?? 10_000,
    heapMb: options.heapMb ?? 256,
  });
  pool.warm();
  const report: FuzzReport = { seed: options.seed, count: 0, read: 0, refused: 0, byMutation: {}, refusals: {}, findings: [], slowestMs: 0 };
  const keep = (input: FuzzInput, problem: FuzzFinding['problem'], detail: string): void => {
    const finding: FuzzFinding = { index: input.index, seed: input.seed, mutation: input.mutation, benign: input.benign, problem, detail: detail.slice(0, 2000) };
    if (options.keepDir) {
      mkdirSync(options.keepDir, { recursive: true });
      const name = `${problem}-${input.mutation}-${createHash('sha256').update(input.bytes).digest('hex').slice(0, 12)}.docx`;
      writeFileSync(path.join(options.keepDir, name), input.bytes);
      writeFileSync(path.join(options.keepDir, name.replace(/\.docx$/, '.json')), JSON.stringify({ ...finding, file: name }, null, 2) + '\n');
      finding.file = name;
    }
    report.findings.push(finding);
  };
  const judge = async (input: FuzzInput): Promise<void> => {
    const stats = (report.byMutation[input.mutation] ??= { inputs: 0, read: 0, refused: 0 });
    stats.inputs++;
    const started = performance.now();
    try {
      const result = await pool.run<FuzzOutcome>({ bytes: input.bytes });
      report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
      if (result.outcome === 'read') {
        report.read++;
        stats.read++;
      } else if (result.outcome === 'refused') {
        report.refused++;
        stats.refused++;
        report.refusals[result.key] = (report.refusals[result.key] ?? 0) + 1;
        if (input.benign) keep(input, 'wronglyRefused', result.key);
      } else keep(input, 'crash', result.message);
    } catch (error) {
      if (error instanceof PoolRefusal && error.key === 'docx.timeBudget') keep(input, 'hang', `over ${pool.timeBudgetMs} ms`);
      else if (error instanceof PoolRefusal && error.key === 'docx.memoryBudget') keep(input, 'memory', `over ${pool.heapMb} MB of heap`);
      else keep(input, 'crash', error instanceof Error ? error.message : String(error));
    }
    report.count++;
    options.onProgress?.(report.count, report);
  };
  try {
    const seeds = await loadSeeds();
    const inFlight = new Set<Promise<void>>();
    for await (const input of generateInputs(options.seed, options.count, seeds)) {
      const job = judge(input).finally(() => inFlight.delete(job));
      inFlight.add(job);
      // Keep the pool busy without holding many inputs in memory.
      if (inFlight.size >= pool.workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return report;
}
