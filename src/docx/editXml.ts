/**
 * Small XML builders for editing an existing document in place: like src/ooxml's runs, but written with
 * the prefix the document itself binds to the WordprocessingML namespace (Word always uses "w"; other
 * producers may not), and able to reuse the original formatting (pPr/rPr) as raw source text.
 * User text goes through src/ooxml's sanitizeText (forbidden characters removed, CR LF -> LF, NFC) and
 * escapeText/escapeAttr.
 */
import { escapeAttr, escapeText, sanitizeText } from '../ooxml/escape';
import type { XmlElement } from './xml';

/** A replacement of source[start, end) by text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order); throws on overlap, which would be a bug. */
export function applySplices(source: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) throw new Error('overlapping edits');
    out += source.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + source.slice(pos);
}

/** Qualified-name maker for a prefix ('' = default namespace). */
export function qualifier(prefix: string): (local: string) => string {
  return (local) => (prefix ? `${prefix}:${local}` : local);
}

/**
 * An element's source text with some child elements left out (e.g. `w:showingPlcHdr`, a
 * PlaceholderText `w:rStyle`); `extra` is appended before the end tag. Self-closing elements are
 * returned as written when there is nothing to add.
 */
export function withoutChildren(source: string, el: XmlElement, drop: (c: XmlElement) => boolean, extra = ''): string {
  if (el.selfClosing) {
    if (!extra) return source.slice(el.start, el.end);
    const open = source.slice(el.start, el.end).replace(/\s*\/>$/, '>');
    return `${open}${extra}</${el.prefix ? el.prefix + ':' : ''}${el.local}>`;
  }
  let out = source.slice(el.start, el.innerStart);
  let pos = el.innerStart;
  for (const c of el.children) {
    if (typeof c === 'string' || !drop(c)) continue;
    out += source.slice(pos, c.start);
    pos = c.end;
  }
  return out + source.slice(pos, el.innerEnd) + extra + source.slice(el.innerEnd, el.end);
}

/** Run content for text: `t` pieces separated by `tab` and `br` (for "\n"); '' for no text. */
export function textRunContent(text: string, q: (l: string) => string): string {
  const clean = sanitizeText(text);
  let out = '';
  for (const piece of clean.split(/([\t\n])/)) {
    if (piece === '\t') out += `<${q('tab')}/>`;
    else if (piece === '\n') out += `<${q('br')}/>`;
    else if (piece !== '') out += `<${q('t')} xml:space="preserve">${escapeText(piece)}</${q('t')}>`;
  }
  return out;
}

export function textRun(text: string, rPr: string, q: (l: string) => string): string {
  const content = textRunContent(text, q);
  return content ? `<${q('r')}>${rPr}${content}</${q('r')}>` : '';
}

export function placeholderRun(instruction: string, q: (l: string) => string): string {
  const rPr = `<${q('rPr')}><${q('rStyle')} ${q('val')}="PlaceholderText"/></${q('rPr')}>`;
  return `<${q('r')}>${rPr}${textRunContent(instruction, q) || `<${q('t')}/>`}</${q('r')}>`;
}

export function paragraph(runs: string, pPr: string, q: (l: string) => string): string {
  return `<${q('p')}>${pPr}${runs}</${q('p')}>`;
}

export function attrText(value: string): string {
  return escapeAttr(sanitizeText(value));
}
