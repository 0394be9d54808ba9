/**
 * Document-wide fixes of a .docx, for FileHost (file mode). The rewrites are pure functions over the XML text of
 * word/document.xml (and word/styles.xml): they splice the source at the offsets the parser found, so every byte
 * outside the changed elements stays as it was. `fixDocx` applies one to a package.
 *
 *   normalizeNfcXml   every w:t text in NFC (combining marks split from their letter across runs are rejoined)
 *   removeBidiXml     every w:t text without bidirectional control characters (U+202E and the like)
 *   convertLegacyXml  TCVN3 / VNI text -> Unicode, those runs set to Times New Roman
 *   pageSetupXml      A4 portrait and the Decree 30 margins in every section
 *   bodyFontXml       docDefaults + Normal style Times New Roman 14 pt; body runs' differing overrides removed
 */
import { AppError } from '../core/errors';
import type { FixDescriptor } from '../core/rules/types';
import { detectLegacy, fromLegacy, hasBidiControls, isCapitalsOnlyLegacyFont, legacyEncodingOfFont, removeBidiControls, type LegacyEncoding } from '../core/text';
import { escapeText } from '../ooxml/escape';
import { PAGE } from '../ooxml/layout';
import { ptToHalfPoints } from '../ooxml/units';
import type { DocumentSnapshot } from '../core/snapshot';
import { DECREE30_LAYOUT, FIELD, TEMPLATES, tableRowsOf, type TemplateKind } from '../core/template';
import { applySplices, qualifier, type Splice } from './editXml';
import { findControls } from './fields';
import { detectImage } from './image';
import type { ReportData } from './reportData';
import { writeTemplateDocx, type WriteOptions } from './write';
import { resolveLimits, type DocxLimitOptions } from './limits';
import { REL, findMainPart, readRelationships } from './opc';
import { StyleSheet } from './styles';
import { NS, type XmlElement, attr, elements, findFirst, isEl, isW, ownText, parseXml, wAttr, wChild } from './xml';
import { openPackage } from './zip';

export const BODY_FONT_NAME = DECREE30_LAYOUT.font.name;
export const BODY_HALF_POINTS = ptToHalfPoints(DECREE30_LAYOUT.font.sizePt);
const BODY_MIN_PT = DECREE30_LAYOUT.font.minPt;
const BODY_MAX_PT = DECREE30_LAYOUT.font.maxPt;

/** The Decree 30 page of the templates (src/core/template/layout.ts) in twips, as the writer lays it out. */
export const DECREE_PAGE = {
  w: PAGE.widthTwips,
  h: PAGE.heightTwips,
  top: PAGE.margins.topTwips,
  bottom: PAGE.margins.bottomTwips,
  left: PAGE.margins.leftTwips,
  right: PAGE.margins.rightTwips,
  header: PAGE.margins.headerTwips,
  footer: PAGE.margins.footerTwips,
  gutter: 0,
};

const DEFAULT_MAX_DEPTH = resolveLimits({}).maxDepth;

// ------------------------------------------------------------------ shared helpers

/** Children of w:rPr in schema order (CT_RPr); new children are inserted at their place. */
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss',
  'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs',
  'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout',
  'specVanish', 'oMath', 'rPrChange',
];
const RPR_RANK = new Map(RPR_ORDER.map((name, i) => [name, i]));

/** What to do with an rPr child: a string replaces (or adds) it, null removes it, absent keeps it. */
type RPrChanges = Partial<Record<'rFonts' | 'sz' | 'szCs', string | null>>;

/**
 * The text of an rPr with `changes` applied, children kept in schema order; '' when nothing is left
 * (an empty rPr is harmless but pointless). `rPr` undefined = the run has none yet.
 */
function rewriteRPr(source: string, rPr: XmlElement | undefined, changes: RPrChanges, q: (l: string) => string): string {
  const pieces: Array<{ rank: number; text: string }> = [];
  const kept = new Set<string>();
  if (rPr && !rPr.selfClosing) {
    let pos = rPr.innerStart;
    for (const c of rPr.children) {
      if (typeof c === 'string') continue;
      const lead = source.slice(pos, c.start).trim();
      pos = c.end;
      const name = c.uri === NS.w ? c.local : '';
      if (lead) pieces.push({ rank: pieces.length ? pieces[pieces.length - 1].rank : -1, text: lead });
      if (name in changes) continue;
      kept.add(name);
      pieces.push({ rank: RPR_RANK.get(name) ?? (pieces.length ? pieces[pieces.length - 1].rank : -1), text: source.slice(c.start, c.end) });
    }
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value) pieces.push({ rank: (RPR_RANK.get(name) ?? 0) - 0.5, text: value });
  }
  // Stable sort by rank: unknown elements stay after their predecessor.
  const ordered = pieces.map((p, i) => ({ ...p, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const inner = ordered.map((p) => p.text).join('');
  if (!inner) return '';
  const open = rPr ? source.slice(rPr.start, rPr.selfClosing ? rPr.end : rPr.innerStart).replace(/\s*\/>$/, '>') : `<${q('rPr')}>`;
  return `${open}${inner}</${q('rPr')}>`;
}

function rFontsXml(name: string, q: (l: string) => string): string {
  const v = escapeText(name).replace(/"/g, '&quot;');
  return `<${q('rFonts')} ${q('ascii')}="${v}" ${q('hAnsi')}="${v}" ${q('cs')}="${v}" ${q('eastAsia')}="${v}"/>`;
}

function szXml(local: 'sz' | 'szCs', halfPoints: number, q: (l: string) => string): string {
  return `<${q(local)} ${q('val')}="${halfPoints}"/>`;
}

/** Splice giving run `r` the rPr text `next` ('' removes the rPr). */
function runRPrSplice(r: XmlElement, rPr: XmlElement | undefined, next: string): Splice {
  if (rPr) return { start: rPr.start, end: rPr.end, text: next };
  return { start: r.innerStart, end: r.innerStart, text: next };
}

interface RunVisit {
  run: XmlElement;
  paragraph: XmlElement | null;
  pStyle: string | undefined;
}

/** Every w:r (not inside w:rPr/w:pPr), with its paragraph and paragraph style, in document order. */
function visitRuns(root: XmlElement, visit: (v: RunVisit) => void): void {
  const walk = (el: XmlElement, paragraph: XmlElement | null, pStyle: string | undefined): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.uri === NS.w) {
        if (c.local === 'rPr' || c.local === 'pPr' || c.local === 'sdtPr' || c.local === 'sectPr') continue;
        if (c.local === 'p') {
          const styleEl = wChild(wChild(c, 'pPr'), 'pStyle');
          walk(c, c, styleEl ? wAttr(styleEl, 'val') : undefined);
          continue;
        }
        if (c.local === 'r') {
          visit({ run: c, paragraph, pStyle });
          // Text boxes inside drawings hold their own paragraphs.
          walk(c, paragraph, pStyle);
          continue;
        }
      }
      walk(c, paragraph, pStyle);
    }
  };
  walk(root, null, undefined);
}

function textElements(run: XmlElement): XmlElement[] {
  return elements(run).filter((c) => isW(c, 't'));
}

function rStyleOf(rPr: XmlElement | undefined): string | undefined {
  const el = wChild(rPr, 'rStyle');
  return el ? wAttr(el, 'val') : undefined;
}

function textSplice(t: XmlElement, text: string, q: (l: string) => string): Splice {
  const escaped = escapeText(text);
  if (t.selfClosing) return { start: t.start, end: t.end, text: `<${q('t')} xml:space="preserve">${escaped}</${q('t')}>` };
  return { start: t.innerStart, end: t.innerEnd, text: escaped };
}

function parseDoc(xml: string, part: string, maxDepth: number): XmlElement {
  return parseXml(xml, part, maxDepth);
}

// ------------------------------------------------------------------ NFC

const LEADING_MARKS = /^\p{M}+/u;

/** Every w:t of the document in NFC. Combining marks that start a w:t join the previous w:t of the same paragraph. */
export function normalizeNfcXml(xml: string, maxDepth = DEFAULT_MAX_DEPTH): string {
  const root = parseDoc(xml, 'word/document.xml', maxDepth);
  const texts = new Map<XmlElement, string>();
  const order: Array<{ t: XmlElement; paragraph: XmlElement | null }> = [];
  visitRuns(root, ({ run, paragraph }) => {
    for (const t of textElements(run)) {
      texts.set(t, ownText(t));
      order.push({ t, paragraph });
    }
  });
  for (let i = 1; i < order.length; i++) {
    const { t, paragraph } = order[i];
    const prev = order[i - 1];
    if (paragraph === null || prev.paragraph !== paragraph) continue;
    const text = texts.get(t) as string;
    const marks = LEADING_MARKS.exec(text)?.[0];
    if (!marks) continue;
    texts.set(prev.t, (texts.get(prev.t) as string) + marks);
    texts.set(t, text.slice(marks.length));
  }
  const splices: Splice[] = [];
  for (const { t } of order) {
    const original = ownText(t);
    const next = (texts.get(t) as string).normalize('NFC');
    if (next !== original) splices.push(textSplice(t, next, qualifier(t.prefix)));
  }
  return splices.length ? applySplices(xml, splices) : xml;
}

// ------------------------------------------------------------------ bidirectional controls

/** Every w:t of the document without bidirectional control characters (rule text.bidiControl). */
export function removeBidiXml(xml: string, maxDepth = DEFAULT_MAX_DEPTH): string {
  if (!hasBidiControls(xml)) return xml;
  const root = parseDoc(xml, 'word/document.xml', maxDepth);
  const splices: Splice[] = [];
  visitRuns(root, ({ run }) => {
    for (const t of textElements(run)) {
      const text = ownText(t);
      if (hasBidiControls(text)) splices.push(textSplice(t, removeBidiControls(text), qualifier(t.prefix)));
    }
  });
  return splices.length ? applySplices(xml, splices) : xml;
}

// ------------------------------------------------------------------ legacy encodings

export interface LegacyFix {
  encoding: LegacyEncoding;
  /** The font the finding names; absent: every run whose paragraph text is detected as legacy. */
  font?: string;
}

function sameFont(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Converts TCVN3 / VNI text to Unicode: every run whose resolved font is a font of that encoding (capitals for the
 * TCVN3 "…H" fonts), and, for text written in an ordinary font, every run of a paragraph whose text is detected as
 * that encoding (only runs in `fix.font` when given). Converted runs get Times New Roman at run level.
 */
export function convertLegacyXml(xml: string, styles: StyleSheet | null, fix: LegacyFix, maxDepth = DEFAULT_MAX_DEPTH): string {
  const root = parseDoc(xml, 'word/document.xml', maxDepth);
  const sheet = styles ?? new StyleSheet(undefined, undefined);
  const byPattern = fix.font === undefined || legacyEncodingOfFont(fix.font) === null;
  const paragraphDetected = new Map<XmlElement | null, boolean>();
  const paragraphText = (p: XmlElement | null): boolean => {
    if (paragraphDetected.has(p)) return paragraphDetected.get(p) as boolean;
    let text = '';
    if (p) visitRuns(p, ({ run }) => (text += textElements(run).map(ownText).join('')));
    const found = p ? detectLegacy(text)?.encoding === fix.encoding : false;
    paragraphDetected.set(p, found);
    return found;
  };
  const splices: Splice[] = [];
  visitRuns(root, ({ run, paragraph, pStyle }) => {
    const ts = textElements(run);
    if (ts.length === 0) return;
    const rPr = wChild(run, 'rPr');
    const font = sheet.resolve(pStyle, rStyleOf(rPr), rPr).name;
    const fontEncoding = legacyEncodingOfFont(font);
    let convert: ((s: string) => string) | null = null;
    if (fontEncoding !== null) {
      if (fontEncoding === fix.encoding) {
        const capitalsOnly = isCapitalsOnlyLegacyFont(font);
        convert = (s) => fromLegacy(s, fix.encoding, { capitalsOnly });
      }
    } else if (byPattern && (fix.font === undefined || sameFont(fix.font, font)) && paragraphText(paragraph)) {
      convert = (s) => fromLegacy(s, fix.encoding);
    }
    if (!convert) return;
    const q = qualifier(run.prefix);
    for (const t of ts) {
      const before = ownText(t);
      const after = convert(before);
      if (after !== before) splices.push(textSplice(t, after, q));
    }
    splices.push(runRPrSplice(run, rPr, rewriteRPr(xml, rPr, { rFonts: rFontsXml(BODY_FONT_NAME, q) }, q)));
  });
  return splices.length ? applySplices(xml, splices) : xml;
}

// ------------------------------------------------------------------ page setup

const SECTPR_BEFORE_PGSZ = new Set(['headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type']);

/** Every section (body-level and paragraph-level) A4 portrait with the decree's margins; header/footer distances kept. */
export function pageSetupXml(xml: string, maxDepth = DEFAULT_MAX_DEPTH): string {
  const root = parseDoc(xml, 'word/document.xml', maxDepth);
  const body = wChild(root, 'body');
  if (!body) throw new AppError('docx.badXml', { part: 'word/document.xml', detail: 'no w:body' });
  const sections: XmlElement[] = [];
  const stack: XmlElement[] = [body];
  while (stack.length) {
    const cur = stack.pop() as XmlElement;
    for (const c of elements(cur)) {
      if (isW(c, 'sectPr')) sections.push(c);
      else stack.push(c);
    }
  }
  const splices: Splice[] = [];
  if (!wChild(body, 'sectPr')) {
    const q = qualifier(body.prefix);
    const text = `<${q('sectPr')}>${pgSzXml(q)}${pgMarXml(undefined, q)}</${q('sectPr')}>`;
    splices.push(body.selfClosing ? { start: body.start, end: body.end, text: `<${q('body')}>${text}</${q('body')}>` } : { start: body.innerEnd, end: body.innerEnd, text });
  }
  for (const sectPr of sections) {
    const q = qualifier(sectPr.prefix);
    const pgSz = wChild(sectPr, 'pgSz');
    const pgMar = wChild(sectPr, 'pgMar');
    const newSz = pgSzXml(q);
    const newMar = pgMarXml(pgMar, q);
    if (sectPr.selfClosing) {
      splices.push({ start: sectPr.start, end: sectPr.end, text: xml.slice(sectPr.start, sectPr.end).replace(/\s*\/>$/, '>') + newSz + newMar + `</${q('sectPr')}>` });
      continue;
    }
    if (pgSz) splices.push({ start: pgSz.start, end: pgSz.end, text: newSz + (pgMar ? '' : newMar) });
    if (pgMar) splices.push({ start: pgMar.start, end: pgMar.end, text: pgSz ? newMar : '' });
    if (!pgSz) {
      let at = sectPr.innerStart;
      for (const c of elements(sectPr)) if (c.uri === NS.w && SECTPR_BEFORE_PGSZ.has(c.local)) at = c.end;
      // pgMar (if any) is removed above and written again right after pgSz.
      splices.push({ start: at, end: at, text: newSz + newMar });
    }
  }
  return applySplices(xml, splices);
}

function pgSzXml(q: (l: string) => string): string {
  return `<${q('pgSz')} ${q('w')}="${DECREE_PAGE.w}" ${q('h')}="${DECREE_PAGE.h}"/>`;
}

function pgMarXml(old: XmlElement | undefined, q: (l: string) => string): string {
  const keep = (name: 'header' | 'footer' | 'gutter'): string => {
    const v = old ? wAttr(old, name) : undefined;
    return v !== undefined && /^-?\d+$/.test(v) ? v : String(DECREE_PAGE[name]);
  };
  const d = DECREE_PAGE;
  return (
    `<${q('pgMar')} ${q('top')}="${d.top}" ${q('right')}="${d.right}" ${q('bottom')}="${d.bottom}" ${q('left')}="${d.left}" ` +
    `${q('header')}="${keep('header')}" ${q('footer')}="${keep('footer')}" ${q('gutter')}="${keep('gutter')}"/>`
  );
}

// ------------------------------------------------------------------ body font

/** Children of w:style in schema order after which rPr comes (rPr precedes tblPr, trPr, tcPr, tblStylePr). */
const STYLE_AFTER_RPR = new Set(['tblPr', 'trPr', 'tcPr', 'tblStylePr']);

function isHeadingStyle(id: string | undefined, names: Map<string, string>): boolean {
  if (!id) return false;
  if (/^(Title|Subtitle|Heading\d)$/i.test(id)) return true;
  const name = names.get(id)?.toLowerCase() ?? '';
  return /^(title|subtitle|heading \d)$/.test(name);
}

function bodyRPrChanges(q: (l: string) => string): RPrChanges {
  return { rFonts: rFontsXml(BODY_FONT_NAME, q), sz: szXml('sz', BODY_HALF_POINTS, q), szCs: szXml('szCs', BODY_HALF_POINTS, q) };
}

/** styles.xml with docDefaults and the default paragraph style (Normal) in Times New Roman 14 pt. */
export function bodyFontStylesXml(stylesXml: string, maxDepth = DEFAULT_MAX_DEPTH): string {
  const root = parseXml(stylesXml, 'word/styles.xml', maxDepth);
  const q = qualifier(root.prefix);
  const splices: Splice[] = [];
  const docDefaults = wChild(root, 'docDefaults');
  const defaultRPr = `<${q('rPrDefault')}>${rewriteRPr(stylesXml, undefined, bodyRPrChanges(q), q)}</${q('rPrDefault')}>`;
  if (!docDefaults) {
    const text = `<${q('docDefaults')}>${defaultRPr}</${q('docDefaults')}>`;
    splices.push(root.selfClosing ? { start: root.start, end: root.end, text: stylesXml.slice(root.start, root.end).replace(/\s*\/>$/, '>') + text + `</${root.prefix ? root.prefix + ':' : ''}styles>` } : { start: root.innerStart, end: root.innerStart, text });
  } else {
    const rPrDefault = wChild(docDefaults, 'rPrDefault');
    const rPr = wChild(rPrDefault, 'rPr');
    if (rPrDefault && rPr) splices.push({ start: rPr.start, end: rPr.end, text: rewriteRPr(stylesXml, rPr, bodyRPrChanges(q), q) });
    else if (rPrDefault) splices.push({ start: rPrDefault.start, end: rPrDefault.end, text: defaultRPr });
    else if (docDefaults.selfClosing) splices.push({ start: docDefaults.start, end: docDefaults.end, text: `<${q('docDefaults')}>${defaultRPr}</${q('docDefaults')}>` });
    else splices.push({ start: docDefaults.innerStart, end: docDefaults.innerStart, text: defaultRPr });
  }
  const styles = elements(root).filter((e) => isW(e, 'style'));
  const isDefault = (e: XmlElement): boolean => wAttr(e, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(e, 'default') ?? '');
  const normal = styles.find(isDefault) ?? styles.find((e) => wAttr(e, 'styleId') === 'Normal');
  if (normal) {
    const rPr = wChild(normal, 'rPr');
    if (rPr) splices.push({ start: rPr.start, end: rPr.end, text: rewriteRPr(stylesXml, rPr, bodyRPrChanges(q), q) });
    else {
      const text = rewriteRPr(stylesXml, undefined, bodyRPrChanges(q), q);
      if (normal.selfClosing) {
        splices.push({ start: normal.start, end: normal.end, text: stylesXml.slice(normal.start, normal.end).replace(/\s*\/>$/, '>') + text + `</${q('style')}>` });
      } else {
        const before = elements(normal).find((c) => c.uri === NS.w && STYLE_AFTER_RPR.has(c.local));
        const at = before ? before.start : normal.innerEnd;
        splices.push({ start: at, end: at, text });
      }
    }
  }
  return applySplices(stylesXml, splices);
}

/**
 * document.xml for a body font change: in body paragraphs (not title, subtitle or headings), runs whose font or size
 * (resolved with the new styles) is not Times New Roman 13–14 pt lose their rFonts/sz overrides, and get explicit
 * ones only if the style still resolves wrongly. Runs in a legacy font (TCVN3/VNI) keep it, pinned at run level if
 * it came from a style, since their text needs converting first (encoding.legacy's fix).
 */
export function bodyFontDocumentXml(
  xml: string,
  oldStyles: StyleSheet,
  newStyles: StyleSheet,
  styleNames: Map<string, string>,
  maxDepth = DEFAULT_MAX_DEPTH,
): string {
  const root = parseDoc(xml, 'word/document.xml', maxDepth);
  const splices: Splice[] = [];
  visitRuns(root, ({ run, pStyle }) => {
    const rPr = wChild(run, 'rPr');
    const rStyle = rStyleOf(rPr);
    const q = qualifier(run.prefix);
    const old = oldStyles.resolve(pStyle, rStyle, rPr);
    if (legacyEncodingOfFont(old.name)) {
      if (!sameFont(newStyles.resolve(pStyle, rStyle, rPr).name, old.name)) {
        splices.push(runRPrSplice(run, rPr, rewriteRPr(xml, rPr, { rFonts: rFontsXml(old.name, q) }, q)));
      }
      return;
    }
    if (isHeadingStyle(pStyle, styleNames)) return;
    const now = newStyles.resolve(pStyle, rStyle, rPr);
    if (fontOk(now.name, now.sizePt)) return;
    const stripped: XmlElement | undefined = rPr
      ? { ...rPr, children: rPr.children.filter((c) => typeof c === 'string' || !(isW(c, 'rFonts') || isW(c, 'sz') || isW(c, 'szCs'))) }
      : undefined;
    const plain = newStyles.resolve(pStyle, rStyle, stripped);
    const changes: RPrChanges = {};
    if (!sameFont(now.name, BODY_FONT_NAME)) changes.rFonts = sameFont(plain.name, BODY_FONT_NAME) ? null : rFontsXml(BODY_FONT_NAME, q);
    if (!sizeInRange(now.sizePt)) {
      const sizeOk = sizeInRange(plain.sizePt);
      changes.sz = sizeOk ? null : szXml('sz', BODY_HALF_POINTS, q);
      changes.szCs = sizeOk ? null : szXml('szCs', BODY_HALF_POINTS, q);
    }
    if (Object.keys(changes).length === 0) return;
    splices.push(runRPrSplice(run, rPr, rewriteRPr(xml, rPr, changes, q)));
  });
  return splices.length ? applySplices(xml, splices) : xml;
}

function sizeInRange(sizePt: number | null): boolean {
  return sizePt === null || (sizePt >= BODY_MIN_PT - 0.01 && sizePt <= BODY_MAX_PT + 0.01);
}

function fontOk(name: string, sizePt: number | null): boolean {
  return sameFont(name, BODY_FONT_NAME) && sizeInRange(sizePt);
}

function styleNamesOf(root: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!root) return out;
  for (const s of elements(root)) {
    if (!isW(s, 'style')) continue;
    const id = wAttr(s, 'styleId');
    const name = wChild(s, 'name');
    if (id && name) out.set(id, wAttr(name, 'val') ?? '');
  }
  return out;
}

// ------------------------------------------------------------------ package level

export type DocumentWideFix = Extract<
  FixDescriptor,
  { kind: 'convertLegacy' | 'normalizeNfc' | 'applyPageSetup' | 'applyBodyFont' | 'removeBidiControls' }
>;

/** Applies a document-wide fix to a .docx; the same bytes back when nothing changes. */
export async function fixDocx(bytes: Uint8Array, fix: DocumentWideFix, options: DocxLimitOptions = {}): Promise<Uint8Array> {
  const limits = resolveLimits(options);
  const pkg = await openPackage(bytes, limits);
  const mainPart = await findMainPart(pkg, limits.maxDepth);
  const doc = await pkg.readText(mainPart);
  if (doc === null) throw new AppError('docx.noDocument');
  const rels = await readRelationships(pkg, mainPart, limits.maxDepth);
  const stylesPart = rels.find((r) => r.type === REL.styles && !r.external)?.target ?? null;
  const themePart = rels.find((r) => r.type === REL.theme && !r.external)?.target ?? null;
  const stylesName = stylesPart ? pkg.find(stylesPart) : null;
  const stylesText = stylesName ? await pkg.readText(stylesName) : null;
  const themeName = themePart ? pkg.find(themePart) : null;
  const themeText = themeName ? await pkg.readText(themeName) : null;
  const themeRoot = themeText ? parseXml(themeText, themeName as string, limits.maxDepth) : undefined;
  const sheetOf = (text: string | null): StyleSheet =>
    new StyleSheet(text ? parseXml(text, stylesName ?? 'word/styles.xml', limits.maxDepth) : undefined, themeRoot);

  let nextDoc = doc;
  let nextStyles = stylesText;
  switch (fix.kind) {
    case 'normalizeNfc':
      nextDoc = normalizeNfcXml(doc, limits.maxDepth);
      break;
    case 'removeBidiControls':
      nextDoc = removeBidiXml(doc, limits.maxDepth);
      break;
    case 'convertLegacy':
      nextDoc = convertLegacyXml(doc, sheetOf(stylesText), { encoding: fix.encoding, font: fix.font }, limits.maxDepth);
      break;
    case 'applyPageSetup':
      nextDoc = pageSetupXml(doc, limits.maxDepth);
      break;
    case 'applyBodyFont': {
      if (stylesText !== null) nextStyles = bodyFontStylesXml(stylesText, limits.maxDepth);
      const names = styleNamesOf(stylesText ? parseXml(stylesText, stylesName as string, limits.maxDepth) : undefined);
      const newSheet = nextStyles !== null ? sheetOf(nextStyles) : new StyleSheet(undefined, themeRoot);
      nextDoc = bodyFontDocumentXml(doc, sheetOf(stylesText), newSheet, names, limits.maxDepth);
      break;
    }
  }
  if (nextDoc === doc && nextStyles === stylesText) return bytes.slice();
  if (nextDoc !== doc) pkg.zip.file(mainPart, nextDoc);
  if (nextStyles !== stylesText && stylesName && nextStyles !== null) pkg.zip.file(stylesName, nextStyles);
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ------------------------------------------------------------------ restoring a deleted field

/** The bytes of the picture in the photo control (bctt.anh), or null when there is none or it cannot be read. */
export async function photoBytesOf(bytes: Uint8Array, options: DocxLimitOptions = {}): Promise<Uint8Array | null> {
  const limits = resolveLimits(options);
  const pkg = await openPackage(bytes, limits);
  const mainPart = await findMainPart(pkg, limits.maxDepth);
  const doc = await pkg.readText(mainPart);
  if (doc === null) return null;
  const body = wChild(parseXml(doc, mainPart, limits.maxDepth), 'body');
  const control = body ? findControls(body).get(FIELD.photo) : undefined;
  if (!control?.content || control.showingPlcHdr) return null;
  const blip = findFirst(control.content, (e) => isEl(e, NS.a, 'blip'));
  const relId = blip ? attr(blip, NS.r, 'embed') : undefined;
  if (!relId) return null;
  const rel = (await readRelationships(pkg, mainPart, limits.maxDepth)).find((r) => r.id === relId);
  if (!rel || rel.external) return null;
  return pkg.readBytes(rel.target);
}

/**
 * The report rebuilt from the template with the current data: text fields, summary paragraphs, table rows, photo
 * and send history. Formatting outside our content controls (and any text the user added outside them) is lost,
 * which is why this way of restoring a deleted field is file mode's only; Word inserts the missing control in place.
 * A photo that is not JPEG/PNG (which only Word itself could have put there) is left out.
 */
export async function restoredTemplate(bytes: Uint8Array, snapshot: DocumentSnapshot, kind: TemplateKind, options: WriteOptions = {}): Promise<Uint8Array> {
  const spec = TEMPLATES[kind];
  const data: ReportData = { kind, sendHistory: snapshot.sendHistory, ...(snapshot.period ? { period: snapshot.period } : {}) };
  const fields: Record<string, string> = {};
  for (const f of spec.fields) {
    const found = snapshot.fields[f.id];
    if (!found || found.showingPlaceholder) continue;
    if (f.kind === 'text' || f.kind === 'year') fields[f.id] = found.text;
    if (f.kind === 'richText') data.summary = found.paragraphs ?? found.text.split('\n');
  }
  data.fields = fields;
  if (snapshot.table) {
    data.models = tableRowsOf(snapshot.table);
  }
  if (kind === 'individual' && snapshot.fields[FIELD.photo]?.picture) {
    const photo = await photoBytesOf(bytes);
    if (photo && detectImage(photo)) data.photo = { bytes: photo };
  }
  return writeTemplateDocx(kind, data, options);
}

// ------------------------------------------------------------------ stale layout statistics

/**
 * The package without <Pages>/<Words> in docProps/app.xml: Word wrote them when it last saved, and after an edit
 * here they would be stale, so the rules estimate the page count instead. Same bytes when absent.
 */
export async function withoutLayoutStats(bytes: Uint8Array, options: DocxLimitOptions = {}): Promise<Uint8Array> {
  const limits = resolveLimits(options);
  const pkg = await openPackage(bytes, limits);
  const rootRels = await readRelationships(pkg, '', limits.maxDepth);
  const appPart = rootRels.find((r) => r.type === REL.extendedProperties && !r.external)?.target ?? 'docProps/app.xml';
  const name = pkg.find(appPart);
  const text = name ? await pkg.readText(name) : null;
  if (!name || text === null) return bytes;
  const root = parseXml(text, name, limits.maxDepth);
  const stale = elements(root).filter((e) => (e.uri === NS.ep || e.uri === '') && (e.local === 'Pages' || e.local === 'Words'));
  if (stale.length === 0) return bytes;
  pkg.zip.file(name, applySplices(text, stale.map((e) => ({ start: e.start, end: e.end, text: '' }))));
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
