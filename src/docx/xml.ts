/**
 * Safe XML parsing into a light element tree, with the character offsets of every element in the source
 * string (for splicing edits). Strict (saxes, namespace-aware); any DOCTYPE is refused before entities
 * could be defined, so billion-laughs and external entities never expand; nesting depth is bounded.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError, isAppError } from '../core/errors';

export interface XmlAttr {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  prefix: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>' (equals `end` when self-closing). */
  innerStart: number;
  /** Offset of '<' of the end tag (equals `end` when self-closing). */
  innerEnd: number;
  /** Offset just after the end tag (or the self-closing tag). */
  end: number;
  selfClosing: boolean;
}

/** Text content (entities decoded, CDATA included) is a plain string. */
export type XmlNode = XmlElement | string;

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  bctt: 'urn:bao-cao-thanh-tich:report',
} as const;

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Parses `text` (the content of zip part `part`) into its root element.
 * Throws AppError docx.doctype (any DOCTYPE), docx.tooDeep (beyond maxDepth), docx.badXml (anything else).
 */
export function parseXml(text: string, part: string, maxDepth: number): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let tagStart = 0;

  parser.on('doctype', () => {
    throw new AppError('docx.doctype', { part });
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) throw new AppError('docx.tooDeep', { part, limit: maxDepth });
    const attrs: XmlAttr[] = [];
    for (const a of Object.values(tag.attributes)) {
      // Namespace declarations are not data.
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      attrs.push({ uri: a.uri, local: a.local, value: a.value });
    }
    const position = parser.position;
    const el: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attrs,
      children: [],
      start: tagStart,
      innerStart: position,
      innerEnd: position,
      end: position,
      selfClosing: tag.isSelfClosing,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (!el) return;
    el.end = parser.position;
    el.innerEnd = el.selfClosing ? el.end : text.lastIndexOf('<', parser.position - 1);
    if (el.selfClosing) el.innerStart = el.end;
  });
  const onText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (err: Error) => {
    throw new AppError('docx.badXml', { part, detail: err.message }, err);
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('docx.badXml', { part, detail: e instanceof Error ? e.message : String(e) }, e);
  }
  if (!root) throw new AppError('docx.badXml', { part, detail: 'no root element' });
  return root;
}

/** Not a type guard on purpose: a false result must not narrow an XmlElement to `never`. */
export function isEl(node: XmlNode | undefined, uri: string, local: string): boolean {
  return typeof node === 'object' && node !== null && node.uri === uri && node.local === local;
}

export function isW(node: XmlNode | undefined, local: string): boolean {
  return isEl(node, NS.w, local);
}

export function attr(el: XmlElement, uri: string, local: string): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** A `w:` attribute (Word sometimes omits the prefix on attributes: accept both). */
export function wAttr(el: XmlElement, local: string): string | undefined {
  return attr(el, NS.w, local) ?? attr(el, '', local);
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c === 'object');
}

export function child(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c === 'object' && isEl(c, uri, local)) return c;
  return undefined;
}

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return child(el, NS.w, local);
}

/** Depth-first search for the first descendant matching. */
export function findFirst(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement | undefined {
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const cur = stack.pop() as XmlElement;
    if (cur !== el && pred(cur)) return cur;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i];
      if (typeof c === 'object') stack.push(c);
    }
  }
  return undefined;
}

/** The concatenated text of an element's text nodes (not descending). */
export function ownText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}

/** True when a `w:` on/off property element is on (present with no val, or val true/1/on). */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === undefined || v === 'true' || v === '1' || v === 'on';
}
