import path from 'node:path';
import { MAX_DATA_BYTES, megabytes, readFileBounded } from './files';
import type { MessageRef } from '../core/rules/types';
import { detectImage } from '../docx/image';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * JSON.parse with the error's position turned into line and column.
 * V8 says "... in JSON at position N" (Node 20) and may add "(line L column C)" (Node 22).
 */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; error: MessageRef } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const reason = raw.replace(/\s*\(line \d+ column \d+\)\s*$/, '').replace(/\s+in JSON at position \d+.*$/, '').trim();
    const position = /at position (\d+)/.exec(raw);
    if (position) {
      const { line, column } = lineColumnAt(text, Number(position[1]));
      return { ok: false, error: { key: 'cli.error.jsonSyntax', params: { file, line, column, reason } } };
    }
    if (/Unexpected end of JSON input/i.test(raw)) {
      const { line, column } = lineColumnAt(text, text.length);
      return { ok: false, error: { key: 'cli.error.jsonSyntax', params: { file, line, column, reason } } };
    }
    return { ok: false, error: { key: 'cli.error.jsonSyntaxNoPosition', params: { file, reason } } };
  }
}

/**
 * Read a report JSON file for `new`: size check, UTF-8 (a byte-order mark is tolerated, as Windows Notepad writes one),
 * syntax errors with line and column. Returns the parsed object; its shape is checked by `parseReportData`.
 */
export async function loadJsonObject(file: string): Promise<{ ok: true; json: Record<string, unknown> } | { ok: false; error: MessageRef }> {
  const read = await readFileBounded(file, MAX_DATA_BYTES);
  if (!read.ok) {
    if (read.reason === 'notFound') return { ok: false, error: { key: 'cli.error.dataNotFound', params: { file } } };
    if (read.reason === 'tooLarge') {
      return { ok: false, error: { key: 'cli.error.dataTooLarge', params: { file, size: megabytes(read.size ?? 0), max: megabytes(MAX_DATA_BYTES) } } };
    }
    return { ok: false, error: { key: 'cli.error.dataUnreadable', params: { file, reason: read.detail ?? read.reason } } };
  }
  const text = new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, '');
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { key: 'cli.error.jsonNotObject', params: { file } } };
  }
  return { ok: true, json: value as Record<string, unknown> };
}

/** Read the photo named in a report JSON file: `photoPath` is relative to the JSON file's directory. */
export async function loadPhoto(jsonFile: string, photoPath: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: MessageRef }> {
  const resolved = path.resolve(path.dirname(path.resolve(jsonFile)), photoPath);
  const img = await readFileBounded(resolved, MAX_DATA_BYTES);
  if (!img.ok) {
    if (img.reason === 'tooLarge') {
      return { ok: false, error: { key: 'cli.error.photoTooLarge', params: { file: photoPath, size: megabytes(img.size ?? 0), max: megabytes(MAX_DATA_BYTES) } } };
    }
    return { ok: false, error: { key: 'cli.error.photoNotFound', params: { file: photoPath } } };
  }
  if (!detectImage(img.bytes)) return { ok: false, error: { key: 'cli.error.photoFormat', params: { file: photoPath } } };
  return { ok: true, bytes: img.bytes };
}
