/**
 * Complexity of reading crafted inputs (issue 14).
 *
 *   npx tsx bench/complexity.bench.ts [--rounds 5] [--skip-cli] [--skip-relay]      (or: npm run bench -- complexity)
 *
 * 1. The XML scanner on parts with 10k, 20k, 40k and 80k attributes (one element), namespace declarations, runs and
 *    send records, caps lifted so the whole part is parsed: median time of --rounds and the growth per doubling
 *    (linear: about 2x; quadratic would be 4x), with the scanner's counted work (scanWork) beside it.
 * 2. The command line (dist/cli, built when missing) on a normal report and on the big inputs (100,000
 *    attributes, 50,000 namespaces, 300,000 runs, 100,000 send records) and the white-BMP report: wall time (Node
 *    start-up included) and peak RSS (/usr/bin/time -v), median of --rounds; target: at most a few times the normal
 *    report's time and under 250 MB.
 * 3. The relay (server/main.ts in its own process): 10 crafted uploads at once, five times over, while /healthz is
 *    asked every 100 ms: the slowest health answer (target under 1 s) and the relay's peak RSS (VmHWM of the process,
 *    worker threads included; target under 500 MB).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fastParseXml, scanWork } from '../src/docx/xml';
import type { XmlCaps } from '../src/docx/limits';
import { manyAttributesXml, manyNamespacesXml, manyRunsXml, manySendsXml } from '../test/support/hostileInputs';
import { completeIndividual } from '../test/server/support/reports';

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

async function relay(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bctt-complexity-relay-'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
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
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`relay exited ${code}`)));
    });
    const files = ['many-attributes.docx', 'many-namespaces.docx', 'many-runs.docx', 'many-send-records.docx'].map(
      (f) => new Uint8Array(readFileSync(path.join(ROOT, 'test', 'fixtures', 'hostile', f))),
    );
    let slowest = 0;
    let healthAnswers = 0;
    let stop = false;
    const health = (async () => {
      while (!stop) {
        const t0 = performance.now();
        const res = await fetch(`${url}/healthz`);
        await res.arrayBuffer();
        slowest = Math.max(slowest, performance.now() - t0);
        healthAnswers++;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const statuses: Record<string, number> = {};
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const form = new FormData();
          form.append('file', new Blob([files[i % files.length]]), 'bao-cao.docx');
          return fetch(`${url}/api/submissions`, { method: 'POST', body: form }).then(async (r) => `${r.status} ${((await r.json()) as { code?: string }).code ?? ''}`);
        }),
      );
      for (const a of answers) statuses[a] = (statuses[a] ?? 0) + 1;
    }
    stop = true;
    await health;
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    console.log('\nRelay: 5 rounds of 10 crafted uploads at once, /healthz every 100 ms');
    console.log(`  answers: ${JSON.stringify(statuses)}`);
    console.log(`  /healthz: ${healthAnswers} answers, slowest ${slowest.toFixed(0)} ms (target < 1000 ms)`);
    console.log(`  relay peak RSS (VmHWM, worker threads included): ${(hwm / MB).toFixed(0)} MB (target < 500 MB)`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
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
