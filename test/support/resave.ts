/**
 * Re-saving a report with the real programs people pass it through (DESIGN.md §8, issue 11):
 *   - LibreOffice .docx -> .docx ("MS Word 2007 XML"): keeps w:alias and the placeholder w:docPart, drops w:tag;
 *   - LibreOffice .docx -> .odt -> .docx: the same, by way of its own format;
 *   - pandoc .docx -> .docx: keeps only the text (no content controls at all), like Google Docs or some WPS exports.
 * Each run of LibreOffice gets its own profile directory (-env:UserInstallation), so concurrent runs never share one.
 * Used by test/fixtures/make-resaved.ts (the stored fixtures) and test/oracle/resave.test.ts (regenerate and compare).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeTemplateDocx, TEMPLATE_DATE } from '../../src/docx/write';
import type { ReportData } from '../../src/docx/reportData';
import { PNG } from 'pngjs';
import { vietnameseProse } from './prose';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function sofficeAvailable(): boolean {
  return onPath('soffice');
}

export function pandocAvailable(): boolean {
  return onPath('pandoc');
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills soffice.bin too, not just the wrapper script.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`${command} timed out after ${timeoutMs} ms\n${text}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`${command} exited with ${code}\n${text}`));
    });
  });
}

/** LibreOffice `--convert-to <filter>` of one file into `outDir`; returns the output path. */
async function soffice(input: string, filter: string, ext: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bctt-lo-resave-'));
  try {
    const out = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        input,
      ],
      180_000,
    );
    const result = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, '') + '.' + ext);
    if (!existsSync(result)) throw new Error(`LibreOffice wrote no ${ext} for ${input}\n${out}`);
    return result;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export type ResaveWay = 'libreoffice' | 'libreoffice-odt' | 'pandoc';
export const RESAVE_WAYS: readonly ResaveWay[] = ['libreoffice', 'libreoffice-odt', 'pandoc'];

/** `bytes` re-saved the given way; the result's bytes. */
export async function resave(bytes: Uint8Array, way: ResaveWay): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-resave-'));
  try {
    const input = path.join(dir, 'in', 'bao-cao.docx');
    mkdirSync(path.dirname(input), { recursive: true });
    writeFileSync(input, bytes);
    const outDir = path.join(dir, 'out');
    mkdirSync(outDir, { recursive: true });
    let result: string;
    if (way === 'libreoffice') {
      result = await soffice(input, 'docx:MS Word 2007 XML', 'docx', outDir);
    } else if (way === 'libreoffice-odt') {
      const odt = await soffice(input, 'odt', 'odt', path.join(dir, 'odt'));
      result = await soffice(odt, 'docx:MS Word 2007 XML', 'docx', outDir);
    } else {
      result = path.join(outDir, 'bao-cao.docx');
      await run('pandoc', ['--from', 'docx', '--to', 'docx', '--output', result, input], 120_000);
    }
    return new Uint8Array(readFileSync(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A tiny 2:3 PNG (solid colour), for the photo. */
export function photoPng(): Uint8Array {
  const png = new PNG({ width: 40, height: 60 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = 40;
    png.data[i + 1] = 90;
    png.data[i + 2] = 160;
    png.data[i + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** The ready individual report of issue 11: photo, a 1,204-word summary, two table rows. */
export function readyIndividualData(): ReportData {
  return {
    kind: 'individual',
    fields: {
      hoTen: 'NGUYỄN THỊ THANH HƯƠNG',
      sinhNam: '1984',
      chucVuDonVi: 'Giáo viên, Trường Tiểu học Nguyễn Bỉnh Khiêm, Phường Sài Gòn, Thành phố Hồ Chí Minh',
    },
    summary: vietnameseProse(1204, 1307),
    models: [
      {
        ten: 'Thư viện xanh trong lớp học',
        donVi: 'Trường Tiểu học Nguyễn Bỉnh Khiêm',
        moTa: 'Góc đọc sách do học sinh tự quản, sách quyên góp từ phụ huynh.',
        loTrinh: 'Tháng 9: xây dựng góc đọc; tháng 10: tổ chức tiết đọc hằng tuần.',
        ketQua: '100% học sinh đọc ít nhất 4 cuốn sách mỗi tháng; nhân rộng ra 6 lớp.',
      },
      {
        ten: 'Sổ tay tiếng Việt số',
        donVi: 'Tổ chuyên môn khối 5',
        moTa: 'Bộ phiếu luyện chính tả trên máy tính bảng, có đáp án tức thì.',
        loTrinh: 'Quý 3: soạn 40 phiếu; quý 4: thử nghiệm ở 3 lớp.',
        ketQua: 'Tỉ lệ bài chính tả đạt điểm giỏi tăng từ 62% lên 81%.',
      },
    ],
    photo: { bytes: photoPng() },
  };
}

/** The ready collective report: unit name to city level, a 1,100-word summary, one row. */
export function readyCollectiveData(): ReportData {
  return {
    kind: 'collective',
    fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Phường Bến Thành, Thành phố Hồ Chí Minh' },
    summary: vietnameseProse(1100, 2025),
    models: [
      {
        ten: 'Câu lạc bộ Toán học vui',
        donVi: 'Tổ Toán',
        moTa: 'Sinh hoạt hằng tuần với trò chơi toán học.',
        loTrinh: 'Học kỳ I: thành lập; học kỳ II: mở rộng.',
        ketQua: '120 học sinh tham gia; 8 giải cấp thành phố.',
      },
    ],
  };
}

export function readyReportDocx(kind: 'individual' | 'collective'): Promise<Uint8Array> {
  return writeTemplateDocx(kind, kind === 'individual' ? readyIndividualData() : readyCollectiveData(), { date: TEMPLATE_DATE });
}
