/**
 * readDocx: a .docx package (bytes) -> DocumentSnapshot, safely (size, zip-bomb, DOCTYPE and depth limits)
 * and as Word would read it (see body.ts for the text rules, styles.ts for fonts).
 */
import { isAppError } from '../core/errors';
import type { DocumentSnapshot, FieldSnapshot, FontUsage, PageSetup, PictureInfo, TableSnapshot } from '../core/snapshot';
import { FIELD, inferTemplate, TEMPLATES, type TemplateKind } from '../core/template';
import { BodyReader, type Paragraph } from './body';
import { comparable, isDeletedRow, rowCells, specFor, tableIn, tableRows, type FoundControl } from './fields';
import { findDrawing, locateFields, type FieldLocation } from './recognize';
import { imagePixelSize } from '../core/image';
import { countWords } from '../core/text';
import { resolveLimits, type DocxLimitOptions, type DocxLimits } from './limits';
import { REL, mainPartFrom, readMainDocument, readRelationships, type Relationship } from './opc';
import { findReportPart, periodOf, sendHistoryOf, templateOf } from './reportPart';
import { twipsOf } from './strict';
import { StyleSheet } from './styles';
import { NS, type XmlElement, attr, child, elements, findFirst, isEl, isW, ownText, parseXml, wAttr, wChild } from './xml';
import { openPackageForReading, type PackageReader } from './zip';
import './messages';

export type ReadDocxOptions = DocxLimitOptions;

const TWIPS_PER_MM = 56.6929;
const EMU_PER_PT = 12700;
const FONT_SAMPLE_CHARS = 300;

/** Reads a .docx; throws AppError with a `docx.*` key for anything unreadable or hostile. */
export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<DocumentSnapshot> {
  const limits = resolveLimits(options);
  const pkg = await openPackageForReading(bytes, limits);
  const rootRels = await readRelationships(pkg, '', limits);
  const mainPart = mainPartFrom(pkg, rootRels);
  const { body } = await readMainDocument(pkg, limits, mainPart);

  const unavailable: string[] = [];
  const rels = await readRelationships(pkg, mainPart, limits);

  const report = await findReportPart(pkg, limits);
  let template = report ? templateOf(report.root) : null;
  const sendHistory = report ? sendHistoryOf(report.root) : [];
  const period = report ? periodOf(report.root) : null;

  const styles = await readStyles(pkg, rels, limits);
  if (!styles) unavailable.push('fonts');
  const reader = new BodyReader(styles);

  // Fields by tag, else by alias or docPart, else by the template's labels and headings (DESIGN.md §8).
  const located = locateFields(body, reader, template?.id ?? null);
  const controls = located.controls;
  let templateVia: DocumentSnapshot['templateVia'];
  if (!template) {
    const fromControls = inferTemplate(controls.keys());
    const kind = fromControls ?? located.textTemplate;
    if (kind) {
      template = { id: kind, version: TEMPLATES[kind].version };
      templateVia = fromControls ? 'controls' : 'headings';
    }
  }
  const fields: Record<string, FieldSnapshot> = {};
  const pictureJobs: Promise<void>[] = [];
  const pictureOf = (picture: PictureInfo | null | undefined, blipId: string | undefined): void => {
    if (picture && blipId) pictureJobs.push(fillPixels(pkg, rels, blipId, picture));
  };
  for (const control of controls.values()) {
    if (located.byText[control.fieldId]) continue;
    const snapshot = fieldSnapshot(control, template?.id ?? null, reader);
    if (snapshot.showing) reader.excluded.add(control.sdt);
    if (control.via !== 'tag') snapshot.field.via = control.via;
    fields[control.fieldId] = snapshot.field;
    pictureOf(snapshot.field.picture, snapshot.blipId);
  }
  let recoveredTable: TableSnapshot | null = null;
  for (const [id, location] of Object.entries(located.byText)) {
    const read = fieldFromText(id, location, template?.id ?? null, reader);
    fields[id] = read.field;
    pictureOf(read.field.picture, read.blipId);
    if (read.table) recoveredTable = read.table;
  }
  await Promise.all(pictureJobs);

  const moHinh = located.byText[FIELD.models] ? undefined : controls.get(FIELD.models);
  const table = moHinh ? readTable(moHinh, reader) : recoveredTable;

  const paragraphs = reader.blockParagraphs(body);
  const bodyText = paragraphs.map((p) => p.text).join('\n');
  const fonts = styles ? fontUsage(paragraphs) : [];

  const pages = await readPages(pkg, rootRels, limits, bodyText);
  if (!pages) unavailable.push('pages');
  const pageSetup = readPageSetup(body);
  if (!pageSetup) unavailable.push('pageSetup');

  const out: DocumentSnapshot = { template, fields, table, bodyText, pages, pageSetup, fonts, sendHistory, unavailable };
  if (templateVia) out.templateVia = templateVia;
  if (period) out.period = period;
  return out;
}

/** A field read from the template's text (its control gone or misshapen): see recognize.ts. */
function fieldFromText(
  id: string,
  location: FieldLocation,
  template: TemplateKind | null,
  reader: BodyReader,
): { field: FieldSnapshot; blipId?: string; table?: TableSnapshot | null } {
  const spec = specFor(id, template);
  const isInstruction = (text: string): boolean => spec !== undefined && comparable(text) === comparableInstruction(spec.instruction);
  switch (location.kind) {
    case 'label': {
      const showing = location.value.trim() === '' || isInstruction(location.value);
      return { field: { id, text: showing ? '' : location.value, showingPlaceholder: showing, via: 'label' } };
    }
    case 'section': {
      const paragraphs = location.paragraphs.map((b) => reader.paragraph(b.el).text);
      const text = paragraphs.join('\n');
      const showing = text.trim() === '' || isInstruction(text);
      const via = location.control ? location.control.via : 'label';
      const field: FieldSnapshot = { id, text: showing ? '' : text, showingPlaceholder: showing, paragraphs: showing ? [] : paragraphs };
      if (via !== 'tag') field.via = via;
      return { field };
    }
    case 'table': {
      const via = location.control ? location.control.via : 'label';
      const field: FieldSnapshot = { id, text: '', showingPlaceholder: false };
      if (via !== 'tag') field.via = via;
      return { field, table: readTableElement(location.table.el, reader) };
    }
    case 'picture': {
      const found = pictureIn(location.block.el);
      return { field: { id, text: '', showingPlaceholder: !found, picture: found ? found.info : null, via: 'label' }, blipId: found?.blipId };
    }
    default:
      return { field: { id, text: '', showingPlaceholder: true } };
  }
}

function fieldSnapshot(
  control: FoundControl,
  template: TemplateKind | null,
  reader: BodyReader,
): { field: FieldSnapshot; showing: boolean; blipId?: string } {
  const spec = specFor(control.fieldId, template);
  const content = control.content;
  const block = content ? isBlockContent(content) : false;
  let paragraphs: string[] = [];
  let text = '';
  if (content) {
    if (block) {
      paragraphs = reader.blockParagraphs(content).map((p) => p.text);
      text = paragraphs.join('\n');
    } else {
      text = reader.inlineText(content).text;
    }
  }
  let isInstruction = false;
  if (spec !== undefined) {
    const plain = comparable(text);
    isInstruction = plain !== '' && plain === comparableInstruction(spec.instruction);
  }
  const showing = control.showingPlcHdr || isInstruction;
  const field: FieldSnapshot = { id: control.fieldId, text: showing ? '' : text, showingPlaceholder: showing };
  if (spec?.kind === 'richText' || (block && spec?.kind !== 'table')) field.paragraphs = showing ? [] : paragraphs;
  let blipId: string | undefined;
  if (spec?.kind === 'picture' || (content && findDrawing(content))) {
    const found = !control.showingPlcHdr && content ? pictureIn(content) : null;
    field.picture = found ? found.info : null;
    blipId = found?.blipId;
  }
  return { field, showing, blipId };
}

const instructionCache = new Map<string, string>();
/** comparable() of an official instruction text (a handful of constants: computed once each). */
function comparableInstruction(instruction: string): string {
  let out = instructionCache.get(instruction);
  if (out === undefined) {
    out = comparable(instruction);
    if (instructionCache.size < 256) instructionCache.set(instruction, out);
  }
  return out;
}

function isBlockContent(content: XmlElement): boolean {
  return content.children.some((c) => typeof c === 'object' && (isW(c, 'p') || isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc')));
}

function pictureIn(content: XmlElement): { info: PictureInfo; blipId?: string } | null {
  const drawing = findDrawing(content);
  if (!drawing) return null;
  if (drawing.uri === NS.wp) {
    const extent = child(drawing, NS.wp, 'extent');
    const cx = Number(extent ? attr(extent, '', 'cx') : NaN);
    const cy = Number(extent ? attr(extent, '', 'cy') : NaN);
    const blip = findFirst(drawing, (e) => isEl(e, NS.a, 'blip'));
    return {
      info: { widthEmu: Number.isFinite(cx) ? cx : 0, heightEmu: Number.isFinite(cy) ? cy : 0 },
      blipId: blip ? attr(blip, NS.r, 'embed') : undefined,
    };
  }
  // Legacy VML picture: size from the shape's style (points), image from v:imagedata r:id.
  const shape = findFirst(content, (e) => isEl(e, NS.v, 'shape'));
  const style = shape ? attr(shape, '', 'style') ?? '' : '';
  return { info: { widthEmu: vmlLengthEmu(style, 'width'), heightEmu: vmlLengthEmu(style, 'height') }, blipId: attr(drawing, NS.r, 'id') };
}

/** A CSS-like "width:113.4pt;height:170.1pt" length in EMU (pt, in, cm, mm, px); 0 when absent. */
function vmlLengthEmu(style: string, property: string): number {
  for (const decl of style.split(';')) {
    const [k, v] = decl.split(':').map((s) => s?.trim());
    if (k !== property || !v) continue;
    const num = parseFloat(v);
    if (!Number.isFinite(num)) return 0;
    const unit = v.replace(/^[\s\d.+-]+/, '').trim();
    const perUnit: Record<string, number> = { pt: EMU_PER_PT, in: 914400, cm: 360000, mm: 36000, px: 9525 };
    return Math.round(num * (perUnit[unit] ?? EMU_PER_PT));
  }
  return 0;
}

async function fillPixels(pkg: PackageReader, rels: Relationship[], blipId: string, picture: PictureInfo): Promise<void> {
  const rel = rels.find((r) => r.id === blipId);
  if (!rel || rel.external) return;
  const data = await pkg.readBytes(rel.target);
  if (!data) return;
  const size = imagePixelSize(data);
  if (size) {
    picture.pixelWidth = size.width;
    picture.pixelHeight = size.height;
  }
}

function readTable(control: FoundControl, reader: BodyReader): TableSnapshot | null {
  const tbl = tableIn(control.content);
  return tbl ? readTableElement(tbl, reader) : null;
}

function readTableElement(tbl: XmlElement, reader: BodyReader): TableSnapshot {
  const rows: string[][] = [];
  for (const { tr } of tableRows(tbl)) {
    if (isDeletedRow(tr)) continue;
    const cells: string[] = [];
    for (const tc of rowCells(tr)) {
      cells.push(reader.blockParagraphs(tc).map((p) => p.text).join('\n'));
      const gridSpan = wChild(wChild(tc, 'tcPr'), 'gridSpan');
      const span = gridSpan ? Number(wAttr(gridSpan, 'val') ?? 1) : 1;
      for (let i = 1; i < span && i < 64; i++) cells.push('');
    }
    rows.push(cells);
  }
  if (rows.length === 0) return { header: [], rows: [] };
  return { header: rows[0], rows: rows.slice(1) };
}

function fontUsage(paragraphs: Paragraph[]): FontUsage[] {
  const byKey = new Map<string, FontUsage>();
  for (const p of paragraphs) {
    for (const piece of p.pieces) {
      const chars = countNonSpace(piece.text);
      if (chars === 0) continue;
      const key = piece.font.name + '\u0000' + String(piece.font.sizePt);
      let usage = byKey.get(key);
      if (!usage) {
        usage = { name: piece.font.name, sizePt: piece.font.sizePt, chars: 0, sample: '' };
        byKey.set(key, usage);
      }
      usage.chars += chars;
      if (usage.sample.length < FONT_SAMPLE_CHARS) {
        const room = FONT_SAMPLE_CHARS - usage.sample.length;
        const sep = usage.sample && !/\s$/.test(usage.sample) ? ' ' : '';
        usage.sample += (sep + piece.text).slice(0, room);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.chars - a.chars);
}

/** Code points of `text` that are not white space as `/\s/` defines it. */
function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
      n++;
      continue;
    }
    if (!isJsSpace(code)) n++;
  }
  return n;
}

/** The same set as the `\s` class of JavaScript regular expressions. */
function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

async function readStyles(pkg: PackageReader, rels: Relationship[], limits: DocxLimits): Promise<StyleSheet | null> {
  const stylesPart = rels.find((r) => r.type === REL.styles && !r.external)?.target ?? 'word/styles.xml';
  const themePart = rels.find((r) => r.type === REL.theme && !r.external)?.target ?? 'word/theme/theme1.xml';
  const stylesRoot = await optionalXml(pkg, stylesPart, limits);
  const themeRoot = await optionalXml(pkg, themePart, limits);
  if (stylesRoot === 'broken') return null;
  return new StyleSheet(stylesRoot ?? undefined, themeRoot === 'broken' ? undefined : themeRoot ?? undefined);
}

/** An optional part: null when absent, 'broken' when not well-formed (hostile XML still throws). */
async function optionalXml(pkg: PackageReader, part: string, limits: DocxLimits): Promise<XmlElement | null | 'broken'> {
  const text = await pkg.readText(part);
  if (text === null) return null;
  try {
    return parseXml(text, part, limits);
  } catch (e) {
    if (isAppError(e) && e.messageKey === 'docx.badXml') return 'broken';
    throw e;
  }
}

/**
 * Word's page count from its last save (app.xml), when it can be believed: written by Word, and for this text. Other
 * programs write it without laying the document out (LibreOffice converting headless says 1 page), and pandoc copies a
 * stale app.xml from its reference document (another text's words and pages): those are left to the estimate.
 */
async function readPages(pkg: PackageReader, rootRels: readonly Relationship[], limits: DocxLimits, bodyText: string): Promise<DocumentSnapshot['pages']> {
  const appPart = rootRels.find((r) => r.type === REL.extendedProperties && !r.external)?.target ?? 'docProps/app.xml';
  const root = await optionalXml(pkg, appPart, limits);
  if (!root || root === 'broken') return null;
  const prop = (name: string): XmlElement | undefined => elements(root).find((e) => e.local === name && (e.uri === NS.ep || e.uri === ''));
  const pagesEl = prop('Pages');
  if (!pagesEl) return null;
  const application = prop('Application');
  if (application && !/^Microsoft/i.test(ownText(application).trim())) return null;
  const wordsEl = prop('Words');
  if (wordsEl) {
    const said = Number(ownText(wordsEl).trim());
    const counted = countWords(bodyText);
    if (Number.isFinite(said) && counted > 50 && Math.abs(said - counted) > counted * 0.25) return null;
  }
  const count = Number(ownText(pagesEl).trim());
  if (!Number.isInteger(count) || count <= 0) return null;
  return { count, source: 'app.xml' };
}

function mm(twips: number): number {
  return Math.round((Math.abs(twips) / TWIPS_PER_MM) * 10) / 10;
}

/** Page setup of the body-level (final) section, else the first paragraph-level section. */
function readPageSetup(body: XmlElement): PageSetup | null {
  const sectPr = wChild(body, 'sectPr') ?? findFirst(body, (e) => isW(e, 'sectPr'));
  if (!sectPr) return null;
  const pgSz = wChild(sectPr, 'pgSz');
  const pgMar = wChild(sectPr, 'pgMar');
  if (!pgSz || !pgMar) return null;
  // Twips, or a universal measure ("595.30pt") in Strict documents.
  const num = (el: XmlElement, name: string): number | null => twipsOf(wAttr(el, name));
  let w = num(pgSz, 'w');
  let h = num(pgSz, 'h');
  if (w === null || h === null) return null;
  // A landscape section whose w/h were written the portrait way is still wider than tall.
  if (wAttr(pgSz, 'orient') === 'landscape' && w < h) [w, h] = [h, w];
  return {
    widthMm: mm(w),
    heightMm: mm(h),
    margins: {
      topMm: mm(num(pgMar, 'top') ?? 0),
      bottomMm: mm(num(pgMar, 'bottom') ?? 0),
      leftMm: mm(num(pgMar, 'left') ?? 0),
      rightMm: mm(num(pgMar, 'right') ?? 0),
    },
  };
}
