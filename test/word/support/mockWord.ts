/**
 * A Word document model behind office-addin-mock, for WordHost tests and the round-trip benchmark.
 *
 * - Each `run` builds a fresh OfficeMockObject context from the model, so properties must be loaded and synced
 *   before they are read (the mock throws "not loaded"/"sync not called" values otherwise).
 * - Collections are mock objects whose `items` are plain arrays (DESIGN.md §7); the collection also carries the
 *   item property names so that `load('text,font/name')` on the collection names real properties.
 * - Changes are staged and applied at `context.sync()`, like a real batch: when Word throws at a sync (see
 *   `failSync`), the staged changes of that batch are dropped and the document is unchanged.
 * - `syncs` counts every `context.sync()` (the mock does not).
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeEnv } from '../../../src/word/env';
import { PLATFORMS, type PlatformProfile } from './platforms';

export interface CcModel {
  tag: string;
  /** The control's title (w:alias); LibreOffice keeps it when it drops the tag. */
  title?: string;
  text: string;
  placeholderText: string;
  table?: string[][];
  picture?: { width: number; height: number } | null;
  /** Word.ContentControlType; templates write RichText, older versions PlainText fields and a Picture photo. */
  type?: 'RichText' | 'PlainText' | 'Picture';
  /** Locked against deletion (w:lock sdtLocked), as the templates write every field. */
  cannotDelete?: boolean;
  /**
   * No control around it any more (a pandoc or Google Docs export): only its table or picture is in the document,
   * listed by `body.tables` / `body.inlinePictures` but by no content-control collection, until a control is put
   * around it (`Table.getRange().insertContentControl()`, `InlinePicture.insertContentControl()`).
   */
  bare?: boolean;
}

export interface ParagraphModel {
  text: string;
  style?: string;
  font?: { name: string; size: number };
}

export interface DocModel {
  controls: CcModel[];
  paragraphs: ParagraphModel[];
  /** XML of custom XML parts in our namespace. */
  customXml: string[];
  pages: number;
  pageSetup: Record<string, number>;
  selectionText: string;
  /** What the last select() selected, e.g. "cc:bctt.hoTen", "cell:1,2", "search:Họ tên". */
  selected: string | null;
  /** Documents opened with createDocument(base64).open(). */
  opened: string[];
  /** Files inserted with insertFileFromBase64: where and how long. */
  inserted: Array<{ where: 'body' | 'selection' | 'document'; base64Length: number }>;
  /** Event handlers registered (content-control ones only when the control was tracked: untracked ones never fire). */
  handlers: { paragraphChanged: number; dataChanged: number; untracked: number };
  /** Office Open XML inserted with insertOoxml, in order. */
  ooxml: string[];
  /** Options of Document.insertFileFromBase64 (WordApi 1.5), when used. */
  insertOptions: Array<Record<string, boolean> | undefined>;
  syncs: number;
  runs: number;
  /** Make the n-th sync (1-based, counted from now) throw an OfficeExtension-like error with this code. */
  failSync?: { at: number; code: string };
}

export function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

const OFFICE_APP = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };

/** Mock data for a collection: the item property names (so loads validate) and anything else given. */
function collectionData(itemProps: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...itemProps, ...extra };
}

function plainCollection<T>(items: T[]) {
  return {
    items,
    load() {
      return this;
    },
    getFirst() {
      return items[0];
    },
  };
}

export interface MockEnvOptions {
  /** Requirement sets; default: the profile's, else ALL_SETS. */
  sets?: string[];
  /** The platform whose refusals the double applies (default: Windows desktop). */
  profile?: PlatformProfile;
}

export const ALL_SETS = ['WordApi 1.1', 'WordApi 1.2', 'WordApi 1.3', 'WordApi 1.4', 'WordApi 1.5', 'WordApi 1.6', 'WordApiDesktop 1.2', 'WordApiDesktop 1.3', 'CompressedFile 1.1'];

export type MockEnv = OfficeEnv & {
  fileSlices: Uint8Array[];
  fileClosed: number;
  sliceError?: number;
  /** getFileAsync fails with this Office.Error (e.g. { code: 11001, message: 'A network problem…' }). */
  fileError?: { code: number; message: string };
  /** sliceSize asked of getFileAsync. */
  sliceSizes: number[];
  addinSettings: { pending: Record<string, unknown>; saved: Record<string, unknown> };
  document: OfficeEnv['document'] & { handlers: Array<{ type: string; handler: (e: unknown) => void }> };
};

export function mockEnv(model: DocModel, options: MockEnvOptions = {}): MockEnv {
  const profile = options.profile ?? PLATFORMS.windows;
  const sets = new Set(options.sets ?? (options.profile ? options.profile.sets : ALL_SETS));
  const env = {
    fileSlices: [] as Uint8Array[],
    fileClosed: 0,
    sliceError: undefined as number | undefined,
    fileError: undefined as { code: number; message: string } | undefined,
    sliceSizes: [] as number[],
    platform: profile.platform,
    /** Office.context.document.settings: what was set, and what saveAsync saved. */
    addinSettings: { pending: {} as Record<string, unknown>, saved: {} as Record<string, unknown> },
    settings: {
      set(name: string, value: unknown) {
        env.addinSettings.pending[name] = value;
      },
      saveAsync(callback?: (r: { status: string }) => void) {
        Object.assign(env.addinSettings.saved, env.addinSettings.pending);
        callback?.({ status: 'succeeded' });
      },
    },
    isSetSupported(name: string, version: string) {
      return sets.has(`${name} ${version}`);
    },
    async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      model.runs++;
      const context = buildContext(model, profile, sets);
      try {
        return await batch(context as unknown as Word.RequestContext);
      } finally {
        context.finished = true;
      }
    },
    async runOn<T>(existing: unknown, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      model.runs++;
      const context = existing as Record<string, unknown>;
      context.finished = false;
      try {
        return await batch(context as unknown as Word.RequestContext);
      } finally {
        context.finished = true;
      }
    },
    document: {
      getFileAsync(_type: unknown, fileOptions: { sliceSize?: number }, callback: (r: Office.AsyncResult<Office.File>) => void) {
        const sliceSize = fileOptions?.sliceSize ?? 4194304;
        env.sliceSizes.push(sliceSize);
        if (env.fileError) {
          callback({ status: 'failed', error: { name: 'Network Problem', ...env.fileError } } as unknown as Office.AsyncResult<Office.File>);
          return;
        }
        // Larger slices than the platform allows: the exact code is not documented; modelled as 5001 (internal error).
        if (sliceSize > profile.maxSliceSize) {
          callback({ status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } } as unknown as Office.AsyncResult<Office.File>);
          return;
        }
        const slices = env.fileSlices;
        const file = {
          size: slices.reduce((n, s) => n + s.length, 0),
          sliceCount: slices.length,
          getSliceAsync(index: number, cb: (r: unknown) => void) {
            if (env.sliceError === index) cb({ status: 'failed', error: { code: 5001, message: 'slice failed' } });
            else cb({ status: 'succeeded', value: { data: Array.from(slices[index]), index, size: slices[index].length } });
          },
          closeAsync(cb?: () => void) {
            env.fileClosed++;
            cb?.();
          },
        };
        callback({ status: 'succeeded', value: file } as unknown as Office.AsyncResult<Office.File>);
      },
      handlers: [] as Array<{ type: string; handler: (e: unknown) => void }>,
      addHandlerAsync(type: string, handler: (e: unknown) => void) {
        env.document.handlers.push({ type, handler });
      },
      removeHandlerAsync(type: string, options: { handler: (e: unknown) => void }) {
        env.document.handlers = env.document.handlers.filter((h) => !(h.type === type && h.handler === options.handler));
      },
    },
  };
  return env as unknown as MockEnv;
}

/** Build one request context over the model; staged changes apply at sync (a change may throw, like Word at sync). */
function buildContext(model: DocModel, profile: PlatformProfile, sets: Set<string>) {
  const staged: Array<() => void> = [];
  const stage = (fn: () => void) => staged.push(fn);
  const refuse = (code: string, where: string) => stage(() => {
    throw officeError(code, `${where}: ${code === 'NotAllowed' ? "The action isn't supported by Word in a browser." : code}`);
  });
  const has = (set: string) => sets.has(set);
  const lockedAnywhere = () => model.controls.some((cc) => cc.cannotDelete);
  /** Replace over locked controls: NotAllowed by design (office-js #2829). */
  const replaceBody = (apply: () => void) =>
    stage(() => {
      if (lockedAnywhere()) throw officeError('NotAllowed', 'insertFileFromBase64: content controls that cannot be deleted');
      apply();
    });

  const contextRef: { current: unknown } = { current: null };

  /** What Word makes of a field fragment (src/ooxml/fragment.ts): the control it holds, and a label paragraph if any. */
  const fromOoxml = (xml: string): { cc: CcModel; label: string | null } => {
    model.ooxml.push(xml);
    const documentPart = xml.slice(xml.indexOf('<w:document'), xml.indexOf('</w:document>'));
    const sdt = documentPart.slice(documentPart.indexOf('<w:sdt>'), documentPart.lastIndexOf('</w:sdt>'));
    const texts = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const content = sdt.slice(sdt.indexOf('<w:sdtContent>'));
    const cc: CcModel = {
      tag: /<w:tag w:val="([^"]*)"/.exec(sdt)?.[1] ?? '',
      title: /<w:alias w:val="([^"]*)"/.exec(sdt)?.[1],
      text: '',
      placeholderText: '',
      type: /<w:(text|picture)\b/.test(sdt.slice(0, sdt.indexOf('</w:sdtPr>'))) ? (sdt.includes('<w:picture') ? 'Picture' : 'PlainText') : 'RichText',
      cannotDelete: sdt.includes('<w:lock w:val="sdtLocked"/>'),
    };
    if (sdt.includes('<w:showingPlcHdr/>')) cc.placeholderText = cc.text = texts(content);
    else cc.text = texts(content);
    if (content.includes('<w:tbl>')) cc.table = [...content.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => texts(c[1])));
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(content);
    if (extent) cc.picture = { width: Number(extent[1]) / 12700, height: Number(extent[2]) / 12700 };
    const before = documentPart.slice(0, documentPart.indexOf('<w:sdt>'));
    const label = before.includes('<w:p>') ? texts(before.slice(before.lastIndexOf('<w:p>'))) : null;
    return { cc, label };
  };

  const ccItem = (cc: CcModel) => {
    const tableItems = cc.table ? [tableItem(cc)] : [];
    const pictures = cc.picture ? [{ width: cc.picture.width, height: cc.picture.height }] : [];
    let tracked = false;
    const item = {
      get tag() {
        return cc.tag;
      },
      set tag(v: string) {
        stage(() => (cc.tag = v));
      },
      get title() {
        return cc.title ?? '';
      },
      text: cc.text,
      get placeholderText() {
        return cc.placeholderText;
      },
      type: cc.type ?? 'RichText',
      get cannotDelete() {
        return cc.cannotDelete ?? false;
      },
      set cannotDelete(v: boolean) {
        stage(() => (cc.cannotDelete = v));
      },
      set placeholderText(v: string) {
        if (profile.refuses.placeholderTextSetter) refuse('NotAllowed', 'ContentControl.placeholderText');
        else stage(() => (cc.placeholderText = v));
      },
      tables: plainCollection(tableItems),
      inlinePictures: plainCollection(pictures),
      paragraphs: {
        getLast: () => {
          const after = (text: string) => {
            stage(() => (cc.text = cc.text + '\r' + text));
            return { insertParagraph: (next: string) => after(next) };
          };
          return { insertParagraph: (text: string, _where: string) => after(text) };
        },
      },
      select: () => stage(() => (model.selected = `cc:${cc.tag}`)),
      insertText: (text: string) => stage(() => (cc.text = text)),
      clear: () => stage(() => (cc.text = cc.placeholderText)),
      insertParagraph: (text: string) => {
        if (profile.refuses.controlInsertParagraph) refuse('NotAllowed', 'ContentControl.insertParagraph');
        else stage(() => (cc.text = cc.text + '\r' + text));
      },
      insertInlinePictureFromBase64: () => {
        const picture = { width: 0, height: 0, lockAspectRatio: false };
        if ((cc.type ?? 'RichText') === 'Picture' && profile.refuses.pictureIntoPictureControl) refuse('NotAllowed', 'insertInlinePictureFromBase64');
        else stage(() => (cc.picture = { width: picture.width, height: picture.height }));
        return picture;
      },
      track: () => {
        tracked = true;
        return item;
      },
      onDataChanged: {
        add: () => {
          if (!has('WordApi 1.5')) refuse('ApiNotFound', 'ContentControl.onDataChanged');
          const counted = tracked;
          if (counted) model.handlers.dataChanged++;
          else model.handlers.untracked++;
          return {
            context: contextRef.current,
            remove: () => stage(() => (counted ? model.handlers.dataChanged-- : model.handlers.untracked--)),
          };
        },
      },
    };
    return item;
  };

  const tableItem = (cc: CcModel) => {
    const values = cc.table!;
    return {
      load() {
        return this;
      },
      values: values.map((r) => [...r]),
      rowCount: values.length,
      nestingLevel: 1,
      parentContentControlOrNullObject: cc.bare ? { isNullObject: true, tag: '' } : { isNullObject: false, tag: cc.tag },
      getCell: (row: number, column: number) => ({
        set value(v: string) {
          stage(() => (values[row][column] = v));
        },
        body: { select: () => stage(() => (model.selected = `cell:${row},${column}`)) },
      }),
      addRows: (_where: string, count: number, rows: string[][]) =>
        stage(() => {
          for (let i = 0; i < count; i++) values.push([...rows[i]]);
        }),
      deleteRows: (index: number, count: number) => stage(() => values.splice(index, count)),
      set headerRowCount(_n: number) {
        // formatting only
      },
      getRange: () => ({ insertContentControl: () => wrapControl(cc) }),
    };
  };

  /** A control put around a bare table or picture (it joins the content-control collections at sync). */
  const wrapControl = (cc: CcModel) => {
    stage(() => (cc.bare = false));
    return {
      set tag(v: string) {
        stage(() => (cc.tag = v));
      },
      set title(v: string) {
        stage(() => (cc.title = v));
      },
      set cannotDelete(v: boolean) {
        stage(() => (cc.cannotDelete = v));
      },
    };
  };

  /** A range from a paragraph (or a place in it) that can be expanded to another and wrapped in a control. */
  const wrappable = (index: number) => ({
    insertContentControl: () => newControl(index),
    expandTo: () => ({ insertContentControl: () => newControl(index) }),
  });

  const paragraphItem = (p: ParagraphModel, index: number) => ({
    load() {
      return this;
    },
    text: p.text,
    styleBuiltIn: p.style ?? 'Normal',
    font: {
      get name() {
        return p.font?.name ?? 'Times New Roman';
      },
      set name(v: string) {
        stage(() => (p.font = { name: v, size: p.font?.size ?? 14 }));
      },
      get size() {
        return p.font?.size ?? 14;
      },
      set size(v: number) {
        stage(() => (p.font = { name: p.font?.name ?? 'Times New Roman', size: v }));
      },
    },
    getTextRanges: () => {
      // Words with their positions, so a replacement lands where the word was.
      const words: Array<{ text: string; insertText: (t: string) => void }> = [];
      let delta = 0; // replacements apply in document order; later words shift by the length change
      for (const m of p.text.matchAll(/\S+/g)) {
        const start = m.index ?? 0;
        const original = m[0];
        words.push({
          text: original,
          insertText: (t: string) =>
            stage(() => {
              const at = start + delta;
              p.text = p.text.slice(0, at) + t + p.text.slice(at + original.length);
              delta += t.length - original.length;
            }),
        });
      }
      return plainCollection(words);
    },
    getRange: () => ({
      ...wrappable(index),
      insertOoxml: (xml: string, _where: string) =>
        stage(() => {
          const { cc, label } = fromOoxml(xml);
          model.controls.push(cc);
          model.paragraphs.splice(index + 1, 0, { text: (label ?? '') + cc.text });
        }),
    }),
    insertOoxml: (xml: string, _where: string) =>
      stage(() => {
        const { cc } = fromOoxml(xml);
        model.controls.push(cc);
        p.text += cc.text;
      }),
    insertParagraph: (text: string) => {
      const added: ParagraphModel = { text };
      stage(() => model.paragraphs.splice(index + 1, 0, added));
      return { insertContentControl: () => newControl(index + 1) };
    },
    search: (text: string) =>
      plainCollection(p.text.toLowerCase().includes(text.toLowerCase()) ? [{ text, getRange: () => wrappable(index) }] : []),
  });

  /** A control created by insertContentControl; it joins the model at sync with the properties set on it. */
  const newControl = (_paragraphIndex: number) => {
    const cc: CcModel = { tag: '', text: '', placeholderText: '' };
    const handle = {
      set tag(v: string) {
        cc.tag = v;
      },
      set title(_v: string) {
        // not modelled
      },
      set placeholderText(v: string) {
        cc.placeholderText = v;
        cc.text = v;
      },
      set cannotDelete(_v: boolean) {
        // not modelled
      },
      insertTable: (_rows: number, _cols: number, _where: string, values: string[][]) => {
        cc.table = values.map((r) => [...r]);
        return { set headerRowCount(_n: number) {} };
      },
    };
    stage(() => model.controls.push(cc));
    return handle;
  };

  const pictureItems = model.controls
    .filter((cc) => cc.picture)
    .map((cc) => ({
      width: cc.picture!.width,
      height: cc.picture!.height,
      parentContentControlOrNullObject: cc.bare ? { isNullObject: true, tag: '' } : { isNullObject: false, tag: cc.tag },
      insertContentControl: () => wrapControl(cc),
    }));
  const tableItems = model.controls.filter((cc) => cc.table).map((cc) => tableItem(cc));

  const searchBody = (search: string) => {
    // Word's search notation: `^^` is a caret; another `^x` is a special character (^p, ^t, ^#…) that plain
    // paragraph text here never matches (https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance).
    if (/\^(?!\^)/.test(search.replace(/\^\^/g, ''))) return plainCollection([] as Array<{ text: string; select: () => void }>);
    const text = search.replace(/\^\^/g, '^');
    const hits = model.paragraphs
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.text.toLowerCase().includes(text.toLowerCase()))
      .map(({ i }) => ({
        text,
        select: () => stage(() => (model.selected = `search:${search}`)),
        paragraphs: plainCollection([paragraphItem(model.paragraphs[i], i)]),
      }));
    return plainCollection(hits);
  };

  const data = {
    application: {
      createDocument: (base64: string) => ({ open: () => stage(() => model.opened.push(base64)) }),
    },
    document: {
      body: {
        text: model.paragraphs.map((p) => p.text).join('\r'),
        paragraphs: collectionData(
          { text: '', styleBuiltIn: '', font: { name: '', size: 0 } },
          {
            getFirst: () => paragraphItem(model.paragraphs[0] ?? { text: '' }, 0),
          },
        ),
        tables: collectionData({ values: [], rowCount: 0, nestingLevel: 0, parentContentControlOrNullObject: { tag: '' } }),
        inlinePictures: collectionData({ width: 0, height: 0, parentContentControlOrNullObject: { tag: '' } }),
        search: (text: string) => searchBody(text),
        insertFileFromBase64: (base64: string, where: string) =>
          where === 'Replace'
            ? replaceBody(() => model.inserted.push({ where: 'body', base64Length: base64.length }))
            : stage(() => model.inserted.push({ where: 'body', base64Length: base64.length })),
        insertOoxml: (xml: string, _where: string) =>
          stage(() => {
            const { cc, label } = fromOoxml(xml);
            model.controls.push(cc);
            model.paragraphs.push({ text: label ?? cc.text });
          }),
        insertParagraph: (text: string) => {
          const added: ParagraphModel = { text };
          stage(() => model.paragraphs.push(added));
          const index = model.paragraphs.length;
          return { getRange: () => ({ insertContentControl: () => newControl(index) }), insertContentControl: () => newControl(index) };
        },
      },
      // Rich-text controls only (Document.contentControls reference; office-js #2160, #6144).
      contentControls: collectionData(
        { tag: '', title: '', text: '', placeholderText: '', cannotDelete: false, type: '' },
        {
          getByTag: (tag: string) => plainCollection(model.controls.filter((cc) => !cc.bare && cc.tag === tag && (cc.type ?? 'RichText') === 'RichText').map(ccItem)),
        },
      ),
      getContentControls: (options?: { types?: string[] }) => {
        const types = options?.types ?? ['RichText'];
        if (!has('WordApi 1.5')) refuse('ApiNotFound', 'Document.getContentControls');
        // plainText: WordApi 1.5; picture: WordApiDesktop 1.3 (Word.ContentControlOptions).
        if (types.includes('Picture') && !has('WordApiDesktop 1.3')) refuse('InvalidArgument', 'ContentControlOptions.types');
        const matching = () => model.controls.filter((cc) => !cc.bare && types.includes(cc.type ?? 'RichText'));
        return {
          ...plainCollection(matching().map(ccItem)),
          getByTag: (tag: string) => plainCollection(matching().filter((cc) => cc.tag === tag).map(ccItem)),
        };
      },
      insertFileFromBase64: (base64: string, _where: string, options?: Record<string, boolean>) => {
        if (!has('WordApi 1.5')) refuse('ApiNotFound', 'Document.insertFileFromBase64');
        else replaceBody(() => {
          model.inserted.push({ where: 'document', base64Length: base64.length });
          model.insertOptions.push(options);
        });
      },
      customXmlParts: {
        getByNamespace: () => {
          const parts = model.customXml.map((xml, i) => ({
            id: String(i),
            getXml: () => ({ value: xml }),
            setXml: (next: string) => stage(() => (model.customXml[i] = next)),
            delete: () => stage(() => (model.customXml[i] = '')),
          }));
          return {
            ...plainCollection(parts),
            getOnlyItemOrNullObject: () =>
              parts.length === 1 ? parts[0] : { isNullObject: true, getXml: () => ({ value: null }) },
          };
        },
        add: (xml: string) => stage(() => model.customXml.push(xml)),
      },
      sections: {
        items: [], // replaced by plain items below; present so that load('items') names a real property
        getFirst: () => ({ pageSetup: pageSetupData() }),
      },
      activeWindow: { activePane: { pages: collectionData({ index: 0 }) } },
      getSelection: () => ({
        text: model.selectionText,
        load() {
          return this;
        },
        insertFileFromBase64: (base64: string) => stage(() => model.inserted.push({ where: 'selection', base64Length: base64.length })),
      }),
      onParagraphChanged: {
        add: () => {
          model.handlers.paragraphChanged++;
          return { context: contextRef.current, remove: () => stage(() => model.handlers.paragraphChanged--) };
        },
      },
      onParagraphAdded: { add: () => ({ context: contextRef.current, remove: () => undefined }) },
      onParagraphDeleted: { add: () => ({ context: contextRef.current, remove: () => undefined }) },
    },
  };

  const pageSetupMock = new OfficeMockObject({ ...model.pageSetup, set: (v: Record<string, number>) => stage(() => Object.assign(model.pageSetup, v)) });
  function pageSetupData() {
    return pageSetupMock;
  }

  const context = new OfficeMockObject(data) as unknown as Record<string, any>;
  // Collections: plain arrays of items (office-addin-mock keeps arrays as values).
  context.document.contentControls.items = model.controls.filter((cc) => !cc.bare && (cc.type ?? 'RichText') === 'RichText').map(ccItem);
  contextRef.current = context;
  context.document.body.paragraphs.items = model.paragraphs.map(paragraphItem);
  context.document.body.tables.items = tableItems;
  context.document.body.inlinePictures.items = pictureItems;
  context.document.sections.items = [{ pageSetup: { set: (v: Record<string, number>) => stage(() => Object.assign(model.pageSetup, v)) } }];
  context.document.activeWindow.activePane.pages.items = Array.from({ length: model.pages }, (_, i) => ({ index: i }));

  const mockSync = context.sync.bind(context);
  const pageSetupSync = pageSetupMock.sync.bind(pageSetupMock);
  context.sync = async () => {
    model.syncs++;
    if (context.finished) {
      staged.length = 0;
      throw officeError('InvalidRequest', 'sync() on a Word.run context that has finished');
    }
    if (model.failSync) {
      model.failSync.at--;
      if (model.failSync.at <= 0) {
        const code = model.failSync.code;
        model.failSync = undefined;
        staged.length = 0;
        throw officeError(code);
      }
    }
    await mockSync();
    await pageSetupSync();
    for (const change of staged.splice(0)) change(); // a throwing change stops the batch, as Word does
  };
  return context;
}

export function emptyModel(): DocModel {
  return {
    controls: [],
    paragraphs: [],
    customXml: [],
    pages: 0,
    pageSetup: { pageWidth: 595.3, pageHeight: 841.9, topMargin: 56.7, bottomMargin: 56.7, leftMargin: 85.05, rightMargin: 42.5 },
    selectionText: '',
    selected: null,
    opened: [],
    inserted: [],
    handlers: { paragraphChanged: 0, dataChanged: 0, untracked: 0 },
    ooxml: [],
    insertOptions: [],
    syncs: 0,
    runs: 0,
  };
}

export const REPORT_XML = (template = 'individual', sends = '') =>
  `<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="${template}" version="1.0">${sends}</bctt:report>`;

/** An individual report as the template lays it out, filled or not. */
export function individualModel(filled = true): DocModel {
  const m = emptyModel();
  const header = ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'];
  const cc = (tag: string, text: string, placeholderText: string, extra: Partial<CcModel> = {}): CcModel => ({
    tag,
    text: filled ? text : placeholderText,
    placeholderText,
    type: 'RichText',
    cannotDelete: true,
    ...extra,
  });
  m.controls = [
    cc('bctt.anh', '', 'Hình 4x6', { picture: filled ? { width: 113.4, height: 170.1 } : null }),
    cc('bctt.hoTen', 'NGUYỄN THỊ MAI', '(ghi đầy đủ bằng chữ in hoa, không viết tắt)'),
    cc('bctt.sinhNam', '1984', '(năm sinh, ví dụ: 1984)'),
    cc('bctt.chucVuDonVi', 'Hiệu trưởng, Trường Tiểu học Lê Lợi', '(chức vụ, đơn vị công tác)'),
    cc('bctt.tomTat', 'Đoạn một.\rĐoạn hai.', '(Trình bày tóm tắt…)'),
    {
      tag: 'bctt.moHinh',
      type: 'RichText',
      cannotDelete: true,
      text: '',
      placeholderText: 'Bảng mô hình hoặc công trình thi đua tiêu biểu',
      table: [header, filled ? ['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Lộ trình', 'Kết quả'] : ['1', '', '', '', '', '']],
    },
  ];
  m.paragraphs = [
    { text: 'BÁO CÁO THÀNH TÍCH CÁ NHÂN', style: 'Title', font: { name: 'Times New Roman', size: 16 } },
    { text: filled ? '' : 'Hình 4x6' },
    { text: `- Họ tên: ${m.controls[1].text}` },
    { text: `- Sinh năm: ${m.controls[2].text}` },
    { text: `- Chức vụ, đơn vị công tác: ${m.controls[3].text}` },
    { text: 'TÓM TẮT THÀNH TÍCH TIÊU BIỂU', style: 'Heading1' },
    { text: 'Đoạn một.' },
    { text: 'Đoạn hai.' },
    { text: 'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU', style: 'Heading1' },
  ];
  m.customXml = [REPORT_XML()];
  m.pages = 3;
  return m;
}

/** An individual report written by an earlier version: plain-text fields and a picture control for the photo. */
export function legacyIndividualModel(filled = true): DocModel {
  const m = individualModel(filled);
  for (const cc of m.controls) {
    if (['bctt.hoTen', 'bctt.sinhNam', 'bctt.chucVuDonVi'].includes(cc.tag)) cc.type = 'PlainText';
    if (cc.tag === 'bctt.anh') cc.type = 'Picture';
  }
  return m;
}

export { OFFICE_APP };
