/**
 * The school directory: schools with their addresses, ward and emulation cluster (khối thi đua 1–5), their
 * submission keys (random, shown once, stored as SHA-256), import from CSV (csv-parse) or .xlsx (exceljs), and
 * the onboarding link + QR code (qrcode, SVG) that open the pane with the key, recipient and office preset.
 */
import { randomBytes } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import QRCode from 'qrcode';
import { isValidEmail } from '../../src/core/settings/email';
import { SCHOOL_KEY_PATTERN } from '../../src/core/settings/schoolKey';
import { ID_PATTERN, newId, sha256Hex } from './db';
import { type FieldProblem, HttpError } from './http';

export const CLUSTERS = [1, 2, 3, 4, 5] as const;
export const MAX_EMAILS = 10;
export const KEY_PREFIX = 'bctt_';
/** One home for the key's shape: src/core/settings/schoolKey.ts (the pane validates the same). */
export const KEY_PATTERN = SCHOOL_KEY_PATTERN;

export interface School {
  id: string;
  name: string;
  emails: string[];
  ward: string;
  cluster: number | null;
  createdAt: string;
  updatedAt: string;
  keyIssuedAt: string | null;
}

export interface SchoolInput {
  name: string;
  emails: string[];
  ward: string;
  cluster: number | null;
}

export interface Onboarding {
  schoolId: string;
  schoolName: string;
  key: string;
  link: string;
  qrSvg: string;
  manifestUrl: string;
}

/** What the onboarding link presets in the pane. */
export interface OnboardingTarget {
  /** The server's public address (no trailing slash). */
  baseUrl: string;
  to: string;
  office: string;
}

interface SchoolRow {
  id: string;
  name: string;
  ward: string;
  cluster: number | null;
  emails: string;
  key_issued_at: string | null;
  created_at: string;
  updated_at: string;
}

const COLLATOR = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function toSchool(row: SchoolRow): School {
  return {
    id: row.id,
    name: row.name,
    emails: JSON.parse(row.emails) as string[],
    ward: row.ward,
    cluster: row.cluster,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    keyIssuedAt: row.key_issued_at,
  };
}

/** Trimmed, NFC, inner whitespace collapsed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The matching key of a name or heading: NFC, lower case, no diacritics, single spaces. */
export function foldKey(value: string): string {
  return cleanText(value)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** "3", "Khối 3", "khoi 3", 3 → 3; '' → null; anything else → NaN. */
export function parseCluster(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return CLUSTERS.includes(value as 1) ? value : NaN;
  const m = /^(?:khoi(?: thi dua)?\s*)?([1-5])$/.exec(foldKey(String(value)));
  return m ? Number(m[1]) : NaN;
}

export function splitEmails(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
}

/** Validates a school's input (JSON body or an imported row); problems are field-level message refs. */
export function validateSchool(raw: Record<string, unknown>): { input: SchoolInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = typeof raw.name === 'string' ? cleanText(raw.name) : '';
  if (!name) problems.push({ field: 'name', code: 'inbox.school.nameRequired' });
  else if (name.length > 200) problems.push({ field: 'name', code: 'inbox.school.tooLong', params: { max: 200 } });
  const ward = typeof raw.ward === 'string' ? cleanText(raw.ward) : '';
  if (ward.length > 200) problems.push({ field: 'ward', code: 'inbox.school.tooLong', params: { max: 200 } });
  const list = Array.isArray(raw.emails)
    ? raw.emails.filter((e): e is string => typeof e === 'string').flatMap(splitEmails)
    : typeof raw.emails === 'string'
      ? splitEmails(raw.emails)
      : [];
  const emails = [...new Set(list)];
  for (const email of emails)
    if (!isValidEmail(email)) problems.push({ field: 'emails', code: 'inbox.school.emailInvalid', params: { email } });
  if (emails.length > MAX_EMAILS)
    problems.push({ field: 'emails', code: 'inbox.school.tooManyEmails', params: { max: MAX_EMAILS } });
  const cluster = parseCluster(raw.cluster);
  if (Number.isNaN(cluster)) problems.push({ field: 'cluster', code: 'inbox.school.clusterInvalid' });
  return { input: { name, emails, ward, cluster: Number.isNaN(cluster) ? null : cluster }, problems };
}

export function newSchoolKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export class Directory {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(filter: { ward?: string; cluster?: number; q?: string } = {}): School[] {
    const rows = this.db.prepare('SELECT * FROM inbox_schools WHERE archived = 0').all() as SchoolRow[];
    const q = filter.q ? foldKey(filter.q) : '';
    return rows
      .map(toSchool)
      .filter(
        (s) =>
          (filter.ward === undefined || s.ward === filter.ward) &&
          (filter.cluster === undefined || s.cluster === filter.cluster) &&
          (!q || foldKey(s.name).includes(q)),
      )
      .sort((a, b) => COLLATOR.compare(a.name, b.name));
  }

  get(id: string): School | null {
    if (!ID_PATTERN.test(id)) return null;
    const row = this.db.prepare('SELECT * FROM inbox_schools WHERE id = ? AND archived = 0').get(id) as
      | SchoolRow
      | undefined;
    return row ? toSchool(row) : null;
  }

  wards(): string[] {
    const rows = this.db
      .prepare(`SELECT DISTINCT ward FROM inbox_schools WHERE archived = 0 AND ward <> ''`)
      .all() as Array<{ ward: string }>;
    return rows.map((r) => r.ward).sort(COLLATOR.compare);
  }

  /** The school a key belongs to (not archived), or null. */
  byKey(key: string): School | null {
    if (!KEY_PATTERN.test(key)) return null;
    const row = this.db.prepare('SELECT * FROM inbox_schools WHERE key_hash = ? AND archived = 0').get(sha256Hex(key)) as
      | SchoolRow
      | undefined;
    return row ? toSchool(row) : null;
  }

  /** The school that mails from `address`, or null. */
  byEmail(address: string): School | null {
    const row = this.db.prepare('SELECT school_id FROM inbox_school_emails WHERE email = ?').get(address.toLowerCase()) as
      | { school_id: string }
      | undefined;
    return row ? this.get(row.school_id) : null;
  }

  private checkUnique(input: SchoolInput, selfId: string | null): FieldProblem[] {
    const problems: FieldProblem[] = [];
    for (const email of input.emails) {
      const owner = this.db.prepare('SELECT school_id FROM inbox_school_emails WHERE email = ?').get(email) as
        | { school_id: string }
        | undefined;
      if (owner && owner.school_id !== selfId) {
        const other = this.get(owner.school_id);
        problems.push({ field: 'emails', code: 'inbox.school.emailTaken', params: { email, school: other?.name ?? '' } });
      }
    }
    return problems;
  }

  private findByName(name: string): School | null {
    const row = this.db
      .prepare('SELECT * FROM inbox_schools WHERE name_key = ? AND archived = 0')
      .get(foldKeyExact(name)) as SchoolRow | undefined;
    return row ? toSchool(row) : null;
  }

  private writeEmails(id: string, emails: string[]): void {
    this.db.prepare('DELETE FROM inbox_school_emails WHERE school_id = ?').run(id);
    const insert = this.db.prepare('INSERT INTO inbox_school_emails (email, school_id) VALUES (?, ?)');
    for (const e of emails) insert.run(e, id);
  }

  /** Creates a school with a new key; throws HttpError 400/409. */
  create(raw: Record<string, unknown>): { school: School; key: string } {
    const { input, problems } = validateSchool(raw);
    if (problems.length) throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: problems });
    return this.db.transaction(() => {
      if (this.findByName(input.name)) throw new HttpError(409, 'inbox.school.duplicate', { name: input.name });
      const unique = this.checkUnique(input, null);
      if (unique.length) throw new HttpError(409, 'inbox.school.emailTaken', unique[0].params ?? {}, { fieldProblems: unique });
      const id = newId('s');
      const key = newSchoolKey();
      const now = this.clock().toISOString();
      this.db
        .prepare(
          `INSERT INTO inbox_schools (id, name, name_key, ward, cluster, emails, key_hash, key_issued_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, input.name, foldKeyExact(input.name), input.ward, input.cluster, JSON.stringify(input.emails), sha256Hex(key), now, now, now);
      this.writeEmails(id, input.emails);
      return { school: this.get(id)!, key };
    })();
  }

  update(id: string, raw: Record<string, unknown>): School {
    const { input, problems } = validateSchool(raw);
    if (problems.length) throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: problems });
    return this.db.transaction(() => {
      if (!this.get(id)) throw new HttpError(404, 'inbox.notFound');
      const same = this.findByName(input.name);
      if (same && same.id !== id) throw new HttpError(409, 'inbox.school.duplicate', { name: input.name });
      const unique = this.checkUnique(input, id);
      if (unique.length) throw new HttpError(409, 'inbox.school.emailTaken', unique[0].params ?? {}, { fieldProblems: unique });
      this.db
        .prepare(
          'UPDATE inbox_schools SET name = ?, name_key = ?, ward = ?, cluster = ?, emails = ?, updated_at = ? WHERE id = ?',
        )
        .run(input.name, foldKeyExact(input.name), input.ward, input.cluster, JSON.stringify(input.emails), this.clock().toISOString(), id);
      this.writeEmails(id, input.emails);
      return this.get(id)!;
    })();
  }

  /** Archives a school: its key and addresses stop working; its submissions stay. */
  archive(id: string): void {
    this.db.transaction(() => {
      if (!this.get(id)) throw new HttpError(404, 'inbox.notFound');
      this.db
        .prepare('UPDATE inbox_schools SET archived = 1, key_hash = NULL, updated_at = ? WHERE id = ?')
        .run(this.clock().toISOString(), id);
      this.db.prepare('DELETE FROM inbox_school_emails WHERE school_id = ?').run(id);
    })();
  }

  /** A new key for a school (the old one stops working). */
  rotateKey(id: string): { school: School; key: string } {
    if (!this.get(id)) throw new HttpError(404, 'inbox.notFound');
    const key = newSchoolKey();
    this.db
      .prepare('UPDATE inbox_schools SET key_hash = ?, key_issued_at = ? WHERE id = ?')
      .run(sha256Hex(key), this.clock().toISOString(), id);
    return { school: this.get(id)!, key };
  }

  /**
   * Imports rows (already read from CSV or .xlsx): existing names are updated (key kept), new ones created.
   * All or nothing per row: a row with a problem is reported and skipped.
   */
  importRows(rows: ImportRow[]): ImportOutcome {
    let updated = 0;
    const created: Array<{ school: School; key: string }> = [];
    const errors: Array<{ row: number; code: string; params?: Record<string, string | number> }> = [];
    for (const row of rows) {
      try {
        const existing = typeof row.values.name === 'string' ? this.findByName(row.values.name) : null;
        if (existing) {
          this.update(existing.id, row.values);
          updated += 1;
        } else created.push(this.create(row.values));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const first = (error.extra.fieldProblems as FieldProblem[] | undefined)?.[0];
        errors.push(first ? { row: row.line, code: first.code, params: first.params } : { row: row.line, code: error.key, params: error.params });
      }
    }
    return { created, updated, errors };
  }
}

/** The exact-name key: NFC, case-insensitive, spaces collapsed (diacritics matter: "Hòa" ≠ "Hoa"). */
function foldKeyExact(name: string): string {
  return cleanText(name).toLowerCase();
}

export interface ImportRow {
  /** 1-based line (CSV) or row (sheet) number, header included. */
  line: number;
  values: Record<string, unknown>;
}

export interface ImportOutcome {
  created: Array<{ school: School; key: string }>;
  updated: number;
  errors: Array<{ row: number; code: string; params?: Record<string, string | number> }>;
}

const HEADINGS: Record<'name' | 'emails' | 'ward' | 'cluster', string[]> = {
  name: ['ten truong', 'truong', 'ten', 'name', 'school'],
  emails: ['email', 'emails', 'dia chi email', 'thu dien tu', 'e-mail'],
  ward: ['phuong', 'phuong/xa', 'phuong xa', 'xa', 'ward'],
  cluster: ['khoi thi dua', 'khoi', 'cluster'],
};

function columnsOf(header: string[]): Partial<Record<keyof typeof HEADINGS, number>> {
  const out: Partial<Record<keyof typeof HEADINGS, number>> = {};
  header.forEach((h, i) => {
    const key = foldKey(h);
    for (const [field, names] of Object.entries(HEADINGS) as Array<[keyof typeof HEADINGS, string[]]>)
      if (out[field] === undefined && names.includes(key)) out[field] = i;
  });
  return out;
}

function rowsFromTable(table: string[][]): ImportRow[] {
  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new HttpError(400, 'inbox.import.noHeader');
  const cols = columnsOf(table[headerIndex]);
  if (cols.name === undefined) throw new HttpError(400, 'inbox.import.noHeader');
  const rows: ImportRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const r = table[i];
    if (r.every((c) => c.trim() === '')) continue;
    const get = (c: number | undefined): string => (c === undefined ? '' : (r[c] ?? ''));
    rows.push({
      line: i + 1,
      values: { name: get(cols.name), emails: get(cols.emails), ward: get(cols.ward), cluster: get(cols.cluster) },
    });
  }
  return rows;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows of a CSV (comma or semicolon, UTF-8 with or without BOM) or an .xlsx (first worksheet). */
export async function readImportFile(bytes: Buffer, type: string): Promise<ImportRow[]> {
  if (type.startsWith(XLSX_MIME)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new HttpError(400, 'inbox.import.unreadable');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new HttpError(400, 'inbox.import.noHeader');
    // Cells by address (exceljs `Worksheet.getCell`), so the Office add-in lint rules do not take a row for a Word proxy.
    const table: string[][] = [];
    const width = Math.max(sheet.columnCount, 1);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(sheet.getCell(r, c).text);
      table.push(cells);
    }
    return rowsFromTable(table);
  }
  if (/^text\/(csv|plain)\b/i.test(type)) {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    let table: string[][];
    try {
      table = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    } catch {
      throw new HttpError(400, 'inbox.import.unreadable');
    }
    return rowsFromTable(table);
  }
  throw new HttpError(415, 'inbox.unsupportedType');
}

/** The onboarding link, QR code and manifest address for a school and its (new) key. */
export async function onboarding(school: School, key: string, target: OnboardingTarget): Promise<Onboarding> {
  const query = new URLSearchParams({
    bctt_key: key,
    bctt_relay: target.baseUrl,
    bctt_to: target.to,
    bctt_office: target.office,
  });
  const link = `${target.baseUrl}/taskpane.html?${query.toString()}`;
  const qrSvg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { schoolId: school.id, schoolName: school.name, key, link, qrSvg, manifestUrl: `${target.baseUrl}/manifest.xml` };
}
