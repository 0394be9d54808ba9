/**
 * Benchmark of `bao-cao-thanh-tich check` against LibreOffice laying the same files out.
 *
 *   npx tsx bench/cli.bench.ts [--files 200] [--rounds 5] [--lo-sample 10] [--lo-cold-runs 3] [--lo-pairs 3]
 *   (or: npm run bench -- cli)
 *
 * Generates filled reports with varied summaries into a temp directory, then measures:
 *   - in-process: readDocx + check + stats, one file at a time (files/s, peak RSS), median of --rounds rounds;
 *   - the whole command line: the built CLI spawned on the directory (wall time, peak RSS from /usr/bin/time -v),
 *     median of --rounds runs;
 *   - LibreOffice converting the same files to PDF (the layout route), two ways: one soffice run per file
 *     (start-up included, as an officer converting files one by one; median of --lo-cold-runs runs) and the
 *     marginal cost of one more file in a warm batch run (a sample of --lo-sample files);
 * and prints, for each LibreOffice route, how many times faster `check` is, with a verdict against the
 * target of issue 3 §7 (at least 200x): met only when both the in-process and the whole-CLI figures reach it.
 *
 * The like-for-like figure (issue 13): process against process, PAIRED runs — the whole `check` CLI on the folder,
 * then ONE LibreOffice call converting the same files to PDF — repeated --lo-pairs times; the median of the per-pair
 * ratios. The other LibreOffice figures compare unlike things (one soffice start per file) and are printed as such.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { check, stats } from '../src/core';
import { readDocx } from '../src/docx/read';
import type { ReportData } from '../src/docx/reportData';
import { writeTemplateDocx } from '../src/docx/write';
import { vietnameseProse } from '../test/support/prose';
import { convertToPdf, libreOfficeAvailable } from '../test/support/libreoffice';

const ROOT = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 200);
const LO_SAMPLE = arg('lo-sample', 10);
const ROUNDS = Math.max(1, arg('rounds', 5));
const LO_COLD_RUNS = Math.max(1, arg('lo-cold-runs', 3));
const LO_PAIRS = Math.max(0, arg('lo-pairs', 3));
const TARGET = 200;
/** What the `check` figures measure: the reading route of readDocx (src/docx/read.ts, zip.ts, xml.ts). */
const CHECK_ROUTE =
  'check route: readDocx (zip central directory read directly, entries inflated with pako, JSZip for anything unusual; ' +
  'XML by the fast scanner, saxes for anything unusual) + check + stats';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const AT = new Date('2026-11-25T09:00:00+07:00');
const MB = 1024 * 1024;

function photo(): Uint8Array {
  const png = new PNG({ width: 200, height: 300 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (i / 4) % 251;
    png.data[i + 1] = (i / 7) % 241;
    png.data[i + 2] = 128;
    png.data[i + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

function model(i: number) {
  return {
    ten: `Mô hình thi đua số ${i}`,
    donVi: 'Tổ chuyên môn phối hợp Đoàn trường',
    moTa: vietnameseProse(40, 900 + i).join(' '),
    loTrinh: 'Tháng 9/2025: khảo sát; tháng 10: thí điểm; tháng 12: nhân rộng.',
    ketQua: vietnameseProse(30, 700 + i).join(' '),
  };
}

async function generate(dir: string): Promise<void> {
  const picture = photo();
  for (let i = 0; i < FILES; i++) {
    const words = 600 + ((i * 137) % 1000); // 600–1,599 words
    const individual = i % 3 !== 2;
    const data: ReportData = individual
      ? {
          kind: 'individual',
          fields: {
            hoTen: 'NGUYỄN THỊ MAI',
            sinhNam: String(1960 + (i % 40)),
            chucVuDonVi: `Giáo viên Trường Tiểu học số ${i}, Quận ${(i % 12) + 1}`,
          },
          summary: vietnameseProse(words, i + 1),
          models: Array.from({ length: 1 + (i % 3) }, (_, k) => model(k)),
          ...(i % 5 === 0 ? {} : { photo: { bytes: picture } }),
        }
      : {
          kind: 'collective',
          fields: { tenTapThe: `Tổ Toán, Trường THCS số ${i}, Quận ${(i % 12) + 1}, Thành phố Hồ Chí Minh` },
          summary: vietnameseProse(words, i + 1),
          models: [model(i)],
        };
    writeFileSync(
      path.join(dir, `bao-cao-${String(i).padStart(3, '0')}.docx`),
      await writeTemplateDocx(data.kind, data),
    );
  }
}

async function inProcessRound(files: string[]): Promise<{ seconds: number; peakRss: number; errors: number }> {
  let peakRss = process.memoryUsage().rss;
  let errors = 0;
  const start = process.hrtime.bigint();
  for (const f of files) {
    const snapshot = await readDocx(new Uint8Array(readFileSync(f)));
    const findings = check(snapshot, { now: AT });
    stats(snapshot, { now: AT });
    errors += findings.filter((x) => x.severity === 'error').length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRss, errors };
}

/** Median over ROUNDS rounds of the whole set (file reading included), after a JIT warm-up on a few files. */
async function inProcess(
  files: string[],
): Promise<{ seconds: number; rounds: number[]; peakRss: number; errors: number }> {
  for (const f of files.slice(0, 10)) check(await readDocx(new Uint8Array(readFileSync(f))), { now: AT });
  const results = [];
  for (let r = 0; r < ROUNDS; r++) results.push(await inProcessRound(files));
  const rounds = results.map((x) => x.seconds);
  return {
    seconds: median(rounds),
    rounds,
    peakRss: Math.max(...results.map((x) => x.peakRss)),
    errors: results[0].errors,
  };
}

function wholeCliOnce(dir: string): { seconds: number; peakRss: number | null; exit: number | null; files: number } {
  const launcher = path.join(ROOT, 'bin', 'bao-cao-thanh-tich.js');
  const args = [launcher, 'check', dir, '--json', '--at', AT.toISOString()];
  const timeV = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const result = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 256 * MB })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * MB });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const files = (JSON.parse(result.stdout) as unknown[]).length;
  return { seconds, peakRss: kb ? Number(kb[1]) * 1024 : null, exit: result.status, files };
}

/** Median wall time over ROUNDS runs of the whole command (Node start-up included). */
function wholeCli(dir: string): {
  seconds: number;
  rounds: number[];
  peakRss: number | null;
  exit: number | null;
  files: number;
} {
  const runs = Array.from({ length: ROUNDS }, () => wholeCliOnce(dir));
  const rss = runs.map((r) => r.peakRss).filter((x): x is number => x !== null);
  const rounds = runs.map((r) => r.seconds);
  return {
    seconds: median(rounds),
    rounds,
    peakRss: rss.length ? Math.max(...rss) : null,
    exit: runs[0].exit,
    files: runs[0].files,
  };
}

async function libreOffice(
  files: string[],
  outDir: string,
): Promise<{ one: number; ones: number[]; batch: number; n: number } | string> {
  if (!libreOfficeAvailable())
    return 'LibreOffice (soffice) or poppler-utils not installed: LibreOffice comparison skipped.';
  const sample = files.slice(0, LO_SAMPLE);
  const time = async (list: string[], sub: string) => {
    const out = path.join(outDir, sub);
    mkdirSync(out, { recursive: true });
    const start = process.hrtime.bigint();
    await convertToPdf(list, out, { timeoutMs: 600_000 });
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  // One soffice run per file, start-up included: the first run also warms the disk cache, so take the median.
  const ones: number[] = [];
  for (let r = 0; r < LO_COLD_RUNS; r++) ones.push(await time([files[r % files.length]], `one-${r}`));
  const one = median(ones);
  const batch = await time(sample, 'batch');
  return { one, ones, batch, n: sample.length };
}

/** Paired runs: the whole check CLI on `dir`, then one LibreOffice call converting all `files`; per-pair ratios. */
async function likeForLike(dir: string, files: string[], outDir: string): Promise<{ check: number[]; lo: number[]; ratios: number[] } | string> {
  if (!libreOfficeAvailable()) return 'LibreOffice not installed: like-for-like comparison skipped.';
  const check: number[] = [];
  const lo: number[] = [];
  for (let r = 0; r < LO_PAIRS; r++) {
    check.push(wholeCliOnce(dir).seconds);
    const out = path.join(outDir, `pair-${r}`);
    mkdirSync(out, { recursive: true });
    const start = process.hrtime.bigint();
    await convertToPdf(files, out, { timeoutMs: 1_800_000 });
    lo.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { check, lo, ratios: lo.map((l, i) => l / check[i]) };
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  const work = path.join(os.tmpdir(), `bctt-bench-${process.pid}`);
  const dir = path.join(work, 'reports');
  mkdirSync(dir, { recursive: true });
  try {
    const genStart = Date.now();
    await generate(dir);
    const files = Array.from({ length: FILES }, (_, i) => path.join(dir, `bao-cao-${String(i).padStart(3, '0')}.docx`));
    const totalBytes = files.reduce((n, f) => n + readFileSync(f).byteLength, 0);
    console.log(
      `Generated ${FILES} filled reports (${(totalBytes / MB).toFixed(1)} MB, 600–1,599 words each) in ${((Date.now() - genStart) / 1000).toFixed(1)} s`,
    );
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}\n`);

    const inproc = await inProcess(files);
    const cli = wholeCli(dir);
    const lo = await libreOffice(files, path.join(work, 'pdf'));
    const paired = LO_PAIRS > 0 ? await likeForLike(dir, files, path.join(work, 'pdf-pairs')) : null;

    const perFile = (s: number, n: number) => (s / n) * 1000;
    const inprocMs = perFile(inproc.seconds, FILES);
    const cliMs = perFile(cli.seconds, FILES);
    const rounds = (xs: number[]) => xs.map((x) => perFile(x, FILES).toFixed(2)).join(' ');
    const widths = [44, 10, 12, 14];
    const lines = [
      CHECK_ROUTE,
      `check: median of ${ROUNDS} rounds over the ${FILES} files (ms/file per round: in process ${rounds(inproc.rounds)}; whole CLI ${rounds(cli.rounds)})`,
      '',
      row(['route', 'files/s', 'ms/file', 'peak RSS MB'], widths),
      row(
        [
          'check, in process (readDocx+check+stats)',
          (FILES / inproc.seconds).toFixed(1),
          inprocMs.toFixed(2),
          (inproc.peakRss / MB).toFixed(0),
        ],
        widths,
      ),
      row(
        [
          `check, whole CLI process (${cli.files} files)`,
          (FILES / cli.seconds).toFixed(1),
          cliMs.toFixed(2),
          cli.peakRss === null ? 'n/a' : (cli.peakRss / MB).toFixed(0),
        ],
        widths,
      ),
    ];
    if (typeof lo === 'string') {
      lines.push('', lo);
    } else {
      const amortised = lo.batch / lo.n;
      const warm = lo.n > 1 ? Math.max((lo.batch - lo.one) / (lo.n - 1), 0.001) : amortised;
      lines.push(
        row(
          ['LibreOffice, one file per run (start-up incl.)', (1 / lo.one).toFixed(2), (lo.one * 1000).toFixed(0), ''],
          widths,
        ),
        row(
          [`LibreOffice, ${lo.n} files in one run`, (lo.n / lo.batch).toFixed(2), (amortised * 1000).toFixed(0), ''],
          widths,
        ),
        row(['LibreOffice, per extra file in a warm run', (1 / warm).toFixed(2), (warm * 1000).toFixed(0), ''], widths),
        '',
        `LibreOffice figures: one file per soffice run, median of ${lo.ones.length} runs (${lo.ones.map((x) => x.toFixed(2)).join(', ')} s);`,
        `${lo.n} files in one run ${lo.batch.toFixed(1)} s; "per extra file" = (${lo.n}-file run - 1-file run) / ${lo.n - 1}.`,
        '',
      );
      const mark = (ratio: number) => `${ratio.toFixed(0)}x ${ratio >= TARGET ? 'met' : 'NOT met'}`;
      const verdict = (label: string, loMs: number): string => {
        const inprocRatio = loMs / inprocMs;
        const cliRatio = loMs / cliMs;
        const met = Math.min(inprocRatio, cliRatio) >= TARGET;
        return (
          `VERDICT ${met ? 'MET    ' : 'NOT MET'} check vs ${label} (${loMs.toFixed(0)} ms/file): ` +
          `in process ${mark(inprocRatio)}, whole CLI ${mark(cliRatio)}`
        );
      };
      lines.push(
        'NOT like for like: one soffice start per file, or an in-process figure against a process. See the paired figure below.',
        `Target (issue 3 §7): check >= ${TARGET}x faster than LibreOffice, in process and as a whole CLI run.`,
        verdict('LibreOffice one file per run, start-up included ("cold")', lo.one * 1000),
        verdict('LibreOffice warm batch, per extra file', warm * 1000),
      );
    }
    if (typeof paired === 'string') lines.push('', paired);
    else if (paired) {
      lines.push(
        '',
        `LIKE FOR LIKE (process against process, ${paired.ratios.length} paired runs over the same ${FILES} files):`,
        `  check CLI ${paired.check.map((x) => x.toFixed(2)).join(', ')} s; one LibreOffice call ${paired.lo.map((x) => x.toFixed(1)).join(', ')} s`,
        `  check is ${median(paired.ratios).toFixed(1)}x faster (median of per-pair ratios ${paired.ratios.map((x) => x.toFixed(1)).join(', ')})`,
        `  command: npx tsx bench/cli.bench.ts --files ${FILES} --lo-pairs ${LO_PAIRS}`,
      );
    }
    lines.push(
      `CLI exit status ${cli.exit}; ${inproc.errors} error findings in all (reports vary: some lack a photo or enough words).`,
    );
    console.log(lines.join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export default main;

// Run directly (`npx tsx bench/cli.bench.ts`); bench/index.ts imports it and calls the default export.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
