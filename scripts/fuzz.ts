/**
 * npm run fuzz [-- --count 10000] [--seed 14] [--keep test/fixtures/fuzz] [--budget-ms 10000] [--heap-mb 256]
 *
 * Mutated and crafted .docx inputs from our templates and the real-file fixtures (scripts/fuzz/mutate.ts), each read
 * by readDocx and checked by every rule in a worker thread with a time and heap budget (scripts/fuzz/run.ts).
 * Every input that crashes, hangs, overflows the heap or is wrongly refused is kept as a fixture (with a .json
 * saying why) in --keep. Prints a summary; exits 1 when anything was found. `npm test` runs a small fixed-seed
 * sample (test/docx/fuzz.test.ts).
 */
import path from 'node:path';
import { runFuzz } from './fuzz/run';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<number> {
  const count = Number(arg('count', '10000'));
  const seed = Number(arg('seed', '14'));
  const keepDir = path.resolve(arg('keep', path.join('test', 'fixtures', 'fuzz')));
  const started = Date.now();
  const report = await runFuzz({
    seed,
    count,
    keepDir,
    timeBudgetMs: Number(arg('budget-ms', '10000')),
    heapMb: Number(arg('heap-mb', '256')),
    onProgress: (done, r) => {
      if (done % 500 === 0) console.log(`${done}/${count}: ${r.read} read, ${r.refused} refused, ${r.findings.length} finding(s)`);
    },
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nfuzz seed ${seed}: ${report.count} inputs in ${minutes} min; ${report.read} read, ${report.refused} refused; slowest ${Math.round(report.slowestMs)} ms`);
  console.log('refusals:', JSON.stringify(report.refusals));
  for (const [mutation, s] of Object.entries(report.byMutation).sort()) console.log(`  ${mutation.padEnd(20)} ${String(s.inputs).padStart(5)} inputs, ${s.read} read, ${s.refused} refused`);
  if (report.findings.length === 0) console.log('findings: none (no crash, hang, heap overflow or wrong refusal)');
  else {
    console.log(`findings: ${report.findings.length}, kept in ${keepDir}`);
    for (const f of report.findings.slice(0, 50)) console.log(`  #${f.index} ${f.problem} ${f.mutation} (${f.seed}): ${f.detail.split('\n')[0]}`);
  }
  return report.findings.length ? 1 : 0;
}

main().then((code) => process.exit(code));
