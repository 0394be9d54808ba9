/**
 * FileHost: DocumentHost over a .docx held in memory (DESIGN.md §2). The task pane uses it in a plain browser
 * (file mode), the end-to-end tests drive it, and it runs in Node alike: Uint8Array only, no fs or Buffer.
 *
 * Every edit is all-or-nothing: inputs are validated first, the new package is built aside and read back with the
 * reader before it replaces the current bytes, so a failed edit leaves the document exactly as it was.
 * Edits (and reads) go through one queue, so two quick operations never interleave; listeners are told after every
 * successful edit (there are no live events in file mode).
 */
import { ADDIN_ID, ADDIN_VERSION } from '../core/addin';
import { AppError } from '../core/errors';
import type { DocumentHost, HostCapabilities, InsertMode, ModelRow, RemovalConfirmer } from '../core/host';
import { FIX_KINDS, type FindingTarget, type FixDescriptor } from '../core/rules/types';
import type { DocumentSnapshot, SendRecord } from '../core/snapshot';
import {
  FIELD,
  MODEL_COLUMNS,
  fieldDisplayName as fieldName,
  findFieldSpec as specOf,
  isBlankRow,
  isTemplateKind,
  matchColumns,
  modelRows,
  tableRowsOf,
  templateOf as kindOf,
  validateRows,
  type TemplateKind,
} from '../core/template';
import { lostWords, lostWordsPreview, normalize, toUpperVi, type LostWordsOptions } from '../core/text';
import { editDocx, type DocxChanges } from './edit';
import { comparable } from './fields';
import { fixDocx, withoutLayoutStats } from './fixes';
import { repairControls } from './repair';
import { detectImage } from './image';
import { readDocx, type ReadDocxOptions } from './read';
import { readSummaryBlocks } from './summary';
import { normalizeBlocks, type SummaryBlock } from '../core/summaryBlocks';
import type { ReportData } from './reportData';
import { defaultReportPeriod } from '../core/calendar/period';
import { writeTemplateDocx, type WriteOptions } from './write';

/** Fixes FileHost carries out: every kind of FixDescriptor. */
export const FILE_HOST_FIXES: FixDescriptor['kind'][] = [...FIX_KINDS];

const SEND_PATHS: ReadonlySet<string> = new Set(['graph', 'relay', 'manual']);

/** Options of documents FileHost writes: made now, and reopening the add-in's task pane in Word. */
function writeOptions(): WriteOptions {
  return { date: new Date(), addinId: ADDIN_ID, addin: { version: ADDIN_VERSION } };
}

/** Lines of the empty templates' text (title, labels, headings, table header and "1"): not user content. */
let templateLines: Promise<Set<string>> | null = null;
function fixedTemplateLines(): Promise<Set<string>> {
  templateLines ??= (async () => {
    const out = new Set<string>();
    for (const kind of ['individual', 'collective'] as const) {
      const snap = await readDocx(await writeTemplateDocx(kind));
      for (const line of snap.bodyText.split('\n')) out.add(comparable(line));
    }
    return out;
  })().catch((e) => {
    templateLines = null;
    throw e;
  });
  return templateLines;
}

/** True when the document holds something a person wrote (a value, a row, a photo, a send, or any other text). */
export async function hasUserContent(snapshot: DocumentSnapshot): Promise<boolean> {
  for (const f of Object.values(snapshot.fields)) {
    // The table control's text is its header and numbers: its rows are looked at below.
    if (f.id !== FIELD.models && !f.showingPlaceholder && f.text.trim() !== '') return true;
    if (f.picture) return true;
  }
  if (snapshot.table && modelRows(snapshot.table).some((row) => !isBlankRow(row))) return true;
  if (snapshot.sendHistory.length > 0) return true;
  const fixed = await fixedTemplateLines();
  return snapshot.bodyText.split('\n').some((line) => {
    const c = comparable(line);
    return c !== '' && !fixed.has(c);
  });
}

function validateSend(record: unknown): SendRecord {
  const r = record as Partial<SendRecord> | null;
  const ok =
    !!r &&
    typeof r === 'object' &&
    typeof r.at === 'string' &&
    r.at.trim() !== '' &&
    typeof r.path === 'string' &&
    SEND_PATHS.has(r.path) &&
    typeof r.to === 'string' &&
    (r.receipt === undefined || typeof r.receipt === 'string') &&
    (r.period === undefined || typeof r.period === 'string');
  if (!ok) throw new AppError('host.invalidArgument', { name: 'record' });
  const out: SendRecord = { at: r.at as string, path: r.path as SendRecord['path'], to: r.to as string };
  if (r.receipt !== undefined) out.receipt = r.receipt;
  if (r.period !== undefined) out.period = r.period;
  return out;
}

/**
 * How an edit is held to the person's words: 'strict' = none may go; 'caseless' = only their case may change (the
 * capitals fix); 'none' = the edit's purpose is to change or replace those words (a field's new value typed in the
 * form, the legacy-encoding conversion); 'summary' = the person's own edit of the summary in the editor, so the summary's
 * words may change or go, while every word outside it is held as in 'strict'.
 */
type WordGuard = 'strict' | 'caseless' | 'summary' | 'none';

/** The text of an empty template of each kind (title, labels, headings, table header and "1"). */
const templateTexts = new Map<TemplateKind, Promise<string>>();
function templateText(kind: TemplateKind): Promise<string> {
  let text = templateTexts.get(kind);
  if (!text) {
    text = writeTemplateDocx(kind)
      .then(readDocx)
      .then((s) => s.bodyText);
    text.catch(() => templateTexts.delete(kind));
    templateTexts.set(kind, text);
  }
  return text;
}

/**
 * The words an edit would remove that the person wrote, or []. The template's own words (title, labels, headings,
 * once each) and the TT numbers the table writes itself are not the person's.
 */
export async function removedWords(before: DocumentSnapshot, after: DocumentSnapshot, guard: WordGuard): Promise<string[]> {
  if (guard === 'none') return [];
  const kind = kindOf(before);
  const own = kind ? await templateText(kind) : '';
  // The table's TT cells are its own numbering, not the person's words: they count as kept, each once, so a "2"
  // written in another cell ("Tổ 2") is still held (the same comparison as WordHost's, which leaves the column out).
  const table = before.table;
  const tt = table ? matchColumns(table.header).index.tt : -1;
  const numbering = tt >= 0 ? (table?.rows ?? []).map((row) => row[tt] ?? '').join('\n') : '';
  const options: LostWordsOptions = { caseless: guard === 'caseless' };
  // The summary's old words count as kept when the edit is the person rewriting it (writeSummary).
  const rewritten = guard === 'summary' ? (before.fields[FIELD.summary]?.text ?? '') : '';
  return lostWords(before.bodyText, [after.bodyText, own, rewritten, numbering].join('\n'), options);
}

export class FileHost implements DocumentHost {
  readonly capabilities: HostCapabilities = {
    kind: 'file',
    insertModes: ['newDocument'],
    layoutPages: false,
    liveEvents: false,
    fixes: [...FILE_HOST_FIXES],
  };

  private bytes: Uint8Array;
  private snap: DocumentSnapshot | null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly readOptions: ReadDocxOptions;
  private confirmRemoval: RemovalConfirmer | null = null;

  private constructor(bytes: Uint8Array, snapshot: DocumentSnapshot, readOptions: ReadDocxOptions) {
    this.bytes = bytes;
    this.snap = snapshot;
    this.readOptions = readOptions;
  }

  /** A new report from the template (empty, or filled from `data`). */
  static async create(kind: TemplateKind, data?: ReportData, readOptions: ReadDocxOptions = {}): Promise<FileHost> {
    if (!isTemplateKind(kind)) throw new AppError('host.invalidArgument', { name: 'kind' });
    const bytes = await writeTemplateDocx(kind, { kind, period: defaultReportPeriod(new Date()), ...data }, writeOptions());
    return new FileHost(bytes, await readDocx(bytes, readOptions), readOptions);
  }

  /** A .docx from disk. Read once to validate: hostile or broken files throw the reader's AppError (docx.*). */
  static async open(bytes: Uint8Array, readOptions: ReadDocxOptions = {}): Promise<FileHost> {
    if (!(bytes instanceof Uint8Array)) throw new AppError('host.invalidArgument', { name: 'bytes' });
    const own = bytes.slice(); // the caller's buffer may change later
    return new FileHost(own, await readDocx(own, readOptions), readOptions);
  }

  // ---------------------------------------------------------------- queue

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async current(): Promise<DocumentSnapshot> {
    this.snap ??= await readDocx(this.bytes, this.readOptions);
    return this.snap;
  }

  /**
   * Who confirms an edit that would remove words the person wrote (the task pane shows them in a dialog). Without
   * one, such an edit is refused with host.wouldRemoveText and the document stays as it was.
   */
  setRemovalConfirmer(confirmer: RemovalConfirmer | null): void {
    this.confirmRemoval = confirmer;
  }

  /**
   * One edit: `make` builds the next bytes from the current ones (null = nothing to change). The result is read
   * back before it is kept; if it lost words the person wrote, they are shown for confirmation first (`guard`);
   * only then is it kept and are listeners told.
   */
  private edit(make: (bytes: Uint8Array, snapshot: DocumentSnapshot) => Promise<Uint8Array | null>, guard: WordGuard = 'strict'): Promise<void> {
    return this.enqueue(async () => {
      const before = await this.current();
      let next = await make(this.bytes, before);
      if (next === null) return;
      // Word's page count from its last save no longer holds: drop it so the rules estimate.
      if (before.pages?.source === 'app.xml') next = await withoutLayoutStats(next, this.readOptions);
      const snapshot = await readDocx(next, this.readOptions);
      const removed = await removedWords(before, snapshot, guard);
      if (removed.length > 0) {
        if (!this.confirmRemoval) throw new AppError('host.wouldRemoveText', { count: removed.length, text: lostWordsPreview(removed) });
        // Declined: nothing changes, and the caller hears so (a form keeps its edits instead of reporting them written).
        if (!(await this.confirmRemoval(removed))) throw new AppError('host.removalDeclined', { count: removed.length });
      }
      this.bytes = next;
      this.snap = snapshot;
      for (const listener of [...this.listeners]) {
        try {
          listener();
        } catch {
          // A listener's failure is its own; the edit is done.
        }
      }
    });
  }

  /**
   * editDocx on a document whose controls are all in place: when another program left fields without their controls
   * (DESIGN.md §8), they are put back first, around their text, so the edit lands in the right place.
   */
  private async editSound(bytes: Uint8Array, snapshot: DocumentSnapshot, changes: DocxChanges): Promise<Uint8Array> {
    const recovered = Object.values(snapshot.fields).some((f) => f.via);
    const sound = recovered ? (await repairControls(bytes, null, this.readOptions)).bytes : bytes;
    return editDocx(sound, changes, this.readOptions);
  }

  private change(changes: DocxChanges, guard: WordGuard = 'strict'): Promise<void> {
    return this.edit((bytes) => editDocx(bytes, changes, this.readOptions), guard);
  }

  // ---------------------------------------------------------------- DocumentHost

  /**
   * File mode has one document: "insert" replaces it with a fresh template, but only when asked to overwrite or when
   * the current document holds no user content (else AppError host.notEmpty, and nothing changes).
   */
  insertTemplate(kind: TemplateKind, mode: InsertMode, options: { overwrite?: boolean } = {}): Promise<void> {
    if (!isTemplateKind(kind)) return Promise.reject(new AppError('host.invalidArgument', { name: 'kind' }));
    if (mode !== 'newDocument') return Promise.reject(new AppError('docx.insertHere'));
    return this.edit(async (_bytes, snapshot) => {
      if (!options.overwrite && (await hasUserContent(snapshot))) throw new AppError('host.notEmpty', { kind });
      return writeTemplateDocx(kind, { kind, period: defaultReportPeriod(new Date()) }, writeOptions());
    });
  }

  snapshot(): Promise<DocumentSnapshot> {
    return this.enqueue(() => this.current());
  }

  /**
   * There is no document view in file mode: the task pane scrolls to the matching form field instead, so going to a
   * finding's place succeeds without doing anything.
   */
  goTo(_target: FindingTarget): Promise<void> {
    return Promise.resolve();
  }

  applyFix(fix: FixDescriptor): Promise<void> {
    switch (fix?.kind) {
      case 'uppercaseName':
        return this.edit(async (bytes, snapshot) => {
          const field = snapshot.fields[fix.fieldId];
          if (!field) throw new AppError('host.fieldMissing', { field: fieldName(fix.fieldId) });
          if (field.showingPlaceholder || field.text.trim() === '') return null;
          const upper = toUpperVi(normalize(field.text));
          if (upper === field.text) return null;
          return editDocx(bytes, { fields: { [fix.fieldId]: upper } }, this.readOptions);
        }, 'caseless');
      case 'renumberTable':
        return this.edit(async (bytes, snapshot) => {
          const rows = this.tableRows(snapshot);
          const header = snapshot.table?.header ?? [];
          // Without a TT column there is nothing to number (and the first column holds what the person wrote).
          const tt = matchColumns(header).index.tt;
          if (tt < 0) return null;
          const numbered = (snapshot.table?.rows ?? []).every((row, i) => (row[tt] ?? '').trim() === String(i + 1));
          if (numbered) return null;
          return editDocx(bytes, { models: rows, modelsHeader: header }, this.readOptions);
        });
      case 'restoreField':
        // Repair, never replace: only the missing control is put back, around its text when that is still
        // there (by label or heading), else empty in its place. Nothing else in the document changes.
        return this.edit(async (bytes, snapshot) => {
          const kind = kindOf(snapshot);
          if (!kind) throw new AppError('host.noTemplate');
          const spec = specOf(fix.fieldId, kind);
          if (!spec) throw new AppError('host.fieldMissing', { field: fieldName(fix.fieldId) });
          const present = spec.kind === 'table' ? !!snapshot.fields[spec.id] && snapshot.table !== null : !!snapshot.fields[spec.id];
          if (present && !snapshot.fields[spec.id]?.via) return null;
          const { bytes: next, restored } = await repairControls(bytes, [spec.id], this.readOptions);
          return restored.length ? next : null;
        });
      case 'restoreControls':
        // Every control another program dropped, around the text it left (DESIGN.md §8); the template recorded.
        return this.edit(async (bytes, snapshot) => {
          if (!kindOf(snapshot)) throw new AppError('host.noTemplate');
          const { bytes: next, restored } = await repairControls(bytes, null, this.readOptions);
          return restored.length || snapshot.templateVia ? next : null;
        });
      case 'convertLegacy':
        if (fix.encoding !== 'tcvn3' && fix.encoding !== 'vni') return Promise.reject(new AppError('host.invalidArgument', { name: 'encoding' }));
        // Its purpose is to change the legacy words (test/docx/keepWords.test.ts checks it changes only those).
        return this.edit((bytes) => fixDocx(bytes, fix, this.readOptions), 'none');
      case 'normalizeNfc':
      case 'removeBidiControls':
      case 'applyPageSetup':
      case 'applyBodyFont':
        return this.edit((bytes) => fixDocx(bytes, fix, this.readOptions));
      default:
        return Promise.reject(new AppError('host.fixUnsupported', { kind: String((fix as { kind?: unknown } | null)?.kind) }));
    }
  }

  setField(fieldId: string, value: string): Promise<void> {
    if (typeof value !== 'string' || typeof fieldId !== 'string') return Promise.reject(new AppError('host.invalidArgument', { name: 'value' }));
    const spec = specOf(fieldId);
    if (spec && (spec.kind === 'picture' || spec.kind === 'table')) return Promise.reject(new AppError('host.editUnsupported', { field: fieldName(fieldId) }));
    const text = normalize(value);
    return this.edit(async (bytes, snapshot) => {
      if (!snapshot.fields[fieldId]) throw new AppError('host.fieldMissing', { field: fieldName(fieldId) });
      return this.editSound(bytes, snapshot, { fields: { [fieldId]: text } });
    }, 'none');
  }

  setPhoto(bytes: Uint8Array): Promise<void> {
    if (!(bytes instanceof Uint8Array) || !detectImage(bytes)) return Promise.reject(new AppError('docx.photoUnsupported'));
    const photo = bytes.slice();
    return this.edit(async (current, snapshot) => {
      if (!snapshot.fields[FIELD.photo]) {
        if (kindOf(snapshot) === 'collective') throw new AppError('host.photoNotInTemplate', { kind: 'collective' });
        throw new AppError('host.fieldMissing', { field: fieldName(FIELD.photo) });
      }
      return this.editSound(current, snapshot, { photo });
    });
  }

  /** Body rows of the models table, columns matched by header; the empty template's one blank row reads as none. */
  private tableRows(snapshot: DocumentSnapshot): ModelRow[] {
    // The control gone or only its table: the same refusal as WordHost's.
    if (!snapshot.table) throw new AppError('host.tableMissing', { field: fieldName(FIELD.models) });
    return tableRowsOf(snapshot.table);
  }

  readTable(): Promise<ModelRow[]> {
    return this.enqueue(async () => this.tableRows(await this.current()));
  }

  /** Replaces the body rows (TT numbered 1..n), laid out by header. The table must have every official column. */
  writeTable(rows: ModelRow[]): Promise<void> {
    let valid: ModelRow[];
    try {
      valid = validateRows(rows);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.edit(async (bytes, snapshot) => {
      this.tableRows(snapshot); // the table must be there
      const header = snapshot.table?.header ?? [];
      const match = matchColumns(header);
      if (match.missing.length > 0) {
        const names = MODEL_COLUMNS.filter((c) => match.missing.includes(c.id)).map((c) => c.header);
        throw new AppError('host.tableColumns', { missing: names.join(', ') });
      }
      return this.editSound(bytes, snapshot, { models: valid, modelsHeader: header });
    });
  }

  /** Appends each heading as a paragraph, followed by an empty one, at the end of the summary (replacing its placeholder). */
  insertSummarySkeleton(headings: string[]): Promise<void> {
    if (!Array.isArray(headings) || headings.some((h) => typeof h !== 'string')) {
      return Promise.reject(new AppError('host.invalidArgument', { name: 'headings' }));
    }
    const lines = headings.map((h) => normalize(h).trim()).filter((h) => h !== '');
    if (lines.length === 0) return Promise.resolve();
    return this.edit(async (bytes, snapshot) => {
      if (!snapshot.fields[FIELD.summary]) throw new AppError('host.fieldMissing', { field: fieldName(FIELD.summary) });
      return this.editSound(bytes, snapshot, { appendSummary: lines.flatMap((line) => [line, '']) });
    });
  }

  /** The summary's paragraphs as structured blocks ([] while it shows its placeholder), read from the current bytes. */
  readSummary(): Promise<SummaryBlock[]> {
    return this.enqueue(async () => {
      const snapshot = await this.current();
      if (!snapshot.fields[FIELD.summary]) throw new AppError('host.fieldMissing', { field: fieldName(FIELD.summary) });
      return readSummaryBlocks(this.bytes, this.readOptions);
    });
  }

  /**
   * Replaces the summary with `blocks` in the template's styles (src/docx/summary.ts); nothing is written when the
   * summary already holds exactly these blocks, so an editor saving as the person types costs nothing when idle.
   */
  writeSummary(blocks: SummaryBlock[]): Promise<void> {
    let clean: SummaryBlock[];
    try {
      clean = normalizeBlocks(blocks);
    } catch {
      return Promise.reject(new AppError('host.invalidArgument', { name: 'blocks' }));
    }
    return this.edit(async (bytes, snapshot) => {
      if (!snapshot.fields[FIELD.summary]) throw new AppError('host.fieldMissing', { field: fieldName(FIELD.summary) });
      const current = await readSummaryBlocks(bytes, this.readOptions);
      if (JSON.stringify(current) === JSON.stringify(clean)) return null;
      return editDocx(bytes, { summaryBlocks: clean }, this.readOptions);
    }, 'summary'); // the person's own edit: the summary's words are theirs to change, the rest stays guarded
  }

  fileBytes(): Promise<Uint8Array> {
    return this.enqueue(async () => this.bytes.slice());
  }

  recordSend(record: SendRecord): Promise<void> {
    let send: SendRecord;
    try {
      send = validateSend(record);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.change({ appendSend: send });
  }

  setReportPeriod(label: string): Promise<void> {
    return this.change({ setPeriod: label });
  }

  onChange(listener: () => void): () => void {
    const own = (): void => listener();
    this.listeners.add(own);
    return () => {
      this.listeners.delete(own);
    };
  }
}
