/**
 * Safe XML parsing into a light element tree, with the character offsets of every element in the source
 * string (for splicing edits). Strict (saxes, namespace-aware); any DOCTYPE is refused before entities
 * could be defined, so billion-laughs and external entities never expand; nesting depth is bounded.
 *
 * Why a hand-written fast scanner (fastParseXml) next to saxes: `check` must be at least 200x faster than
 * LibreOffice converting one file per run (the target bench/cli.bench.ts measures), and saxes alone does not get there.
 * Measured on the benchmark's 200 generated reports (2 shared vCPUs, Node 20, zip entries inflated with pako;
 * the two variants run alternately; in process: median of 12 runs, each the median of 5 rounds of readDocx +
 * check + stats over the 200 files; whole CLI: median of 11 runs of `check <dir> --json`, Node start-up included):
 *   fast scanner, saxes for the rest   in process 2.2 ms/file   whole CLI on the 200 files 5.0 ms/file
 *   saxes only                         in process 5.1 ms/file   whole CLI on the 200 files 7.7 ms/file
 *   LibreOffice, one file per run      1,100-1,240 ms/file, so 200x means at most 5.5-6.2 ms/file
 * With saxes only, the whole command line is about 145-160x faster than LibreOffice (target missed) and in
 * process barely 215-245x; with the scanner, about 220-270x and 500-630x. The scanner decides nothing on its
 * own: it returns a tree only for input it has checked to be well-formed, or null to let saxes decide (every
 * error, DOCTYPE and limit message comes from saxes).
 * test/docx/xml.test.ts holds it to that: a differential test against saxes on generated documents and their
 * randomly damaged variants, plus hand-written edge cases. Remove it if saxes alone ever meets the target.
 *
 * Linear by construction: every step of both parsers does work bounded by the bytes it consumes
 * (duplicate attributes are found with a Set, never by comparing each attribute with all the earlier ones), and
 * both count the same caps (XmlCaps: attributes per element, namespace declarations, elements, runs, send
 * records, characters of text) and stop at the first one reached, so a hostile part costs at most the cap's
 * worth of work and memory. test/docx/xmlCaps.test.ts counts the scanner's work to show it stays linear.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError, isAppError } from '../core/errors';
import type { MessageKey } from '../core/i18n/keys';
import { NS as OOXML_NS } from '../ooxml/namespaces';
import { DEFAULT_XML_CAPS, type XmlCaps } from './limits';
import { mayBeStrict, toTransitional } from './strict';

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
} as const;

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Parses `text` (the content of zip part `part`) into its root element.
 * Throws AppError docx.doctype (any DOCTYPE), docx.tooDeep (beyond maxDepth), docx.badXml (anything else).
 *
 * A fast scanner handles the XML that Word and our writer produce (elements, attributes, namespaces, the
 * predefined and numeric character references, an XML declaration). It only ever returns a tree for input it
 * has checked to be well-formed, and then the same tree saxes would build; anything else (DOCTYPE, comments,
 * CDATA, processing instructions, unusual names, any error, the depth limit) is left to saxes, which decides.
 */
export function parseXml(text: string, part: string, limits: number | Partial<XmlCaps>): XmlElement {
  const caps = capsOf(limits);
  const root = fastParseXml(text, caps, part) ?? parseXmlStrict(text, part, caps);
  // "Strict Open XML" documents are read with the transitional names (strict.ts).
  return mayBeStrict(text) ? toTransitional(root) : root;
}

/** A depth alone (older callers) or partial caps: every other cap at its default. */
export function capsOf(limits: number | Partial<XmlCaps>): XmlCaps {
  if (typeof limits === 'number') return { ...DEFAULT_XML_CAPS, maxDepth: limits };
  const out: XmlCaps = { ...DEFAULT_XML_CAPS };
  for (const key of Object.keys(out) as (keyof XmlCaps)[]) {
    const value = limits[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out;
}

/** Elements counted by their own cap (runs of text, send records), by "uri}local". */
const COUNTED: Record<string, { cap: 'maxRuns' | 'maxSendRecords'; key: MessageKey }> = {
  [NS.w + '}r']: { cap: 'maxRuns', key: 'docx.tooManyRuns' },
  [OOXML_NS.report + '}send']: { cap: 'maxSendRecords', key: 'docx.tooManySendRecords' },
};

/**
 * Counts what a part holds against the caps, the same way for both parsers; throws the cap's AppError, naming
 * the part and the limit, as soon as one is passed.
 */
class CapCounter {
  elements = 0;
  text = 0;
  namespaces = 0;
  /** Counts per COUNTED key. */
  private readonly counted = new Map<string, number>();
  constructor(
    readonly caps: XmlCaps,
    readonly part: string,
  ) {}
  fail(key: MessageKey, limit: number): never {
    throw new AppError(key, { part: this.part, limit });
  }
  attributes(n: number): void {
    if (n > this.caps.maxAttributes) this.fail('docx.tooManyAttributes', this.caps.maxAttributes);
  }
  namespace(): void {
    if (++this.namespaces > this.caps.maxNamespaces) this.fail('docx.tooManyNamespaces', this.caps.maxNamespaces);
  }
  element(uri: string, local: string): void {
    if (++this.elements > this.caps.maxElements) this.fail('docx.tooManyElements', this.caps.maxElements);
    if (local !== 'r' && local !== 'send') return; // the only counted names (COUNTED): no key to build otherwise
    const counted = COUNTED[uri + '}' + local];
    if (counted) {
      const n = (this.counted.get(counted.key) ?? 0) + 1;
      this.counted.set(counted.key, n);
      if (n > this.caps[counted.cap]) this.fail(counted.key, this.caps[counted.cap]);
    }
  }
  chars(n: number): void {
    this.text += n;
    if (this.text > this.caps.maxTextChars) this.fail('docx.tooMuchText', this.caps.maxTextChars);
  }
}

/** The reference parser (saxes): every input the fast path does not vouch for comes here (exported for comparison). */
export function parseXmlStrict(text: string, part: string, limits: number | Partial<XmlCaps>): XmlElement {
  const caps = capsOf(limits);
  const maxDepth = caps.maxDepth;
  const counter = new CapCounter(caps, part);
  let tagAttributes = 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let tagStart = 0;

  parser.on('doctype', () => {
    throw new AppError('docx.doctype', { part });
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
    tagAttributes = 0;
  });
  // Counted as they come, so a hostile element is refused at its cap, not after all its attributes.
  parser.on('attribute', (a) => {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) counter.namespace();
    counter.attributes(++tagAttributes);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) throw new AppError('docx.tooDeep', { part, limit: maxDepth });
    counter.element(tag.uri, tag.local);
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
    counter.chars(t.length);
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

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Characters XML 1.0 forbids anywhere (lone surrogates included). */
const INVALID_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** A conservative XML name: ASCII, at most one colon (anything else goes to saxes). */
const NAME = /[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?/y;
const XML_DECL = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
const ATTR_WS = /\r\n|[\t\n\r]/g;
const ATTR_WS_ANY = /[\t\n\r]/;
const TEXT_CR = /\r\n?/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, xmlns: XMLNS_NS, '': '' });

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Decodes the predefined and numeric references of `raw`; null for anything else. */
function decodeEntities(raw: string): string | null {
  let out = '';
  let from = 0;
  let amp = raw.indexOf('&');
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) return null;
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78; /* x */
      const digits = name.slice(hex ? 2 : 1);
      if (digits === '' || !(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) return null;
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) return null;
      value = String.fromCodePoint(code);
    } else {
      value = PREDEFINED[name];
      if (value === undefined || !Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return null;
    }
    out += raw.slice(from, amp) + value;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return from === 0 ? raw : out + raw.slice(from);
}

function occurrences(text: string, needle: string, stopAfter: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n <= stopAfter; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Refuses at once, without building anything, a part that certainly passes a cap on elements, runs or send
 * records: when the part holds no comment, CDATA, DOCTYPE or processing instruction (so every '<' opens a tag),
 * its elements are its '<' minus its end tags, and when a prefix is declared once for a namespace, each
 * "<prefix:name " or "<prefix:name>" or "<prefix:name/>" is one such element. Counting is a few indexOf passes;
 * anything less certain is left to the parse, which counts exactly (and the outcome is the same cap).
 */
function prescan(text: string, caps: XmlCaps, counter: CapCounter): void {
  const body = text.startsWith('<?xml') ? text.slice(text.indexOf('?>') + 2) : text;
  if (body.includes('<!') || body.includes('<?')) return;
  for (const [uri, local, cap, key] of [
    [NS.w, 'r', caps.maxRuns, 'docx.tooManyRuns'],
    [OOXML_NS.report, 'send', caps.maxSendRecords, 'docx.tooManySendRecords'],
  ] as const) {
    const decl = /xmlns:([A-Za-z_][A-Za-z0-9_.-]*)=(["'])([^"']*)\2/g;
    let prefix: string | null = null;
    let declarations = 0;
    for (const m of body.matchAll(decl)) {
      if (m[3] !== uri) continue;
      declarations++;
      prefix = m[1];
    }
    // Any other binding of that prefix (or a default namespace) would make the literal count uncertain.
    if (declarations !== 1 || prefix === null || occurrences(body, `xmlns:${prefix}=`, 2) !== 1) continue;
    const open = `<${prefix}:${local}`;
    const count = occurrences(body, open + ' ', cap) + occurrences(body, open + '>', cap) + occurrences(body, open + '/', cap);
    if (count > cap) counter.fail(key, cap);
  }
  // After the named caps: a part of runs reaches the run cap long before the element cap, as the parse would find.
  const tags = occurrences(body, '<', Infinity);
  const ends = occurrences(body, '</', Infinity);
  if (tags - ends > caps.maxElements) counter.fail('docx.tooManyElements', caps.maxElements);
}

/** Up to this many attributes, duplicates are found by a linear scan; beyond, with a Set (linear overall). */
const SMALL = 8;

function isNewName(attrs: readonly { name: string }[], name: string, seen: Set<string> | null): boolean {
  scanWork.steps++;
  if (seen) return !seen.has(name);
  scanWork.steps += attrs.length;
  for (const a of attrs) if (a.name === name) return false;
  return true;
}

interface Pending {
  el: XmlElement;
  qname: string;
  scope: Scope;
}

/**
 * Work done by the last fastParseXml call, for the linearity test: characters of input plus every attribute
 * visited and every comparison made to find duplicate attributes.
 */
export const scanWork = { steps: 0 };

/**
 * The fast path of parseXml: the tree, or null to let saxes decide. Throws only the caps' AppErrors
 * (docx.tooMany*, docx.tooMuchText), counted exactly as parseXmlStrict counts them.
 */
export function fastParseXml(text: string, limits: number | Partial<XmlCaps>, part = 'xml'): XmlElement | null {
  const caps = capsOf(limits);
  const maxDepth = caps.maxDepth;
  const counter = new CapCounter(caps, part);
  scanWork.steps = text.length;
  prescan(text, caps, counter);
  if (INVALID_CHAR.test(text) || text.includes(']]>')) return null;
  const len = text.length;
  let i = 0;
  if (text.startsWith('<?xml')) {
    XML_DECL.lastIndex = 0;
    if (!XML_DECL.test(text)) return null;
    i = XML_DECL.lastIndex;
  }
  const stack: Pending[] = [];
  let root: XmlElement | null = null;
  let rootClosed = false;
  let scope = ROOT_SCOPE;
  while (i < len) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? len : lt;
    if (stop > i) {
      // Character data.
      const parent = stack.length ? stack[stack.length - 1].el : null;
      if (!parent) {
        for (let k = i; k < stop; k++) if (!isSpace(text.charCodeAt(k))) return null;
      } else {
        let t = text.slice(i, stop);
        if (t.includes('\r')) t = t.replace(TEXT_CR, '\n');
        if (t.includes('&')) {
          const decoded = decodeEntities(t);
          if (decoded === null) return null;
          t = decoded;
        }
        if (t.length) {
          counter.chars(t.length);
          const children = parent.children;
          const last = children[children.length - 1];
          if (typeof last === 'string') children[children.length - 1] = last + t;
          else children.push(t);
        }
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      // End tag.
      const top = stack.pop();
      if (!top) return null;
      const nameEnd = lt + 2 + top.qname.length;
      if (!text.startsWith(top.qname, lt + 2)) return null;
      let k = nameEnd;
      while (k < len && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3e /* > */) return null;
      const el = top.el;
      el.innerEnd = lt;
      el.end = k + 1;
      scope = stack.length ? stack[stack.length - 1].scope : ROOT_SCOPE;
      if (!stack.length) rootClosed = true;
      i = k + 1;
      continue;
    }
    // Start tag (anything else: comments, CDATA, DOCTYPE, processing instructions go to saxes).
    if (rootClosed || stack.length >= maxDepth) return null;
    NAME.lastIndex = lt + 1;
    if (!NAME.test(text)) return null;
    let k = NAME.lastIndex;
    const qname = text.slice(lt + 1, k);
    const rawAttrs: { name: string; value: string }[] = [];
    /** Names seen on this tag, once there are more than a few (a linear scan is faster for the usual handful). */
    let seen: Set<string> | null = null;
    let selfClosing = false;
    let declares = false;
    for (;;) {
      const wsStart = k;
      while (k < len && isSpace(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (c === 0x3e /* > */) {
        k++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (text.charCodeAt(k + 1) !== 0x3e) return null;
        selfClosing = true;
        k += 2;
        break;
      }
      if (k === wsStart) return null; // attributes must be separated by white space
      NAME.lastIndex = k;
      if (!NAME.test(text)) return null;
      const name = text.slice(k, NAME.lastIndex);
      k = NAME.lastIndex;
      while (k < len && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3d /* = */) return null;
      k++;
      while (k < len && isSpace(text.charCodeAt(k))) k++;
      const q = text.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) return null;
      const close = text.indexOf(q === 0x22 ? '"' : "'", k + 1);
      if (close < 0) return null;
      let value = text.slice(k + 1, close);
      if (value.includes('<')) return null;
      if (ATTR_WS_ANY.test(value)) value = value.replace(ATTR_WS, ' ');
      if (value.includes('&')) {
        const decoded = decodeEntities(value);
        if (decoded === null) return null;
        value = decoded;
      }
      if (!isNewName(rawAttrs, name, seen)) return null;
      if (rawAttrs.length === SMALL) seen = new Set(rawAttrs.map((a) => a.name));
      seen?.add(name);
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        declares = true;
        counter.namespace();
      }
      rawAttrs.push({ name, value });
      counter.attributes(rawAttrs.length);
      scanWork.steps++;
      k = close + 1;
    }
    // Namespaces declared on this element apply to it and its attributes.
    let elScope = scope;
    if (declares) {
      elScope = Object.create(scope) as Scope;
      for (const a of rawAttrs) {
        // saxes trims namespace names (and refuses some): leave any such oddity to it.
        if ((a.name === 'xmlns' || a.name.startsWith('xmlns:')) && a.value !== a.value.trim()) return null;
        if (a.name === 'xmlns') {
          if (a.value === XML_NS || a.value === XMLNS_NS) return null;
          elScope[''] = a.value;
        } else if (a.name.startsWith('xmlns:')) {
          const prefix = a.name.slice(6);
          if (prefix === 'xml' || prefix === 'xmlns' || a.value === '' || a.value === XML_NS || a.value === XMLNS_NS) return null;
          elScope[prefix] = a.value;
        }
      }
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (prefix === 'xmlns') return null;
    const uri = elScope[prefix];
    if (uri === undefined || (prefix !== '' && prefix !== 'xml' && uri === '')) return null;
    const attrs: XmlAttr[] = [];
    /** Expanded names ("uri}local") of the prefixed attributes, once there are more than a few. */
    let expanded: Set<string> | null = null;
    for (const a of rawAttrs) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      scanWork.steps++;
      const ac = a.name.indexOf(':');
      if (ac < 0) {
        attrs.push({ uri: '', local: a.name, value: a.value });
        continue;
      }
      const ap = a.name.slice(0, ac);
      const auri = elScope[ap];
      if (auri === undefined || auri === '') return null;
      const alocal = a.name.slice(ac + 1);
      if (expanded === null && attrs.length >= SMALL) expanded = new Set(attrs.map((b) => b.uri + '}' + b.local));
      if (expanded) {
        const key = auri + '}' + alocal;
        if (expanded.has(key)) return null;
        expanded.add(key);
      } else {
        scanWork.steps += attrs.length;
        for (const b of attrs) if (b.uri === auri && b.local === alocal) return null;
      }
      attrs.push({ uri: auri, local: alocal, value: a.value });
    }
    counter.element(uri, local);
    const el: XmlElement = {
      uri,
      local,
      prefix,
      attrs,
      children: [],
      start: lt,
      innerStart: k,
      innerEnd: k,
      end: k,
      selfClosing,
    };
    const parent = stack.length ? stack[stack.length - 1].el : null;
    if (parent) parent.children.push(el);
    else if (root) return null;
    else root = el;
    if (selfClosing) {
      if (!stack.length) rootClosed = true;
    } else {
      stack.push({ el, qname, scope: elScope });
      scope = elScope;
    }
    i = k;
  }
  if (!root || stack.length || !rootClosed) return null;
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

/** Every descendant matching, in document order. */
export function findAll(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const cur = stack.pop() as XmlElement;
    if (cur !== el && pred(cur)) out.push(cur);
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i];
      if (typeof c === 'object') stack.push(c);
    }
  }
  return out;
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
