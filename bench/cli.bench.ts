/**
 * Benchmark of `bao-cao-thanh-tich check` (issue 3 §7).
 *
 *   npx tsx bench/cli.bench.ts [--files 200] [--lo-sample 10]      (or: npm run bench -- cli)
 *
 * Generates filled reports with varied summaries into a temp directory, then measures:
 *   - in-process: readDocx + check + stats, one file at a time (files/s, peak RSS);
 *   - the whole command line: the built CLI spawned once on the directory (wall time, peak RSS from /usr/bin/time -v);
 *   - LibreOffice converting a sample of the same files to PDF (the layout route), extrapolated per file;
 * and prints how many times faster `check` is than the LibreOffice route (target: at least 200x).
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
          fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: String(1960 + (i % 40)), chucVuDonVi: `Giáo viên Trường Tiểu học số ${i}, Quận ${(i % 12) + 1}` },
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
    writeFileSync(path.join(dir, `bao-cao-${String(i).padStart(3, '0')}.docx`), await writeTemplateDocx(data.kind, data));
  }
}

async function inProcess(files: string[]): Promise<{ seconds: number; peakRss: number; errors: number }> {
  // Warm up the JIT on a few files, then measure the whole set.
  for (const f of files.slice(0, 10)) check(await readDocx(new Uint8Array(readFileSync(f))), { now: AT });
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

function wholeCli(dir: string): { seconds: number; peakRss: number | null; exit: number | null; files: number } {
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

async function libreOffice(files: string[], outDir: string): Promise<{ one: number; batch: number; n: number } | string> {
  if (!libreOfficeAvailable()) return 'LibreOffice (soffice) or poppler-utils not installed: LibreOffice comparison skipped.';
  const sample = files.slice(0, LO_SAMPLE);
  const time = async (list: string[], sub: string) => {
    const out = path.join(outDir, sub);
    mkdirSync(out, { recursive: true });
    const start = process.hrtime.bigint();
    await convertToPdf(list, out, { timeoutMs: 600_000 });
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const one = await time(sample.slice(0, 1), 'one');
  const batch = await time(sample, 'batch');
  return { one, batch, n: sample.length };
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
    console.log(`Generated ${FILES} filled reports (${(totalBytes / MB).toFixed(1)} MB, 600–1,599 words each) in ${((Date.now() - genStart) / 1000).toFixed(1)} s`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}\n`);

    const inproc = await inProcess(files);
    const cli = wholeCli(dir);
    const lo = await libreOffice(files, path.join(work, 'pdf'));

    const perFile = (s: number, n: number) => (s / n) * 1000;
    const widths = [44, 10, 12, 14];
    const lines = [
      row(['route', 'files/s', 'ms/file', 'peak RSS MB'], widths),
      row(['check, in process (readDocx+check+stats)', (FILES / inproc.seconds).toFixed(1), perFile(inproc.seconds, FILES).toFixed(2), (inproc.peakRss / MB).toFixed(0)], widths),
      row([
        `check, whole CLI process (${cli.files} files)`,
        (FILES / cli.seconds).toFixed(1),
        perFile(cli.seconds, FILES).toFixed(2),
        cli.peakRss === null ? 'n/a' : (cli.peakRss / MB).toFixed(0),
      ], widths),
    ];
    let loPerFileWarm: number | null = null;
    if (typeof lo === 'string') {
      lines.push('', lo);
    } else {
      const amortised = lo.batch / lo.n;
      loPerFileWarm = lo.n > 1 ? Math.max((lo.batch - lo.one) / (lo.n - 1), 0.001) : amortised;
      lines.push(
        row([`LibreOffice to PDF, ${lo.n} files in one run`, (lo.n / lo.batch).toFixed(2), (amortised * 1000).toFixed(0), ''], widths),
        row(['LibreOffice, per extra file (warm)', (1 / loPerFileWarm).toFixed(2), (loPerFileWarm * 1000).toFixed(0), ''], widths),
        row(['LibreOffice, one file per run (cold)', (1 / lo.one).toFixed(2), (lo.one * 1000).toFixed(0), ''], widths),
        '',
        `LibreOffice figures: a sample of ${lo.n} of the ${FILES} files converted in one soffice run (${lo.batch.toFixed(1)} s) and 1 file alone (${lo.one.toFixed(1)} s, start-up included);`,
        `"per extra file" = (${lo.n}-file run - 1-file run) / ${lo.n - 1}, extrapolated to the other files.`,
      );
      const ratio = (ms: number) => (loPerFileWarm! * 1000) / ms;
      const inprocRatio = ratio(perFile(inproc.seconds, FILES));
      const cliRatio = ratio(perFile(cli.seconds, FILES));
      lines.push(
        `Speed-up over LibreOffice (warm, per file): in process ${inprocRatio.toFixed(0)}x, whole CLI ${cliRatio.toFixed(0)}x  (target >= 200x: ${
          Math.min(inprocRatio, cliRatio) >= 200 ? 'met' : 'NOT met'
        })`,
        `Speed-up over one LibreOffice run per file (start-up included): in process ${((lo.one * 1000) / perFile(inproc.seconds, FILES)).toFixed(0)}x, whole CLI ${(
          (lo.one * 1000) /
          perFile(cli.seconds, FILES)
        ).toFixed(0)}x`,
      );
    }
    lines.push(`CLI exit status ${cli.exit}; ${inproc.errors} error findings in all (reports vary: some lack a photo or enough words).`);
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
