/**
 * The snapshot in one round trip (DESIGN.md §5.4): every load is queued first, then ONE `context.sync()`,
 * then plain data is built from the results. Nothing here reads a property of an item before the sync, and
 * nothing queued depends on a result, so the whole check is a single batch:
 *   - all content controls (tag, text, placeholderText)                        WordApi 1.1; with 1.5 also plain
 *     text (and picture, WordApiDesktop 1.3) controls of older documents: see ./controls.ts
 *   - body paragraphs (text, style, font name and size)                        WordApi 1.1 / 1.3 (styleBuiltIn)
 *   - body tables (values, nesting, parent control's tag)                      WordApi 1.3
 *   - body inline pictures (size, parent control's tag)                        WordApi 1.1 / 1.3
 *   - the custom XML part's XML: getByNamespace().getOnlyItemOrNullObject().getXml() is a ClientResult that can be
 *     queued in the same batch as everything else                              WordApi 1.4
 *   - pages of the active pane                                                 WordApiDesktop 1.2
 *   - page setup of the first section                                          WordApiDesktop 1.3
 * Items reached through `…OrNullObject` navigation are read defensively: a null object's properties may be
 * unavailable, and that must only mean "not in a control".
 */
import { emptySnapshot, type DocumentSnapshot, type FieldSnapshot, type FontUsage, type PictureInfo } from '../core/snapshot';
import { FIELD, fieldIdOfAlias, fieldIdOfTag, fieldSpec, findFieldSpec, inferTemplate, matchColumns, MODEL_COLUMNS, pointsToMm, recognizeByText, tagOf, templateFromText, TEMPLATES, type TemplateKind, type TextBlock } from '../core/template';
import { fieldControls } from './controls';
import { cellText } from './table';
import { parseReportXml, REPORT_NAMESPACE } from '../docx/reportPart';
import type { WordSupport } from './support';

const EMU_PER_POINT = 12700;
const SAMPLE_CHARS = 300;
const HEADING_STYLES = /^(Title|Subtitle|Heading\d)$/;

export interface QueueOptions {
  /** Queue the custom XML part's getXml() (default: when WordApi 1.4 is supported). */
  customXml?: boolean;
}

/** Read a value that may not exist on a null object; undefined instead of throwing. */
function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function parentTag(item: { parentContentControlOrNullObject?: Word.ContentControl }): string | null {
  return (
    tryRead(() => {
      const parent = item.parentContentControlOrNullObject;
      if (!parent || parent.isNullObject) return null;
      return typeof parent.tag === 'string' ? parent.tag : null;
    }) ?? null
  );
}

/** Word separates paragraphs with \r and line breaks with \v; the snapshot uses "\n". */
function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?|\u000b/g, '\n');
}

/**
 * Queue every load of a snapshot on `context` and return a function that builds the snapshot after the caller's
 * single `context.sync()`.
 */
export function queueSnapshot(context: Word.RequestContext, support: WordSupport, options: QueueOptions = {}): () => DocumentSnapshot {
  const doc = context.document;
  const body = doc.body;

  // title: a control with our title but no tag is ours (LibreOffice drops tags, keeps titles: DESIGN.md §8). WordApi 1.1.
  const controls = fieldControls(context, support);
  controls.load('tag,title,text,placeholderText');

  const paragraphs = body.paragraphs;
  paragraphs.load(support.api13 ? 'text,styleBuiltIn,font/name,font/size' : 'text,font/name,font/size');

  const tables = support.api13 ? body.tables : null;
  tables?.load('values,rowCount,nestingLevel,parentContentControlOrNullObject/tag');

  const pictures = body.inlinePictures;
  pictures.load(support.api13 ? 'width,height,parentContentControlOrNullObject/tag' : 'width,height');

  const wantXml = options.customXml ?? support.api14;
  const xml = wantXml ? doc.customXmlParts.getByNamespace(REPORT_NAMESPACE).getOnlyItemOrNullObject().getXml() : null;

  const pages = support.desktop12 ? doc.activeWindow.activePane.pages : null;
  pages?.load('index');

  const pageSetup = support.desktop13 ? doc.sections.getFirst().pageSetup : null;
  pageSetup?.load('pageWidth,pageHeight,topMargin,bottomMargin,leftMargin,rightMargin');

  return () => {
    const snapshot = emptySnapshot();

    // Fields, by tag; the first control wins when a tag is duplicated. Then untagged controls by their title.
    const placeholders: string[] = [];
    const byTitle: Array<{ id: string; cc: Word.ContentControl }> = [];
    for (const cc of controls.items) {
      const tag = cc.tag ?? '';
      const id = fieldIdOfTag(tag);
      const text = plain(cc.text);
      const placeholder = plain(cc.placeholderText);
      const showing = text.trim() === '' || (placeholder !== '' && text === placeholder);
      if (showing && text) placeholders.push(text);
      if (!id && tag === '') {
        const titled = fieldIdOfAlias(tryRead(() => cc.title));
        if (titled) byTitle.push({ id: titled, cc });
      }
      if (!id || snapshot.fields[id]) continue;
      const field: FieldSnapshot = { id, text: showing ? '' : text, showingPlaceholder: showing };
      const kind = findFieldSpec(id)?.kind;
      if (kind === 'richText') field.paragraphs = showing ? [] : text.split('\n').filter((p) => p.trim() !== '');
      if (kind === 'table') field.text = '';
      snapshot.fields[id] = field;
    }

    for (const { id, cc } of byTitle) {
      if (snapshot.fields[id]) continue;
      const text = plain(cc.text);
      const placeholder = plain(cc.placeholderText);
      const showing = text.trim() === '' || (placeholder !== '' && text === placeholder);
      const field: FieldSnapshot = { id, text: showing ? '' : text, showingPlaceholder: showing, via: 'alias' };
      const kind = fieldSpec('individual', id)?.kind ?? fieldSpec('collective', id)?.kind;
      if (kind === 'richText') field.paragraphs = showing ? [] : text.split('\n').filter((p) => p.trim() !== '');
      if (kind === 'table') field.text = '';
      snapshot.fields[id] = field;
    }

    // Fields whose controls are gone (a pandoc or Google Docs export): by the template's labels and headings.
    const blocks: TextBlock[] = paragraphs.items.map((p) => ({ type: 'paragraph', text: plain(p.text) }));
    const textKind = templateFromText(blocks);
    // A document that still holds controls of ours is not an export: a field the platform cannot list (a plain-text
    // control before WordApi 1.5, a picture control without WordApiDesktop 1.3: ./controls.ts) is in a control we
    // cannot reach, not gone. Recognising it by its label would offer restoreControls over an existing control.
    const hasOurControls = Object.keys(snapshot.fields).length > 0;
    const unlisted = (fieldKind: string): boolean =>
      hasOurControls && ((!support.api15 && (fieldKind === 'text' || fieldKind === 'year')) || (!support.desktop13 && fieldKind === 'picture'));
    recoverByText(snapshot, blocks, inferTemplate(Object.keys(snapshot.fields)) ?? textKind, unlisted);

    // The photo: the first picture inside the `bctt.anh` control.
    const photo = snapshot.fields[FIELD.photo];
    if (photo) {
      const picture =
        photo.via === undefined
          ? pictures.items.find((p) => parentTag(p) === tagOf(FIELD.photo))
          : // Untagged: the first picture of the document (the photo frame comes first in the template).
            pictures.items[0];
      const info: PictureInfo | null = picture
        ? { widthEmu: Math.round(picture.width * EMU_PER_POINT), heightEmu: Math.round(picture.height * EMU_PER_POINT) }
        : null;
      photo.picture = info;
      if (info) photo.showingPlaceholder = false;
    }

    // The models table: inside `bctt.moHinh`; when the parent cannot be read, the top-level table with the most official headers.
    if (tables && snapshot.fields[FIELD.models]) {
      const top = tables.items.filter((t) => (tryRead(() => t.nestingLevel) ?? 1) <= 1);
      // A recognised but untagged table: the table with the most official headers (below).
      let table = top.find((t) => parentTag(t) === tagOf(FIELD.models));
      if (!table) {
        let best = 0;
        for (const t of top) {
          const header = (t.values?.[0] ?? []).map(cellText);
          const matched = MODEL_COLUMNS.length - matchColumns(header).missing.length;
          if (matched > best) {
            best = matched;
            table = t;
          }
        }
      }
      if (table && table.values.length > 0) {
        snapshot.table = {
          header: table.values[0].map(cellText),
          rows: table.values.slice(1).map((row) => row.map(cellText)),
        };
      }
    } else if (!tables) {
      snapshot.unavailable.push('table');
    }

    // Body text (without the instructions shown by empty controls) and fonts.
    let bodyText = paragraphs.items.map((p) => plain(p.text)).join('\n');
    for (const text of placeholders) {
      const at = bodyText.indexOf(text);
      if (at >= 0) bodyText = bodyText.slice(0, at) + bodyText.slice(at + text.length);
    }
    snapshot.bodyText = bodyText;

    const fonts = new Map<string, FontUsage>();
    for (const p of paragraphs.items) {
      const style = tryRead(() => p.styleBuiltIn) ?? '';
      if (HEADING_STYLES.test(String(style))) continue;
      const text = plain(p.text);
      if (placeholders.includes(text)) continue;
      const chars = text.replace(/\s/g, '').length;
      const name = tryRead(() => p.font.name);
      const size = tryRead(() => p.font.size);
      // Mixed fonts in one paragraph read as ''/null: they cannot be attributed, so they are left out.
      if (chars === 0 || !name) continue;
      const sizePt = typeof size === 'number' && size > 0 ? size : null;
      const key = `${name}\u0000${sizePt}`;
      const usage = fonts.get(key) ?? { name, sizePt, chars: 0, sample: '' };
      usage.chars += chars;
      if (usage.sample.length < SAMPLE_CHARS) usage.sample = (usage.sample ? usage.sample + '\n' : '') + text.slice(0, SAMPLE_CHARS - usage.sample.length);
      fonts.set(key, usage);
    }
    snapshot.fonts = [...fonts.values()].sort((a, b) => b.chars - a.chars);

    // Template identity and send history.
    const part = xml ? parseReportXml(xml.value) : null;
    if (part) {
      snapshot.template = part.template;
      snapshot.sendHistory = part.sends;
      if (part.period) snapshot.period = part.period;
    } else {
      if (!wantXml) snapshot.unavailable.push('template', 'sendHistory');
      // No part (not readable, or another program dropped it): from the controls, else from the headings.
      const fromControls = inferTemplate(Object.keys(snapshot.fields));
      const kind = fromControls ?? textKind;
      if (kind) {
        snapshot.template = { id: kind, version: TEMPLATES[kind].version };
        if (wantXml) snapshot.templateVia = fromControls ? 'controls' : 'headings';
      }
    }

    if (pages) snapshot.pages = { count: pages.items.length, source: 'layout' };
    else snapshot.unavailable.push('pages');

    if (pageSetup) {
      snapshot.pageSetup = {
        widthMm: round1(pointsToMm(pageSetup.pageWidth)),
        heightMm: round1(pointsToMm(pageSetup.pageHeight)),
        margins: {
          topMm: round1(pointsToMm(pageSetup.topMargin)),
          bottomMm: round1(pointsToMm(pageSetup.bottomMargin)),
          leftMm: round1(pointsToMm(pageSetup.leftMargin)),
          rightMm: round1(pointsToMm(pageSetup.rightMargin)),
        },
      };
    } else {
      snapshot.unavailable.push('pageSetup');
    }
    return snapshot;
  };
}

/** Text fields, summary and table found by the template's labels and headings, for fields no control holds. */
function recoverByText(snapshot: DocumentSnapshot, blocks: TextBlock[], kind: TemplateKind | null, unlisted: (fieldKind: string) => boolean): void {
  if (!kind) return;
  const spec = TEMPLATES[kind];
  if (spec.fields.every((f) => snapshot.fields[f.id])) return;
  const found = recognizeByText(blocks, kind);
  for (const [id, f] of Object.entries(found.fields)) {
    if (snapshot.fields[id] || unlisted(fieldSpec(kind, id)?.kind ?? '')) continue;
    const instruction = fieldSpec(kind, id)?.instruction ?? '';
    const showing = f.value === '' || f.value === instruction;
    snapshot.fields[id] = { id, text: showing ? '' : f.value, showingPlaceholder: showing, via: 'label' };
  }
  if (!snapshot.fields[FIELD.summary] && found.summary) {
    const paragraphs = found.summary.blocks.map((i) => (blocks[i] as { text: string }).text);
    const text = paragraphs.join('\n');
    const showing = text.trim() === '';
    snapshot.fields[FIELD.summary] = { id: FIELD.summary, text, showingPlaceholder: showing, paragraphs: showing ? [] : paragraphs.filter((p) => p.trim() !== ''), via: 'label' };
  }
  // The table's paragraphs are not blocks here: a table with the official header after the models heading is read below.
  const modelsHeading = blocks.findIndex((b) => b.type === 'paragraph' && b.text.trim() === spec.headings.models);
  if (!snapshot.fields[FIELD.models] && modelsHeading >= 0) snapshot.fields[FIELD.models] = { id: FIELD.models, text: '', showingPlaceholder: false, via: 'label' };
  if (spec.fields.some((f) => f.id === FIELD.photo) && !snapshot.fields[FIELD.photo] && !unlisted('picture')) snapshot.fields[FIELD.photo] = { id: FIELD.photo, text: '', showingPlaceholder: true, via: 'label' };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
