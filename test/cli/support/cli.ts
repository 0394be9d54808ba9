/**
 * Helpers for the command-line tests: build the real bundle, run it as a child process through the
 * package's launcher, and make inputs (report JSON files, photos).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const LAUNCHER = path.join(ROOT, 'bin', 'bao-cao-thanh-tich.js');
export const BUNDLE = path.join(ROOT, 'dist', 'cli', 'bao-cao-thanh-tich.cjs');

/** Build dist/cli/bao-cao-thanh-tich.cjs with the project's build script (atomic, safe to run in parallel). */
export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `bao-cao-thanh-tich ARGS…` the way `npx bao-cao-thanh-tich` does: node + the bin launcher. */
export function runCli(args: readonly string[], options: { cwd?: string; launcher?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [options.launcher ?? LAUNCHER, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'bctt-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A small valid PNG photo; 2:3 (portrait) by default, as the 4x6 frame wants. */
export function pngPhoto(width = 40, height = 60): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = 30 + ((x * 5) % 200);
      png.data[i + 1] = 60 + ((y * 3) % 180);
      png.data[i + 2] = 150;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export interface ReportJson {
  kind: 'individual' | 'collective';
  fields: Record<string, string>;
  summary: string[];
  models: Record<string, string>[];
  photo?: string;
}

/** Exemplary model rows, every cell filled. */
export function modelRows(count = 2): Record<string, string>[] {
  return Array.from({ length: count }, (_, i) => ({
    ten: `Thư viện xanh thân thiện số ${i + 1}`,
    donVi: 'Tổ Ngữ văn phối hợp Đoàn trường',
    moTa: 'Không gian đọc mở giữa sân trường, học sinh tự quản, mượn trả sách bằng thẻ.',
    loTrinh: 'Tháng 9/2025: khảo sát; tháng 10: thí điểm; tháng 12: nhân rộng toàn trường.',
    ketQua: '1.200 lượt mượn sách mỗi tháng; được Sở biểu dương và ba trường bạn học tập.',
  }));
}

/** The fields of a complete, valid individual report. */
export const INDIVIDUAL_FIELDS = { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng Trường Tiểu học Lê Văn Tám, Quận 1' };

/** The field of a complete, valid collective report. */
export const COLLECTIVE_FIELDS = { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' };

/** Write a report JSON (and its photo, next to it, when `photo` is true) into `dir`; returns the JSON path. */
export function writeReportJson(dir: string, name: string, report: ReportJson, photoBytes?: Buffer): string {
  if (photoBytes && report.photo) writeFileSync(path.join(dir, report.photo), photoBytes);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

/** An instant inside Q4 2026, well before its deadline (3 January 2027): no deadline warning. */
export const AT_IN_QUARTER = '2026-11-25T09:00:00+07:00';
