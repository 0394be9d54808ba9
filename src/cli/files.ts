import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../docx/limits';

/** Largest .docx `check` will read (the reader's own limit): a report is a few hundred KB, a photo included. */
export const MAX_DOCX_BYTES = DEFAULT_LIMITS.maxInputBytes;
/** Largest JSON data file or photo `new` will read. */
export const MAX_DATA_BYTES = 20 * 1024 * 1024;

/** One input of `check`: a file to read, or a path that could not be used (with the reason's message key). */
export type CheckInput = { file: string; problem?: undefined } | { file: string; problem: 'cli.check.fileNotFound' | 'cli.check.notAFile' };

/** Hidden files and Word's "~$…" owner (lock) files are never reports. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

function isDocxName(name: string): boolean {
  return name.toLowerCase().endsWith('.docx') && !isIgnoredName(name);
}

/**
 * Natural order ("bao-cao-2" before "bao-cao-10"), otherwise by code point on NFC text: the same order on every
 * machine and locale, whatever normalisation the file system uses.
 */
export function compareNames(a: string, b: string): number {
  const chunks = (s: string) => s.normalize('NFC').match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const dx = /^\d/.test(x[i]);
    const dy = /^\d/.test(y[i]);
    if (dx && dy) {
      const diff = Number(x[i]) - Number(y[i]);
      if (diff !== 0) return diff < 0 ? -1 : 1;
    }
    return x[i] < y[i] ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files to check, in a stable order: each argument in the order given; a directory is replaced by its
 * `*.docx` files (recursively, sorted, skipping hidden entries and `~$` lock files); a path that does not exist
 * is kept, with a problem, so it is reported with the rest.
 */
export async function collectInputs(args: readonly string[]): Promise<CheckInput[]> {
  const out: CheckInput[] = [];
  const seen = new Set<string>();
  const push = (input: CheckInput) => {
    const key = path.resolve(input.file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(input);
  };
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      push({ file: arg, problem: 'cli.check.fileNotFound' });
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of await walkDocx(arg)) push({ file });
    } else if (stat.isFile()) {
      push({ file: arg });
    } else {
      push({ file: arg, problem: 'cli.check.notAFile' });
    }
  }
  return out;
}

async function walkDocx(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walkDocx(full)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isDocxName(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'notFound' | 'notAFile' | 'tooLarge' | 'unreadable'; size?: number; detail?: string };

/** Read a whole file, but look at its size first so a huge file is refused without loading it. */
export async function readFileBounded(file: string, maxBytes: number): Promise<BoundedRead> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    return { ok: false, reason: 'notFound', detail: errorText(error) };
  }
  if (!stat.isFile()) return { ok: false, reason: 'notAFile' };
  if (stat.size > maxBytes) return { ok: false, reason: 'tooLarge', size: stat.size };
  try {
    const buffer = await fs.readFile(file);
    // The file could have grown between stat and read.
    if (buffer.byteLength > maxBytes) return { ok: false, reason: 'tooLarge', size: buffer.byteLength };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: errorText(error) };
  }
}

export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
