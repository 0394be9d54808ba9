/**
 * The WordHost's operations over Office.js (DESIGN.md §2, §6): the snapshot, go to, fixes, restore, fields, photo,
 * the models table, template insertion, the report part and the file for sending. ./WordHost.ts, the DocumentHost
 * the pane's first view in Word needs (requirement sets, capabilities, change events), loads this module on the first
 * call of any of them (first-view budget), together with the `word` messages; Node and tests load it the same way.
 *
 * Every method turns Word's errors into `word.*` AppErrors, and validates its input before it queues the first change,
 * so a refused operation leaves the document as it was.
 */
import { AppError, isAppError } from '../core/errors';
import type { InsertMode, ModelRow, RemovalConfirmer } from '../core/host';
import type { FindingTarget, FixDescriptor } from '../core/rules/types';
import type { DocumentSnapshot, SendRecord } from '../core/snapshot';
import {
  emptyModelRow,
  FIELD,
  fieldDisplayName as fieldName,
  fieldIdOfAlias,
  fieldIdOfTag,
  fieldSpec,
  findFieldSpec,
  headerMatches,
  inferTemplate,
  matchColumns,
  MODEL_COLUMNS,
  recognizeByText,
  rowValues,
  tableRowsOf,
  tagOf,
  templateFromText,
  TEMPLATES,
  instructionTexts,
  validateRows,
  type FieldSpec,
  type TemplateKind,
  type TextBlock,
} from '../core/template';
import {
  detectLegacy,
  fromLegacy,
  hasBidiControls,
  isCapitalsOnlyLegacyFont,
  legacyEncodingOfFont,
  lostWords,
  lostWordsPreview,
  normalize,
  removeBidiControls,
  toUpperVi,
} from '../core/text';
import { bytesToBase64 } from '../core/base64';
import { controlsByTag, fieldControls, isOurTag } from './controls';
import { type OfficeEnv, ASYNC_FAILED, FILE_TYPE_COMPRESSED } from './env';
import { guard, officeErrorCode, unsupported } from './errors';
import { fitToFrame, imageInfo } from './imageSize';
import { queueSnapshot } from './readSnapshot';
import { defaultReportPeriod } from '../core/calendar/period';
import { parseQuarterLabel } from '../core/calendar/quarter';
import { NS } from '../ooxml/namespaces';
import { SETS, type WordSupport } from './support';
import { BODY_FONT, TEMPLATE_PAGE_SETUP } from './pageSetup';
import { searchPrefix } from './search';
import { cellText } from './table';
import './messages';

/** Our custom XML part's namespace (src/ooxml/namespaces.ts; src/docx/reportPart.ts's REPORT_NAMESPACE, without its XML code). */
const REPORT_NAMESPACE = NS.report;
/** A module loaded on first use: a failed download (offline) is refused with `word.codeLoad`, as the operations' own (./WordHost.ts). */
function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((cause: unknown) => {
      throw new AppError('word.codeLoad', {}, cause);
    });
}
/**
 * The report part's XML reader and writer (the .docx reader's XML code and its parser), which every snapshot needs:
 * in the operations' own chunk group, so it arrives with them (one parallel download after the first view, not two
 * in a row). The fields' ready-made OOXML, for a restore only, loads on first use.
 */
const reportXml = onDemand(() => import(/* webpackChunkName: "word-ops" */ '../docx/reportPart'));
const ooxmlFragments = onDemand(() => import(/* webpackChunkName: "word-xml" */ '../ooxml/fragment'));

export interface WordOperationsOptions {
  env: OfficeEnv;
  support: WordSupport;
  /** The template's .docx bytes (the task pane fetches assets/templates/<kind>.docx). */
  loadTemplate: (kind: TemplateKind) => Promise<Uint8Array>;
  /** Who confirms an edit that would remove words the person wrote (WordHost.setRemovalConfirmer), read at each edit. */
  removalConfirmer: () => RemovalConfirmer | null;
}

/**
 * `getFileAsync` slices: at most 4 MB (Office.GetFileOptions.sliceSize, "The maximum (and the default) is 4194304"),
 * and 64 KB on iPad (Document.getFileAsync remarks, https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
const FILE_SLICE_SIZE = 4194304;
const IPAD_SLICE_SIZE = 65536;
/** Office common API error "A network problem has prevented retrieval of the file" (office-js #6747, #6748, #6743). */
const FILE_NETWORK_ERROR = 11001;

/** The field's control with `props` loaded (one sync); `host.fieldMissing` when the person deleted it. */
async function loadFieldControl(context: Word.RequestContext, support: WordSupport, fieldId: string, props: string): Promise<Word.ContentControl> {
  const controls = controlsByTag(context, support, tagOf(fieldId));
  controls.load(props);
  await context.sync();
  const cc = controls.items[0];
  if (!cc) throw new AppError('host.fieldMissing', { field: fieldName(fieldId) });
  return cc;
}

function specOf(fieldId: string): FieldSpec {
  const spec = findFieldSpec(fieldId);
  if (!spec) throw new AppError('host.fieldMissing', { field: fieldId });
  return spec;
}

/**
 * The words a template of `kind` brings itself (title, labels, headings, instructions, table header, the first TT):
 * read from the template's own bytes, the text Word will show once they are inserted; from the template's data when
 * those bytes cannot be read. Words of the document found here are the template's, not the person's.
 */
async function templateWords(kind: TemplateKind, bytes: Uint8Array): Promise<string> {
  try {
    // Loaded on demand: only a replace over content needs the .docx reader in Word.
    const { readDocx } = await import(/* webpackChunkName: "docx-read" */ '../docx/read');
    return (await readDocx(bytes)).bodyText;
  } catch {
    const spec = TEMPLATES[kind];
    return [
      spec.title.vi,
      ...spec.fields.map((f) => (f.label ? `- ${f.label.vi}:` : '')),
      spec.headings.summary,
      spec.headings.models,
      ...instructionTexts(kind),
      ...MODEL_COLUMNS.map((c) => c.header),
      '1',
    ].join('\n');
  }
}

/** The WordHost's operations (every DocumentHost method but capabilities, onChange and setRemovalConfirmer). */
export class WordOperations {
  private readonly support: WordSupport;
  private readonly env: OfficeEnv;
  private readonly loadTemplate: (kind: TemplateKind) => Promise<Uint8Array>;
  private readonly removalConfirmer: () => RemovalConfirmer | null;

  constructor(options: WordOperationsOptions) {
    this.env = options.env;
    this.support = options.support;
    this.loadTemplate = options.loadTemplate;
    this.removalConfirmer = options.removalConfirmer;
  }

  // ---------------------------------------------------------------- words the person wrote

  /**
   * Asked before an operation queues a change that would remove `removed`, words the person wrote (computed by
   * core/text/lostWords from the text the change replaces); returns when there is nothing to remove or the person
   * confirmed. Declined, the operation is refused with host.removalDeclined; without a confirmer, with
   * host.wouldRemoveText: the caller has queued no change yet, so the document stays as it was. Word has no undo in
   * Office.js, so the question comes before the change, never after.
   */
  private async mayRemove(removed: string[]): Promise<void> {
    if (removed.length === 0) return;
    const confirm = this.removalConfirmer();
    if (!confirm) throw new AppError('host.wouldRemoveText', { count: removed.length, text: lostWordsPreview(removed) });
    if (!(await confirm(removed))) throw new AppError('host.removalDeclined', { count: removed.length });
  }

  // ---------------------------------------------------------------- insert

  async insertTemplate(kind: TemplateKind, mode: InsertMode, options: { overwrite?: boolean } = {}): Promise<void> {
    if (mode === 'newDocument' && !this.support.api13) throw unsupported(SETS.api13, 'newDocument');
    let bytes: Uint8Array;
    try {
      bytes = await this.loadTemplate(kind);
    } catch (cause) {
      throw cause instanceof AppError ? cause : new AppError('word.templateLoad', { kind }, cause);
    }
    const base64 = bytesToBase64(bytes);
    // Replacing a document with content: the person's words (without the instructions of empty controls) that the
    // template does not bring back are shown first.
    const written = mode === 'here' && options.overwrite ? (await this.snapshot()).bodyText : '';
    if (written.trim() !== '') await this.mayRemove(lostWords(written, await templateWords(kind, bytes)));
    if (mode === 'newDocument') {
      // A new document keeps the template's styles, header, page setup and the task pane auto-open setting.
      await guard('insertTemplate', () =>
        this.env.run(async (context) => {
          context.application.createDocument(base64).open();
          await context.sync();
        }),
      );
      return;
    }
    await guard('insertTemplate', () =>
      this.env.run(async (context) => {
        const doc = context.document;
        const body = doc.body;
        body.load('text');
        const selection = doc.getSelection();
        selection.load('text');
        const controls = fieldControls(context, this.support);
        controls.load('tag,cannotDelete');
        await context.sync();

        const ours = controls.items.filter((cc) => isOurTag(cc.tag));
        const bodyEmpty = body.text.trim() === '';
        const selectionEmpty = selection.text === '';
        if (bodyEmpty || options.overwrite) {
          // Replacing content that holds controls locked against deletion throws NotAllowed by design
          // (https://github.com/OfficeDev/office-js/issues/2829): unlock ours first, in the same batch.
          for (const cc of ours) if (cc.cannotDelete) cc.cannotDelete = false;
          if (this.support.api15) {
            // Document.insertFileFromBase64 (WordApi 1.5) keeps the file's headers, footers and section properties
            // (page setup, different first page) and imports what the options ask for
            // (https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-insertfilefrombase64-member(1),
            // Word.InsertFileOptions). Body.insertFileFromBase64 drops headers by design.
            const importOptions: Word.InsertFileOptions = { importTheme: true, importStyles: true, importParagraphSpacing: true, importPageColor: true };
            if (this.support.api17) importOptions.importDifferentOddEvenPages = true;
            doc.insertFileFromBase64(base64, 'Replace', importOptions);
          } else {
            body.insertFileFromBase64(base64, 'Replace');
          }
        } else if (selectionEmpty && ours.length === 0) {
          // At the cursor: nothing is replaced, and no field would be duplicated.
          selection.insertFileFromBase64(base64, 'Replace');
        } else {
          throw new AppError('host.notEmpty', { kind });
        }
        // Body/Range.insertFileFromBase64 drops the file's section properties and custom XML: put back what the API allows.
        if (this.support.desktop13 && !(this.support.api15 && (bodyEmpty || options.overwrite))) doc.sections.getFirst().pageSetup.set(TEMPLATE_PAGE_SETUP);
        if (this.support.api14) {
          const parts = doc.customXmlParts.getByNamespace(REPORT_NAMESPACE);
          parts.load('id');
          await context.sync();
          const spec = TEMPLATES[kind];
          const { buildReportXml } = await reportXml();
          // The quarter the report is written for is recorded now; the pane can change it.
          const xml = buildReportXml({ template: { id: kind, version: spec.version }, sends: [], period: defaultReportPeriod(new Date()) });
          if (options.overwrite || parts.items.length === 0) {
            for (const part of parts.items) part.delete();
            doc.customXmlParts.add(xml);
          }
        }
        await context.sync();
      }),
    );
    await this.tagForAutoOpen();
  }

  /**
   * Tags the document so the task pane opens with it next time: `Office.AutoShowTaskpaneWithDocument` in the add-in's
   * document settings, saved with saveAsync ("Automatically open a task pane with a document",
   * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document). Works for
   * sideloaded add-ins too, unlike the templates' own web-extension reference (a build option, scripts/build-templates.ts).
   * Best effort: the template is in place whatever happens here.
   */
  private tagForAutoOpen(): Promise<void> {
    const settings = this.env.settings;
    if (!settings) return Promise.resolve();
    return new Promise<void>((resolve) => {
      try {
        settings.set('Office.AutoShowTaskpaneWithDocument', true);
        settings.saveAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  // ---------------------------------------------------------------- snapshot

  async snapshot(): Promise<DocumentSnapshot> {
    return guard('snapshot', async () => {
      const { parseReportXml } = await reportXml();
      try {
        const first = await this.env.run(async (context) => {
          const build = queueSnapshot(context, this.support, { parseReport: parseReportXml });
          // Counted in the same batch: getOnlyItemOrNullObject() is a null object when there are two parts in our
          // namespace (a document pasted into another, or written by two versions), and then they are read one by one.
          const parts = this.support.api14 ? context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE) : null;
          parts?.load('id');
          await context.sync(); // the one round trip of a check
          return { snapshot: build(), parts: parts?.items.length ?? 0 };
        });
        if (first.parts <= 1) return first.snapshot;
        return await this.snapshotReadingParts();
      } catch (error) {
        // Should a Word version refuse getXml() on a missing part (a null object) inside the batch, or anything else
        // about the part, read it in a second, separate way rather than failing every check: any error, not only
        // ItemNotFound (Word's codes for a null object's method differ between platforms).
        if (!this.support.api14 || isAppError(error)) throw error;
        return this.snapshotReadingParts();
      }
    });
  }

  /** The snapshot without the batched getXml(): our parts are read one by one; the first that parses wins, every send is kept. */
  private async snapshotReadingParts(): Promise<DocumentSnapshot> {
    const { parseReportXml } = await reportXml();
    return this.env.run(async (context) => {
      const build = queueSnapshot(context, this.support, { customXml: false, parseReport: parseReportXml });
      const parts = context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE);
      parts.load('id');
      await context.sync();
      const snapshot = build();
      snapshot.unavailable = snapshot.unavailable.filter((u) => u !== 'template' && u !== 'sendHistory');
      snapshot.template = null;
      snapshot.sendHistory = [];
      if (parts.items.length > 0) {
        const xmls = parts.items.map((p) => p.getXml());
        await context.sync();
        const read = xmls.map((x) => parseReportXml(x.value)).filter((p) => p !== null);
        snapshot.template = read.find((p) => p.template)?.template ?? null;
        const seen = new Set<string>();
        for (const send of read.flatMap((p) => p.sends)) {
          const key = `${send.at}\u0000${send.path}\u0000${send.to}`;
          if (!seen.has(key)) snapshot.sendHistory.push(send);
          seen.add(key);
        }
      }
      return snapshot;
    });
  }

  // ---------------------------------------------------------------- go to

  async goTo(target: FindingTarget): Promise<void> {
    await guard('goTo', () =>
      this.env.run(async (context) => {
        const doc = context.document;
        if (target.tableRow !== undefined) {
          const controls = controlsByTag(context, this.support, tagOf(FIELD.models));
          controls.load('tag');
          await context.sync();
          if (controls.items.length === 0) throw new AppError('host.tableMissing');
          const table = controls.items[0].tables.getFirst();
          table.load('values,rowCount');
          await context.sync();
          const header = (table.values[0] ?? []).map(cellText);
          const column = target.column ? Math.max(0, matchColumns(header).index[target.column]) : 0;
          const row = target.tableRow + 1;
          if (row >= table.rowCount) throw new AppError('word.notFoundInDocument');
          table.getCell(row, column).body.select('Select');
          await context.sync();
          return;
        }
        if (target.fieldId) {
          (await loadFieldControl(context, this.support, target.fieldId, 'tag')).select('Select');
          await context.sync();
          return;
        }
        if (target.text) {
          const prefix = searchPrefix(target.text);
          if (!prefix) throw new AppError('word.textNotFound');
          const found = doc.body.search(prefix, { matchCase: false });
          found.load('text');
          await context.sync();
          if (found.items.length === 0) throw new AppError('word.textNotFound');
          found.items[0].select('Select');
          await context.sync();
          return;
        }
        throw new AppError('word.notFoundInDocument');
      }),
    );
  }

  // ---------------------------------------------------------------- fixes

  async applyFix(fix: FixDescriptor): Promise<void> {
    switch (fix?.kind) {
      case 'restoreField':
        return this.restoreField(fix.fieldId);
      case 'restoreControls':
        return guard('restoreControls', () => this.env.run(async (context) => void (await this.recoverControls(context, null))));
      case 'uppercaseName':
        return this.uppercaseName(fix.fieldId);
      case 'renumberTable':
        return this.renumberTable();
      case 'convertLegacy':
        if (fix.encoding !== 'tcvn3' && fix.encoding !== 'vni') throw new AppError('host.invalidArgument', { name: 'encoding' });
        // Its purpose is to change the legacy words (each into its Unicode spelling): they are not asked about.
        return this.convertText('convertLegacy', (text, font) => {
          const byFont = font ? legacyEncodingOfFont(font) : null;
          const encoding = byFont ?? detectLegacy(text)?.encoding ?? null;
          if (encoding !== fix.encoding) return null;
          return (word) => fromLegacy(word, fix.encoding, { capitalsOnly: !!font && isCapitalsOnlyLegacyFont(font) });
        }, { font: BODY_FONT.name, changesWords: true }); // the converted text is Unicode: never leave it in the legacy font named by the finding
      case 'normalizeNfc':
        return this.convertText('normalizeNfc', (text) => (text === text.normalize('NFC') ? null : (word) => normalize(word)));
      case 'applyPageSetup':
        return this.applyPageSetup();
      case 'applyBodyFont':
        return this.applyBodyFont();
      case 'removeBidiControls':
        // Every paragraph (fields, table cells and body alike), word by word as the other text fixes do.
        return this.convertText('removeBidiControls', (text) => (hasBidiControls(text) ? (word) => removeBidiControls(word) : null));
      default:
        throw new AppError('host.fixUnsupported', { kind: String((fix as { kind?: unknown } | null)?.kind) });
    }
  }

  /**
   * Restores only wrap (a control around the field's text, still there after another program's re-save) or, when no
   * text is left, insert (a ready-made empty control at its place): they replace no range, so they remove no word the
   * person wrote (test/word/keepWords.test.ts proves it on every platform profile).
   */
  private async restoreField(fieldId: string): Promise<void> {
    const spec = specOf(fieldId);
    await guard('restoreField', () =>
      this.env.run(async (context) => {
        // Repair, never replace: around the text that is already there when it can be found.
        if ((await this.recoverControls(context, fieldId)).has(fieldId)) return;
        const doc = context.document;
        const existing = controlsByTag(context, this.support, tagOf(fieldId));
        existing.load('tag');
        // Where it belongs: after its label, or after its section heading (summary, table), or after the title (photo).
        const anchorText = spec.label
          ? spec.label.vi + ':'
          : spec.kind === 'richText'
            ? TEMPLATES.individual.headings.summary
            : spec.kind === 'table'
              ? TEMPLATES.individual.headings.models
              : null;
        const found = anchorText ? doc.body.search(anchorText, { matchCase: false }) : null;
        found?.load('text');
        await context.sync();
        if (existing.items.length > 0) return; // already there: nothing to restore
        const { fieldFragment } = await ooxmlFragments();

        // A ready-made control (tag, alias, lock, placeholder) inserted as Office Open XML: no setter afterwards,
        // because setting placeholderText is NotAllowed in Word on the web and would fail the whole batch
        // (https://github.com/OfficeDev/office-js/issues/785, /issues/53). See src/ooxml/fragment.ts.
        const anchor = found && found.items.length > 0 ? found.items[0] : null;
        if (spec.kind === 'text' || spec.kind === 'year') {
          if (anchor) anchor.paragraphs.getFirst().insertOoxml(fieldFragment(spec.id), 'End');
          else doc.body.insertOoxml(fieldFragment(spec.id, { withLabel: true }), 'End');
        } else if (anchor) {
          anchor.paragraphs.getFirst().getRange('Whole').insertOoxml(fieldFragment(spec.id), 'After');
        } else if (spec.kind === 'picture') {
          doc.body.paragraphs.getFirst().getRange('Whole').insertOoxml(fieldFragment(spec.id), 'After');
        } else {
          doc.body.insertOoxml(fieldFragment(spec.id), 'End');
        }
        await context.sync();
      }),
    );
  }

  /**
   * Puts back the controls another program dropped, around the text it left (DESIGN.md §8; repair, never replace):
   * an untagged control with our title gets its tag; a "Label: value" paragraph gets a control around the value, the
   * paragraphs under the summary heading one around them, the models table and the first picture one each.
   * `Range.insertContentControl` wraps the range's existing content (WordApi 1.1):
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertcontentcontrol-member(1)
   * Nothing is deleted; a field with no text left is restored empty by restoreField. `only`: that field alone (a
   * restoreField), else every field. Returns the fields given back their control; queues nothing after its last sync.
   */
  private async recoverControls(context: Word.RequestContext, only: string | null): Promise<Set<string>> {
    const restored = new Set<string>();
    const wanted = (id: string) => only === null || id === only;
    const doc = context.document;
    const controls = doc.contentControls;
    controls.load('tag,title');
    const paragraphs = doc.body.paragraphs;
    paragraphs.load('text');
    const tables = this.support.api13 ? doc.body.tables : null;
    tables?.load('values,nestingLevel');
    const pictures = doc.body.inlinePictures;
    pictures.load('width');
    await context.sync();
    const have = new Set<string>();
    for (const cc of controls.items) {
      const id = fieldIdOfTag(cc.tag ?? '');
      if (id) have.add(id);
    }
    for (const cc of controls.items) {
      if (cc.tag) continue;
      const id = fieldIdOfAlias(cc.title);
      if (!id || have.has(id) || !wanted(id)) continue;
      cc.tag = tagOf(id);
      have.add(id);
      restored.add(id);
    }
    const blocks: TextBlock[] = paragraphs.items.map((p) => ({ type: 'paragraph', text: (p.text ?? '').replace(/\r\n?|\u000b/g, '\n') }));
    const kind: TemplateKind | null = inferTemplate(have) ?? templateFromText(blocks);
    if (!kind) {
      await context.sync();
      return restored;
    }
    const found = recognizeByText(blocks, kind);
    const mark = (cc: Word.ContentControl, spec: FieldSpec): void => {
      cc.tag = tagOf(spec.id);
      cc.title = spec.label?.vi ?? spec.instruction;
      cc.cannotDelete = true;
      restored.add(spec.id);
    };
    const searches: Array<{ spec: FieldSpec; paragraph: Word.Paragraph; hits: Word.RangeCollection }> = [];
    for (const [id, f] of Object.entries(found.fields)) {
      const spec = fieldSpec(kind, id);
      // A label with nothing after it has no text to wrap: restoreField puts an empty control there.
      if (!spec?.label || have.has(id) || !wanted(id) || f.value.trim() === '') continue;
      const paragraph = paragraphs.items[f.block];
      const hits = paragraph.search(`${spec.label.vi}:`, { matchCase: false });
      hits.load('text');
      searches.push({ spec, paragraph, hits });
    }
    if (!have.has(FIELD.summary) && wanted(FIELD.summary) && found.summary && found.summary.blocks.length > 0) {
      const list = found.summary.blocks;
      const range = paragraphs.items[list[0]].getRange('Whole').expandTo(paragraphs.items[list[list.length - 1]].getRange('Whole'));
      mark(range.insertContentControl(), fieldSpec(kind, FIELD.summary) as FieldSpec);
    }
    if (!have.has(FIELD.models) && wanted(FIELD.models) && tables) {
      const best = tables.items
        .filter((t) => (t.nestingLevel ?? 1) <= 1)
        .map((t) => ({ t, score: headerMatches((t.values?.[0] ?? []).map(cellText)) }))
        .sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= 4) mark(best.t.getRange('Whole').insertContentControl(), fieldSpec(kind, FIELD.models) as FieldSpec);
    }
    if (TEMPLATES[kind].fields.some((f) => f.id === FIELD.photo) && !have.has(FIELD.photo) && wanted(FIELD.photo) && pictures.items.length > 0) {
      mark(pictures.items[0].insertContentControl(), fieldSpec(kind, FIELD.photo) as FieldSpec);
    }
    await context.sync();
    for (const { spec, paragraph, hits } of searches) {
      const label = hits.items[0];
      if (!label) continue;
      mark(label.getRange('After').expandTo(paragraph.getRange('End')).insertContentControl(), spec);
    }
    // The template identity, when the part is gone too.
    if (this.support.api14 && only === null) {
      const parts = doc.customXmlParts.getByNamespace(REPORT_NAMESPACE);
      parts.load('id');
      await context.sync();
      const { buildReportXml } = await reportXml();
      if (parts.items.length === 0) doc.customXmlParts.add(buildReportXml({ template: { id: kind, version: TEMPLATES[kind].version }, sends: [] }));
    }
    await context.sync();
    return restored;
  }

  private async uppercaseName(fieldId: string): Promise<void> {
    await guard('uppercaseName', () =>
      this.env.run(async (context) => {
        const cc = await loadFieldControl(context, this.support, fieldId, 'text,placeholderText');
        if (cc.text.trim() === '' || cc.text === cc.placeholderText) return;
        const upper = toUpperVi(normalize(cc.text));
        if (upper === cc.text) return;
        // Its purpose is the name's case: only a word whose letters change otherwise is asked about.
        await this.mayRemove(lostWords(cc.text, upper, { caseless: true }));
        cc.insertText(upper, 'Replace');
        await context.sync();
      }),
    );
  }

  private async renumberTable(): Promise<void> {
    await guard('renumberTable', () =>
      this.env.run(async (context) => {
        const table = await this.loadModelTable(context);
        const match = matchColumns((table.values[0] ?? []).map(cellText));
        // Without a TT column there is nothing to number (and the first column holds what the person wrote).
        const tt = match.index.tt;
        if (tt < 0) return;
        let changed = false;
        for (let r = 1; r < table.rowCount; r++) {
          const want = String(r);
          if ((table.values[r]?.[tt] ?? '').trim() !== want) {
            table.getCell(r, tt).value = want;
            changed = true;
          }
        }
        if (changed) await context.sync();
      }),
    );
  }

  /**
   * Text fixes word by word, so formatting (bold, italics) and content controls survive: paragraphs that need it are
   * split into words (getTextRanges), each word that changes is replaced, and the paragraph gets `font` if given.
   * Unless the fix `changesWords` by purpose (legacy conversion), a replacement that would lose a word (as
   * core/text/lostWords compares them: NFC, bidirectional controls aside) is asked about first.
   */
  private async convertText(
    operation: string,
    convertParagraph: (text: string, font: string | undefined) => ((word: string) => string) | null,
    options: { font?: string; changesWords?: boolean } = {},
  ): Promise<void> {
    const { font } = options;
    await guard(operation, () =>
      this.env.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('text,font/name');
        await context.sync();
        const work: Array<{ paragraph: Word.Paragraph; words: Word.RangeCollection; convert: (word: string) => string }> = [];
        for (const paragraph of paragraphs.items) {
          const fontName = paragraph.font?.name || undefined;
          const convert = convertParagraph(paragraph.text ?? '', fontName);
          if (!convert) continue;
          const words = paragraph.getTextRanges([' '], true);
          words.load('text');
          work.push({ paragraph, words, convert });
        }
        if (work.length === 0) return;
        await context.sync();
        if (!options.changesWords) {
          const lost = work.flatMap(({ words, convert }) => words.items.flatMap((word) => lostWords(word.text, convert(word.text))));
          await this.mayRemove(lost);
        }
        for (const { paragraph, words, convert } of work) {
          for (const word of words.items) {
            const next = convert(word.text);
            if (next !== word.text) word.insertText(next, 'Replace');
          }
          if (font) paragraph.font.name = font;
        }
        await context.sync();
      }),
    );
  }

  private async applyPageSetup(): Promise<void> {
    if (!this.support.desktop13) throw unsupported(SETS.desktop13, 'pageSetup');
    await guard('applyPageSetup', () =>
      this.env.run(async (context) => {
        const sections = context.document.sections;
        sections.load('items');
        await context.sync();
        for (const section of sections.items) section.pageSetup.set(TEMPLATE_PAGE_SETUP);
        await context.sync();
      }),
    );
  }

  /** Times New Roman for every body paragraph (headings and title keep theirs); sizes outside 13–14 pt become 14 pt. */
  private async applyBodyFont(): Promise<void> {
    await guard('applyBodyFont', () =>
      this.env.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('styleBuiltIn,font/name,font/size');
        await context.sync();
        for (const p of paragraphs.items) {
          if (/^(Title|Subtitle|Heading\d)$/.test(String(p.styleBuiltIn ?? ''))) continue;
          if (p.font.name !== BODY_FONT.name) p.font.name = BODY_FONT.name;
          const size = p.font.size;
          if (typeof size !== 'number' || size < BODY_FONT.minPt || size > BODY_FONT.maxPt) p.font.size = BODY_FONT.sizePt;
        }
        await context.sync();
      }),
    );
  }

  // ---------------------------------------------------------------- fields

  async setField(fieldId: string, value: string): Promise<void> {
    if (typeof value !== 'string' || typeof fieldId !== 'string') throw new AppError('host.invalidArgument', { name: 'value' });
    const spec = findFieldSpec(fieldId);
    if (spec && (spec.kind === 'picture' || spec.kind === 'table')) throw new AppError('host.editUnsupported', { field: fieldName(fieldId) });
    const text = normalize(value);
    await guard('setField', () =>
      this.env.run(async (context) => {
        const cc = await loadFieldControl(context, this.support, fieldId, 'tag');
        if (text === '') cc.clear(); // an empty control shows its instruction again
        else cc.insertText(text, 'Replace');
        await context.sync();
      }),
    );
  }

  async setPhoto(bytes: Uint8Array): Promise<void> {
    const info = imageInfo(bytes);
    if (!info) throw new AppError('word.imageInvalid');
    const size = fitToFrame(info.width, info.height);
    const base64 = bytesToBase64(bytes);
    await guard('setPhoto', () =>
      this.env.run(async (context) => {
        const cc = await loadFieldControl(context, this.support, FIELD.photo, 'tag,type,text,placeholderText');
        // The picture replaces the frame's content: words typed into it are asked about first.
        const typed = cc.text === cc.placeholderText ? '' : (cc.text ?? '');
        await this.mayRemove(lostWords(typed, ''));
        // Templates hold the photo in a rich-text control, where insertInlinePictureFromBase64('Replace') works on every
        // platform. An older document's picture control refuses it in Word on the web (NotAllowed,
        // https://github.com/OfficeDev/office-js/issues/3434): say so instead of Word's bare code.
        const legacyPicture = String(cc.type) === 'Picture';
        const picture = cc.insertInlinePictureFromBase64(base64, 'Replace');
        picture.lockAspectRatio = true;
        picture.width = size.width;
        picture.height = size.height;
        try {
          await context.sync();
        } catch (error) {
          if (legacyPicture && officeErrorCode(error) === 'NotAllowed') throw new AppError('word.photoLegacyControl', {}, error);
          throw error;
        }
      }),
    );
  }

  // ---------------------------------------------------------------- table

  private async loadModelTable(context: Word.RequestContext): Promise<Word.Table> {
    const controls = controlsByTag(context, this.support, tagOf(FIELD.models));
    controls.load('tag');
    await context.sync();
    if (controls.items.length === 0) throw new AppError('host.tableMissing');
    const tables = controls.items[0].tables;
    tables.load('values,rowCount');
    await context.sync();
    const table = tables.items[0];
    if (!table || table.values.length === 0) throw new AppError('host.tableMissing');
    return table;
  }

  async readTable(): Promise<ModelRow[]> {
    return guard('readTable', () =>
      this.env.run(async (context) => {
        const table = await this.loadModelTable(context);
        const values = table.values.map((row) => row.map(cellText));
        return tableRowsOf({ header: values[0], rows: values.slice(1) });
      }),
    );
  }

  async writeTable(rows: ModelRow[]): Promise<void> {
    const valid = validateRows(rows); // before anything is read or written
    await guard('writeTable', () =>
      this.env.run(async (context) => {
        const table = await this.loadModelTable(context);
        const header = table.values[0].map(cellText);
        const match = matchColumns(header);
        if (match.missing.length > 0) {
          const names = MODEL_COLUMNS.filter((c) => match.missing.includes(c.id)).map((c) => c.header);
          throw new AppError('host.tableColumns', { missing: names.join(', ') });
        }
        const columns = header.length;
        // No rows: keep one empty numbered row, as in the empty template.
        const wanted = valid.length > 0 ? valid : [emptyModelRow()];
        const existing = table.rowCount - 1;
        const common = Math.min(existing, wanted.length);
        const current = table.values.slice(1, existing + 1);
        const next = wanted.map((row, r) => rowValues(row, r, match, columns, r < common ? current[r] : undefined));
        // Issue 11: words written in the cells this write replaces or the rows it deletes, and not written back, are
        // shown first. The TT column is the table's own numbering, not the person's words.
        const words = (rows: string[][]) => rows.map((row) => row.filter((_, c) => c !== match.index.tt).map(cellText).join('\n')).join('\n');
        await this.mayRemove(lostWords(words(current), words(next)));
        for (let r = 0; r < common; r++) {
          for (let c = 0; c < columns; c++) {
            if (cellText(current[r]?.[c]) !== next[r][c]) table.getCell(r + 1, c).value = next[r][c];
          }
        }
        if (wanted.length > existing) {
          const added = next.slice(existing);
          // New rows copy the formatting of the last row (the template's rows carry w:cantSplit, so they never split
          // across pages; Office.js has no property for it).
          table.addRows('End', added.length, added);
        } else if (wanted.length < existing) {
          table.deleteRows(wanted.length + 1, existing - wanted.length);
        }
        // The header row repeats on every page (Table.headerRowCount, WordApi 1.3).
        table.headerRowCount = 1;
        await context.sync();
      }),
    );
  }

  async insertSummarySkeleton(headings: string[]): Promise<void> {
    if (!Array.isArray(headings) || headings.some((h) => typeof h !== 'string')) throw new AppError('host.invalidArgument', { name: 'headings' });
    const lines = headings.map((h) => normalize(h).trim()).filter((h) => h !== '');
    if (lines.length === 0) return;
    await guard('insertSummarySkeleton', () =>
      this.env.run(async (context) => {
        const cc = await loadFieldControl(context, this.support, FIELD.summary, 'text,placeholderText');
        const empty = cc.text.trim() === '' || cc.text === cc.placeholderText;
        if (empty) {
          cc.insertText(lines.join('\n'), 'Replace');
        } else {
          // After the control's last paragraph, not ContentControl.insertParagraph: that one is NotAllowed in Word on
          // the web (https://github.com/OfficeDev/office-js/issues/53).
          let last = cc.paragraphs.getLast();
          for (const line of lines) last = last.insertParagraph(line, 'After');
        }
        await context.sync();
      }),
    );
  }

  // ---------------------------------------------------------------- send history

  async recordSend(record: SendRecord): Promise<void> {
    if (!this.support.api14) throw unsupported(SETS.api14, 'sendHistory');
    await guard('recordSend', () =>
      this.env.run(async (context) => {
        const doc = context.document;
        const parts = doc.customXmlParts.getByNamespace(REPORT_NAMESPACE);
        parts.load('id');
        const controls = fieldControls(context, this.support);
        controls.load('tag');
        await context.sync();
        const first = parts.items[0];
        const xml = first ? first.getXml() : null;
        if (xml) await context.sync();
        const { buildReportXml, parseReportXml } = await reportXml();
        const part = parseReportXml(xml?.value);
        let template = part?.template ?? null;
        if (!template) {
          const kind = inferTemplate(controls.items.map((cc) => fieldIdOfTag(cc.tag ?? '')).filter((id): id is string => id !== null));
          if (!kind) throw new AppError('host.noTemplate');
          template = { id: kind, version: TEMPLATES[kind].version };
        }
        const next = buildReportXml({ template, sends: [...(part?.sends ?? []), record], period: part?.period });
        if (first) first.setXml(next);
        else doc.customXmlParts.add(next);
        await context.sync();
      }),
    );
  }

  /** The quarter the report is written for, in the report's custom XML part (WordApi 1.4), sends kept. */
  async setReportPeriod(label: string): Promise<void> {
    if (!this.support.api14) throw unsupported(SETS.api14, 'sendHistory');
    const ref = parseQuarterLabel(label);
    if (!ref) throw new AppError('host.invalidArgument', { name: 'period' });
    await guard('setReportPeriod', () =>
      this.env.run(async (context) => {
        const doc = context.document;
        const parts = doc.customXmlParts.getByNamespace(REPORT_NAMESPACE);
        parts.load('id');
        await context.sync();
        const first = parts.items[0];
        const xml = first ? first.getXml() : null;
        if (xml) await context.sync();
        const { buildReportXml, parseReportXml } = await reportXml();
        const part = parseReportXml(xml?.value);
        if (!first || !part?.template) throw new AppError('host.noTemplate');
        first.setXml(buildReportXml({ template: part.template, sends: part.sends, period: ref.label }));
        await context.sync();
      }),
    );
  }

  // ---------------------------------------------------------------- file

  /**
   * The .docx, slice by slice (up to 4 MB each, 64 KB on iPad); the file is always closed, also when a slice fails.
   * Needs the CompressedFile requirement set (https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets).
   */
  fileBytes(): Promise<Uint8Array> {
    if (!this.support.compressedFile) return Promise.reject(unsupported(SETS.compressedFile, 'fileBytes'));
    const document = this.env.document;
    const sliceSize = this.env.platform === 'iOS' ? IPAD_SLICE_SIZE : FILE_SLICE_SIZE;
    return new Promise<Uint8Array>((resolve, reject) => {
      const fail = (error: unknown): void => {
        const message = error && typeof error === 'object' && 'message' in error ? String((error as Error).message) : String(error);
        const code = error && typeof error === 'object' && 'code' in error ? Number((error as { code: unknown }).code) : NaN;
        reject(new AppError(code === FILE_NETWORK_ERROR ? 'word.fileNetwork' : 'word.file', { message }, error));
      };
      try {
        document.getFileAsync(FILE_TYPE_COMPRESSED, { sliceSize }, (result) => {
          if (result.status === (ASYNC_FAILED as unknown as Office.AsyncResultStatus) || !result.value) {
            fail(result.error ?? new Error('getFileAsync'));
            return;
          }
          const file = result.value;
          const slices: Uint8Array[] = [];
          const finish = (error: unknown | null): void => {
            const done = (): void => {
              if (error !== null) {
                fail(error);
                return;
              }
              const total = slices.reduce((n, s) => n + s.length, 0);
              const out = new Uint8Array(total);
              let at = 0;
              for (const s of slices) {
                out.set(s, at);
                at += s.length;
              }
              resolve(out);
            };
            try {
              file.closeAsync(() => done());
            } catch {
              done();
            }
          };
          const next = (index: number): void => {
            if (index >= file.sliceCount) {
              finish(null);
              return;
            }
            try {
              file.getSliceAsync(index, (slice) => {
                if (slice.status === (ASYNC_FAILED as unknown as Office.AsyncResultStatus) || !slice.value) {
                  finish(slice.error ?? new Error(`slice ${index}`));
                  return;
                }
                const data = slice.value.data as unknown;
                slices.push(data instanceof Uint8Array ? data : Uint8Array.from(data as ArrayLike<number>));
                next(index + 1);
              });
            } catch (error) {
              finish(error);
            }
          };
          next(0);
        });
      } catch (error) {
        fail(error);
      }
    });
  }
}
