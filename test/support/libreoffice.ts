/**
 * The layout oracle (DESIGN.md §4): LibreOffice converts .docx files to PDF, poppler reads the PDFs back.
 * Every run gets its own LibreOffice profile directory, so concurrent runs never share (or lock) a profile.
 * Used by test/oracle and bench/cli.bench.ts; nothing here writes documents.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const A4_PT = { width: 595.28, height: 841.89 } as const;
export const PT_PER_MM = 72 / 25.4;

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when `soffice`, `pdfinfo` and `pdftotext` are all installed. */
export function libreOfficeAvailable(): boolean {
  return onPath('soffice') && onPath('pdfinfo') && onPath('pdftotext');
}

export interface ConvertOptions {
  /** Kill LibreOffice after this long (whole batch). Default 120 s. */
  timeoutMs?: number;
  /** Target, as for `--convert-to` (default 'pdf:writer_pdf_Export'); the output extension is the part before ':'. */
  convertTo?: string;
  /** Import filter, as for `--infilter` (e.g. 'Text (encoded):UTF8,LF,,,' for UTF-8 text files). */
  infilter?: string;
  /** `<item>` elements written into the fresh profile's registrymodifications.xcu before the run. */
  registryItems?: readonly string[];
}

/**
 * LibreOffice's word count with Word's rule: its default "additional separators" (en and em dash) split "2020–2025"
 * in two and drop a spaced dash; emptied here, it counts every whitespace-separated token as Word does.
 */
export const WORD_RULE_REGISTRY_ITEM =
  '<item oor:path="/org.openoffice.Office.Writer/WordCount"><prop oor:name="AdditionalSeparators" oor:op="fuse"><value></value></prop></item>';

/**
 * Convert .docx files to PDF (or, with `convertTo`, another format) with one headless LibreOffice process. Returns the paths, in the order of `docxFiles`
 * (each `<outDir>/<basename>.pdf`). Throws with LibreOffice's output when a PDF is missing or the run times out.
 */
export async function convertToPdf(docxFiles: readonly string[], outDir: string, options: ConvertOptions = {}): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const convertTo = options.convertTo ?? 'pdf:writer_pdf_Export';
  const extension = convertTo.split(':')[0];
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bctt-lo-profile-'));
  if (options.registryItems && options.registryItems.length > 0) {
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        options.registryItems.join('\n') +
        '\n</oor:items>\n',
    );
  }
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--invisible',
    '--norestore',
    '--nolockcheck',
    '--nodefault',
    ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
    '--convert-to',
    convertTo,
    '--outdir',
    outDir,
    ...docxFiles,
  ];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      // Own process group, so a timeout kills soffice.bin too, not just the wrapper script.
      const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        reject(new Error(`LibreOffice timed out after ${timeoutMs} ms\n${text}`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(text);
        else reject(new Error(`LibreOffice exited with ${code}\n${text}`));
      });
    });
    const pdfs = docxFiles.map((f) => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '') + '.' + extension));
    const missing = pdfs.filter((p) => !existsSync(p));
    if (missing.length > 0) throw new Error(`LibreOffice produced no PDF for ${missing.join(', ')}\n${output}`);
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface PdfInfo {
  pages: number;
  /** Size of the first page, in points. */
  pageWidthPt: number;
  pageHeightPt: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const text = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(text);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text);
  if (!pages || !size) throw new Error(`pdfinfo gave no page count or size for ${pdf}:\n${text}`);
  return { pages: Number(pages[1]), pageWidthPt: Number(size[1]), pageHeightPt: Number(size[2]) };
}

/**
 * The PDF's text (UTF-8), optionally of a page range. `layout` keeps the physical layout; `raw` keeps the content
 * stream order (a table cell's lines stay together). Pages are separated by "\f".
 */
export function pdfText(pdf: string, options: { layout?: boolean; raw?: boolean; firstPage?: number; lastPage?: number } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (options.layout) args.push('-layout');
  if (options.raw) args.push('-raw');
  if (options.firstPage) args.push('-f', String(options.firstPage));
  if (options.lastPage) args.push('-l', String(options.lastPage));
  return execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface BoxedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface BoxedLine {
  words: BoxedWord[];
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface BoxedPage {
  width: number;
  height: number;
  lines: BoxedLine[];
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Every line and word of every page with its bounding box in points (origin top left), from `pdftotext -bbox-layout`. */
export function pdfBoxes(pdf: string): BoxedPage[] {
  const html = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(attrs)?.[1] ?? NaN);
  const pages: BoxedPage[] = [];
  for (const pageMatch of html.matchAll(/<page([^>]*)>([\s\S]*?)<\/page>/g)) {
    const page: BoxedPage = { width: num(pageMatch[1], 'width'), height: num(pageMatch[1], 'height'), lines: [] };
    for (const lineMatch of pageMatch[2].matchAll(/<line([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words: BoxedWord[] = [];
      for (const w of lineMatch[2].matchAll(/<word([^>]*)>([\s\S]*?)<\/word>/g)) {
        words.push({ text: decodeEntities(w[2]), xMin: num(w[1], 'xMin'), yMin: num(w[1], 'yMin'), xMax: num(w[1], 'xMax'), yMax: num(w[1], 'yMax') });
      }
      const a = lineMatch[1];
      page.lines.push({ words, xMin: num(a, 'xMin'), yMin: num(a, 'yMin'), xMax: num(a, 'xMax'), yMax: num(a, 'yMax') });
    }
    pages.push(page);
  }
  return pages;
}
