/**
 * Complexity of reading crafted inputs (issue 14).
 *
 *   npx tsx bench/complexity.bench.ts [--rounds 5] [--skip-cli] [--skip-relay]      (or: npm run bench -- complexity)
 *
 * 1. The XML scanner on parts with 10k, 20k, 40k and 80k attributes (one element), namespace declarations, runs and
 *    send records, caps lifted so the whole part is parsed: median time of --rounds and the growth per doubling
 *    (linear: about 2x; quadratic would be 4x), with the scanner's counted work (scanWork) beside it.
 * 2. The command line (dist/cli, built when missing) on a normal report and on the issue's big inputs (100,000
 *    attributes, 50,000 namespaces, 300,000 runs, 100,000 send records) and the white-BMP report: wall time (Node
 *    start-up included) and peak RSS (/usr/bin/time -v), median of --rounds; target: at most a few times the normal
 *    report's time and under 250 MB.
 * 3. The relay (bench/support/relayProbe.ts: the relay configured as `npm run server` does, in its own process):
 *    10 crafted uploads at once, five times over, then 10 ready reports of about 9 MB at once, twice, while /healthz is
 *    asked every 100 ms from a thread of its own: health latency (median, p99, slowest; target under 1 s), the relay's
 *    event-loop delay and utilisation (perf_hooks), its main thread's CPU time and time waiting for a CPU (Linux
 *    schedstat: the event loop's own work told apart from other processes' load), and its peak RSS (VmHWM, worker
 *    threads included; target under 500 MB).
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { fastParseXml, scanWork } from '../src/docx/xml';
import type { XmlCaps } from '../src/docx/limits';
import { manyAttributesXml, manyNamespacesXml, manyRunsXml, manySendsXml } from '../test/support/hostileInputs';
import { completeIndividual } from '../test/server/support/reports';
import type { ProbeReport } from './support/relayProbe';

const ROOT = path.resolve(__dirname, '..');
const MB = 1024 * 1024;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ROUNDS = Number(arg('rounds', '5'));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const UNCAPPED: Partial<XmlCaps> = { maxAttributes: 1e9, maxNamespaces: 1e9, maxElements: 1e9, maxRuns: 1e9, maxSendRecords: 1e9, maxTextChars: 1e12 };

function scanner(): void {
  const kinds: Array<[string, (n: number) => string]> = [
    ['attributes', manyAttributesXml],
    ['namespaces', manyNamespacesXml],
    ['runs', manyRunsXml],
    ['send records', manySendsXml],
  ];
  console.log(`XML scanner, caps lifted (median of ${ROUNDS}; growth per doubling: ~2x linear, 4x quadratic)`);
  for (const [label, make] of kinds) {
    const cells: string[] = [];
    let previous: { ms: number; work: number } | null = null;
    for (const n of [10_000, 20_000, 40_000, 80_000]) {
      // Flattened once, so no rope is flattened inside the timed part.
      const text = make(n).split('').join('');
      const times: number[] = [];
      for (let k = 0; k < ROUNDS; k++) {
        const t0 = performance.now();
        fastParseXml(text, UNCAPPED, 'bench');
        times.push(performance.now() - t0);
      }
      const ms = median(times);
      const work = scanWork.steps;
      cells.push(
        `${n / 1000}k ${ms.toFixed(1)} ms` + (previous ? ` (x${(ms / previous.ms).toFixed(2)} time, x${(work / previous.work).toFixed(2)} work)` : ''),
      );
      previous = { ms, work };
    }
    console.log(`  ${label.padEnd(13)} ${cells.join(' | ')}`);
  }
}

function cliOnce(file: string): { seconds: number; rss: number | null; exit: number | null; outcome: string } {
  const args = [path.join(ROOT, 'bin', 'bao-cao-thanh-tich.js'), 'check', file, '--json'];
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  let outcome = `exit ${result.status}`;
  try {
    const json = JSON.parse(result.stdout) as Array<{ error?: { key?: string }; findings?: unknown[] }>;
    const first = json[0] as Record<string, unknown>;
    outcome = JSON.stringify(first.error ?? { findings: (first.findings as unknown[] | undefined)?.length }).slice(0, 60);
  } catch {
    /* keep the exit status */
  }
  return { seconds, rss: kb ? Number(kb[1]) * 1024 : null, exit: result.status, outcome };
}

async function cli(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'bao-cao-thanh-tich.cjs'))) spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(path.join(os.tmpdir(), 'bctt-complexity-'));
  try {
    const normal = path.join(work, 'normal.docx');
    writeFileSync(normal, await completeIndividual());
    const hostile = (name: string) => path.join(ROOT, 'test', 'fixtures', 'hostile', name);
    const inputs: Array<[string, string]> = [
      ['normal report', normal],
      ['100,000 attributes', hostile('many-attributes.docx')],
      ['50,000 namespaces', hostile('many-namespaces.docx')],
      ['300,000 runs', hostile('many-runs.docx')],
      ['100,000 send records', hostile('many-send-records.docx')],
      ['white-BMP report', hostile('white-bmp-report.docx')],
    ];
    console.log(`\nCommand line \`check <file> --json\` (median of ${ROUNDS}, Node start-up included)`);
    let base = 0;
    for (const [label, file] of inputs) {
      const runs = Array.from({ length: ROUNDS }, () => cliOnce(file));
      const seconds = median(runs.map((r) => r.seconds));
      const rss = median(runs.map((r) => r.rss ?? 0));
      if (label === 'normal report') base = seconds;
      console.log(
        `  ${label.padEnd(22)} ${(seconds * 1000).toFixed(0).padStart(6)} ms  x${(seconds / base).toFixed(2)}  peak RSS ${(rss / MB).toFixed(0)} MB  ${runs[0].outcome}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A ready report of about 9 MB: the writer's report with an extra media part of random bytes (which does not
 * compress), stored as a real upload of that size would be: the largest legitimate upload under the 10 MiB limit.
 */
async function largeReadyReport(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await completeIndividual());
  const noise = new Uint8Array(9 * MB);
  let x = 1307;
  for (let i = 0; i < noise.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    noise[i] = x >>> 24;
  }
  zip.file('word/media/scan.bin', noise);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Asks /healthz every 100 ms from a worker thread (its own event loop, so the uploads' client does not delay it). */
const HEALTH_POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const times = [];
let failures = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
(async () => {
  while (!stop) {
    const t0 = performance.now();
    const ok = await new Promise((resolve) => {
      const req = http.get(workerData.url + '/healthz', { agent: false }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode === 200)); });
      req.on('error', () => resolve(false));
    });
    times.push(performance.now() - t0);
    if (!ok) failures++;
    await new Promise((r) => setTimeout(r, 100));
  }
  parentPort.postMessage({ times, failures });
})();
`;

interface Probe {
  child: ChildProcess;
  url: string;
  ask<T>(message: string, key: string): Promise<T>;
}

async function startProbe(work: string): Promise<Probe> {
  const child = fork(path.join(__dirname, 'support', 'relayProbe.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      SMTP_URL: 'smtp://127.0.0.1:9',
      RELAY_FROM: 'relay@truong.edu.vn',
      RELAY_DB: path.join(work, 'relay.sqlite'),
      RELAY_RATE_BURST: '1000',
      RELAY_RATE_PER_MINUTE: '1000',
      RELAY_READ_QUEUE: '10',
      RELAY_REQUIRE_KEY: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(message: string | null, key: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>): void => {
        if (!(key in m)) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m[key] as T);
      };
      const onExit = (code: number | null): void => reject(new Error(`relay exited ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (message) child.send(message);
    });
  const url = await ask<string>(null, 'url');
  return { child, url, ask: (message, key) => ask(message, key) };
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

async function relayScenario(probe: Probe, label: string, files: Array<Uint8Array<ArrayBuffer>>, rounds: number): Promise<void> {
  const pid = probe.child.pid!;
  writeFileSync(`/proc/${pid}/clear_refs`, '5'); // peak RSS counted from here
  const load = os.loadavg()[0];
  await probe.ask('reset', 'reset');
  const poller = new Worker(HEALTH_POLLER, { eval: true, workerData: { url: probe.url } });
  const polled = new Promise<{ times: number[]; failures: number }>((resolve) => poller.once('message', resolve));
  const statuses: Record<string, number> = {};
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const form = new FormData();
        form.append('file', new Blob([files[i % files.length]]), 'bao-cao.docx');
        form.append('unitName', 'Trường Tiểu học Kim Đồng, Phường Sài Gòn, Thành phố Hồ Chí Minh');
        form.append('senderName', 'Nguyễn Thị Mai');
        return fetch(`${probe.url}/api/submissions`, { method: 'POST', body: form }).then(
          async (r) => `${r.status} ${((await r.json()) as { code?: string }).code ?? ''}`.trim(),
          (error: Error & { cause?: { code?: string } }) => `no answer (${error.cause?.code ?? error.message})`,
        );
      }),
    );
    for (const a of answers) statuses[a] = (statuses[a] ?? 0) + 1;
  }
  const seconds = (performance.now() - started) / 1000;
  poller.postMessage('stop');
  const health = await polled;
  await poller.terminate();
  const report = await probe.ask<ProbeReport>('report', 'report');
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  const perUpload = report.mainCpuMs === null ? 'n/a' : (report.mainCpuMs / (rounds * 10)).toFixed(1);
  console.log(`\nRelay: ${rounds} rounds of 10 ${label} at once (${seconds.toFixed(1)} s; load average ${load.toFixed(1)} on ${os.availableParallelism()} cores)`);
  console.log(`  answers: ${JSON.stringify(statuses)}`);
  console.log(
    `  /healthz (every 100 ms, own thread): ${health.times.length} answers, ${health.failures} not 200; median ${percentile(health.times, 50).toFixed(0)} ms, p99 ${percentile(health.times, 99).toFixed(0)} ms, slowest ${Math.max(...health.times).toFixed(0)} ms (target < 1000 ms)`,
  );
  console.log(
    `  relay event loop: delay p50 ${report.delayP50Ms.toFixed(1)} ms, p99 ${report.delayP99Ms.toFixed(1)} ms, max ${report.delayMaxMs.toFixed(0)} ms; busy ${(report.utilisation * 100).toFixed(1)} %`,
  );
  if (report.mainCpuMs !== null)
    console.log(
      `  relay main thread: busy ${report.activeMs.toFixed(0)} ms = ${report.mainCpuMs.toFixed(0)} ms on a CPU (${perUpload} ms per upload) + ${report.mainWaitMs!.toFixed(0)} ms waiting for one (other threads and processes) + about ${Math.max(0, report.activeMs - report.mainCpuMs - report.mainWaitMs!).toFixed(0)} ms in system calls (disk)`,
    );
  console.log(`  relay peak RSS (VmHWM, worker threads included): ${(hwm / MB).toFixed(0)} MB (target < 500 MB)`);
}

async function relay(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bctt-complexity-relay-'));
  // Made first: a pause between the scenarios would let the client reuse keep-alive sockets the relay is closing.
  const large = new Uint8Array(await largeReadyReport());
  const probe = await startProbe(work);
  try {
    const crafted = ['many-attributes.docx', 'many-namespaces.docx', 'many-runs.docx', 'many-send-records.docx'].map(
      (f) => new Uint8Array(readFileSync(path.join(ROOT, 'test', 'fixtures', 'hostile', f))),
    );
    await relayScenario(probe, 'crafted uploads (100k attributes, 50k namespaces, 300k runs, 100k send records)', crafted, 5);
    await relayScenario(probe, `ready reports of ${(large.length / MB).toFixed(1)} MB`, [large], 2);
  } finally {
    await probe.ask('stop', 'never').catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

export default async function main(): Promise<void> {
  scanner();
  if (!process.argv.includes('--skip-cli')) await cli();
  if (!process.argv.includes('--skip-relay')) await relay();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
