/**
 * parseXml's fast scanner against the reference parser (saxes): for any input, the fast path either hands
 * over (null) or builds exactly the tree saxes builds, offsets included. Generated well-formed documents
 * (namespaces, attributes, entities, Vietnamese text, odd white space) must take the fast path; randomly
 * damaged variants must never get a tree saxes would not give.
 */
import fc from 'fast-check';
import { isAppError } from '../../src/core/errors';
import { NS, XML_NS, fastParseXml, parseXml, parseXmlStrict, type XmlElement } from '../../src/docx/xml';

const PART = 'word/document.xml';

/** The saxes verdict: a tree, or the AppError key it throws. */
function strict(text: string, maxDepth: number): XmlElement | { error: string } {
  try {
    return parseXmlStrict(text, PART, maxDepth);
  } catch (e) {
    if (isAppError(e)) return { error: e.messageKey };
    throw e;
  }
}

/** The fast path either hands over or agrees with saxes exactly; returns whether it took the input. */
function agrees(text: string, maxDepth: number): boolean {
  const fast = fastParseXml(text, maxDepth);
  if (fast === null) return false;
  expect(fast).toEqual(strict(text, maxDepth));
  return true;
}

// ---- Generated well-formed documents -------------------------------------------------------------------

/** Prefixes declared on every root, each bound to its own namespace. */
const ROOT_NS: Record<string, string> = { w: NS.w, r: NS.r, a: NS.a, mc: NS.mc, x1: 'urn:x?a=1&b=2' };
const PREFIXES = ['', ...Object.keys(ROOT_NS)];
const OTHER_URIS = [NS.wp, NS.pic, 'urn:bao-cao-thanh-tich:report', 'http://example.com/tệp', NS.w];

const textToken = fc.constantFrom(
  'Trường Tiểu học',
  'NGUYỄN THỊ MAI',
  'Tiếng Việt'.normalize('NFD'),
  'ạ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#x1EA1;',
  '&#7841;',
  '&#10;',
  '&#xD;',
  '&#x1F600;',
  '😀',
  '>',
  '"',
  "'",
  '1307/GDĐT',
  '=',
  '/',
);

interface Attr {
  prefix: string;
  local: string;
  value: string[];
}
interface Decl {
  prefix: string;
  uri: string;
}
interface Element {
  prefix: string;
  local: string;
  decls: Decl[];
  attrs: Attr[];
  children: (Element | string[])[];
  selfClose: boolean;
  sp: string;
  eqSp: string;
  endSp: string;
  quote: string;
}

const space = fc.constantFrom(' ', '\n', '\t', '\r\n', '  ');
const attrArb: fc.Arbitrary<Attr> = fc.record({
  prefix: fc.constantFrom('', '', 'w', 'r', 'xml', 'x1'),
  local: fc.constantFrom('val', 'id', 'lang', 'a-b', 'x.y', '_k', 'w', 'space', 'Val2'),
  value: fc.array(textToken, { maxLength: 6 }),
});
const declArb: fc.Arbitrary<Decl> = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  uri: fc.constantFrom(...OTHER_URIS, ...Object.values(ROOT_NS)),
});

const { element: elementArb } = fc.letrec<{ element: Element }>((tie) => ({
  element: fc.record({
    prefix: fc.constantFrom(...PREFIXES),
    local: fc.constantFrom('document', 'body', 'p', 'r', 't', 'sdt', 'a.b', 'x-y', '_z', 'T1'),
    decls: fc.uniqueArray(declArb, { selector: (d) => d.prefix, maxLength: 2 }),
    attrs: fc.uniqueArray(attrArb, { selector: (a) => a.local, maxLength: 4 }),
    children: fc.array(
      fc.oneof(
        { maxDepth: 5, depthIdentifier: 'tree' },
        fc.array(textToken, { minLength: 1, maxLength: 5 }),
        tie('element'),
      ),
      {
        maxLength: 4,
        depthIdentifier: 'tree',
      },
    ),
    selfClose: fc.boolean(),
    sp: space,
    eqSp: fc.constantFrom('', ' ', '\n'),
    endSp: fc.constantFrom('', '', ' ', '\n'),
    quote: fc.constantFrom('"', "'"),
  }),
}));

function attrValue(tokens: string[], quote: string): string {
  return tokens.map((t) => (t === quote ? (quote === '"' ? '&quot;' : '&apos;') : t)).join('');
}

function serialize(el: Element, root: boolean): string {
  const q = el.prefix ? `${el.prefix}:${el.local}` : el.local;
  let out = `<${q}`;
  const attr = (name: string, value: string) => `${el.sp}${name}${el.eqSp}=${el.eqSp}${el.quote}${value}${el.quote}`;
  const decls: Decl[] = root ? Object.entries(ROOT_NS).map(([prefix, uri]) => ({ prefix, uri })) : el.decls;
  if (root) for (const d of el.decls) if (d.prefix === '') decls.push(d);
  for (const d of decls) out += attr(d.prefix ? `xmlns:${d.prefix}` : 'xmlns', d.uri.replace(/&/g, '&amp;'));
  for (const a of el.attrs) out += attr(a.prefix ? `${a.prefix}:${a.local}` : a.local, attrValue(a.value, el.quote));
  out += el.endSp;
  if (el.selfClose && el.children.length === 0) return out + '/>';
  out += '>';
  for (const c of el.children) out += Array.isArray(c) ? c.join('') : serialize(c, false);
  return `${out}</${q}${el.endSp}>`;
}

function depth(el: Element): number {
  let max = 0;
  for (const c of el.children) if (!Array.isArray(c)) max = Math.max(max, depth(c));
  return max + 1;
}

const documentArb = fc.record({
  root: elementArb,
  declaration: fc.constantFrom(
    '',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
    "<?xml version='1.0'?>",
    '<?xml version="1.0" encoding="utf-8"?>\n',
  ),
  before: fc.constantFrom('', '\n', ' \r\n\t'),
  after: fc.constantFrom('', '\n', '\r\n  '),
});

function documentText(d: { root: Element; declaration: string; before: string; after: string }): string {
  return d.declaration + d.before + serialize(d.root, true) + d.after;
}

describe('fast XML scanner on generated well-formed documents', () => {
  it('takes every such document and builds exactly the tree saxes builds (offsets included)', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const text = documentText(d);
        expect(agrees(text, 256)).toBe(true);
        expect(parseXml(text, PART, 256)).toEqual(parseXmlStrict(text, PART, 256));
      }),
      { numRuns: 400 },
    );
  });

  it('hands over exactly when the nesting limit is reached, and agrees below it', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 1, max: 7 }), (d, maxDepth) => {
        const text = documentText(d);
        expect(agrees(text, maxDepth)).toBe(depth(d.root) <= maxDepth);
        if (depth(d.root) > maxDepth) expect(strict(text, maxDepth)).toEqual({ error: 'docx.tooDeep' });
      }),
      { numRuns: 200 },
    );
  });
});

// ---- Damaged variants --------------------------------------------------------------------------------

const NASTY = [
  '<',
  '>',
  '&',
  '&amp',
  '&#0;',
  '&#x0;',
  '&#xD800;',
  '&#x110000;',
  '&#xFFFE;',
  '&#;',
  '&#x;',
  '&#12a;',
  '&nbsp;',
  '&e;',
  '"',
  "'",
  '=',
  '/',
  ':',
  '::',
  ' ',
  '\r',
  '\t',
  '\u0000',
  '\u0001',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  ']]>',
  ']]',
  '<!-- c -->',
  '<!--',
  '<![CDATA[x<y&z]]>',
  '<?pi x?>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE r>',
  '<!DOCTYPE r [<!ENTITY e "x">]>',
  ' xmlns:w=""',
  ' xmlns:q="urn:q"',
  ' xmlns:xml="urn:no"',
  ' xmlns:xmlns="urn:no"',
  ' xmlns=" urn:padded "',
  ` xmlns:p="${XML_NS}"`,
  ' q:a="1"',
  ' w:val="1"',
  ' val="2"',
  '</w:p>',
  '<w:p>',
  '<q:x/>',
  '<a/>',
  'é',
  'tên',
  '1',
  '-',
  '.',
  'xmlns:',
];

type Mutation =
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; at: number; token: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...NASTY) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), token: fc.constantFrom(...NASTY) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
    case 'replace':
      return text.slice(0, at) + m.token + text.slice(at + 1);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
  }
}

describe('fast XML scanner on damaged documents', () => {
  it('never returns a tree that differs from saxes, and never one where saxes refuses', () => {
    let taken = 0;
    let handedOver = 0;
    fc.assert(
      fc.property(
        documentArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(3, 256),
        (d, mutations, maxDepth) => {
          const text = mutations.reduce(mutate, documentText(d));
          if (agrees(text, maxDepth)) taken++;
          else handedOver++;
        },
      ),
      { numRuns: 1500 },
    );
    // Both outcomes occur, so both halves of the property were exercised.
    expect(taken).toBeGreaterThan(50);
    expect(handedOver).toBeGreaterThan(50);
  });
});

// ---- Hand-written edge cases ---------------------------------------------------------------------------

/** parseXml's result (or error key) must be saxes's; `fast` says whether the fast path should take it. */
function check(text: string, fast: boolean, maxDepth = 256): void {
  expect(agrees(text, maxDepth)).toBe(fast);
  let viaParseXml: XmlElement | { error: string };
  try {
    viaParseXml = parseXml(text, PART, maxDepth);
  } catch (e) {
    if (!isAppError(e)) throw e;
    viaParseXml = { error: e.messageKey };
  }
  expect(viaParseXml).toEqual(strict(text, maxDepth));
}

function nested(levels: number): string {
  return '<a>'.repeat(levels) + 'x' + '</a>'.repeat(levels);
}

describe('fast XML scanner edge cases', () => {
  const W = `xmlns:w="${NS.w}"`;

  it.each<[string, string, boolean, string | null]>([
    // [label, text, taken by the fast path, saxes error key or null]
    ['a DOCTYPE', '<!DOCTYPE r><r/>', false, 'docx.doctype'],
    [
      'a DOCTYPE with entities (billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><r>&b;</r>',
      false,
      'docx.doctype',
    ],
    ['CDATA', '<r><![CDATA[a<b&c]]>d</r>', false, null],
    ['a comment between text', '<r>Trường<!-- ghi chú -->học</r>', false, null],
    ['a comment before the root', '<!-- c --><r/>', false, null],
    ['a processing instruction', '<r><?mso-application progid="Word.Document"?></r>', false, null],
    ['a PI named like the declaration', '<?xml-stylesheet href="a.xsl"?><r/>', false, null],
    ['XML 1.1 declaration', '<?xml version="1.1"?><r/>', false, null],
    ['white space before the declaration', ' <?xml version="1.0"?><r/>', false, 'docx.badXml'],
    ['a byte order mark', '\uFEFF<r/>', false, null],
    ['an empty document', '', false, 'docx.badXml'],
    ['only white space', ' \n', false, 'docx.badXml'],
    ['text after the root', '<r/>x', false, 'docx.badXml'],
    ['two roots', '<r/><r/>', false, 'docx.badXml'],
    ['an unclosed root', '<r><p>', false, 'docx.badXml'],
    ['a mismatched end tag', '<r><p></r></p>', false, 'docx.badXml'],
    ['an end tag with a longer name', '<r><p></pp></r>', false, 'docx.badXml'],
    [']]> in text', '<r>a]]>b</r>', false, 'docx.badXml'],
    ['< in an attribute value', '<r a="x<y"/>', false, 'docx.badXml'],
    ['attributes not separated by white space', '<r a="1"b="2"/>', false, 'docx.badXml'],
    ['a duplicate attribute', '<r a="1" a="2"/>', false, 'docx.badXml'],
    ['a duplicate expanded attribute name', `<r ${W} xmlns:v="${NS.w}" w:a="1" v:a="2"/>`, false, 'docx.badXml'],
    ['an unbound element prefix', '<q:r/>', false, 'docx.badXml'],
    ['an unbound attribute prefix', '<r q:a="1"/>', false, 'docx.badXml'],
    ['an empty prefixed namespace', '<r xmlns:p=""/>', false, 'docx.badXml'],
    ['the xml prefix rebound', '<r xmlns:xml="urn:no"/>', false, 'docx.badXml'],
    ['a padded namespace name', '<r xmlns=" urn:x "/>', false, null],
    ['a name with two colons', '<a:b:c xmlns:a="urn:a"/>', false, 'docx.badXml'],
    ['a name starting with a digit', '<1a/>', false, 'docx.badXml'],
    ['a Vietnamese element name', '<tên>giá trị</tên>', false, null],
    ['an undefined entity', '<r>&nbsp;</r>', false, 'docx.badXml'],
    ['a reference to NUL', '<r>&#0;</r>', false, 'docx.badXml'],
    ['a reference to a lone surrogate', '<r>&#xD800;</r>', false, 'docx.badXml'],
    ['a lone surrogate in text', '<r>\uD800</r>', false, 'docx.badXml'],
    ['a control character', '<r>\u0001</r>', false, 'docx.badXml'],
    ['an unterminated reference', '<r>a &amp b</r>', false, 'docx.badXml'],
  ])('%s', (_label, text, fast, error) => {
    check(text, fast);
    const result = strict(text, 256);
    if (error) expect(result).toEqual({ error });
    else expect('error' in result).toBe(false);
  });

  it.each<[string, string]>([
    ['names with dots, hyphens, digits and underscores', '<a.b-c1 _x.y="1"><T-2/></a.b-c1>'],
    ['the xml prefix on attributes, unbound', '<r xml:space="preserve" xml:lang="vi-VN"> a </r>'],
    ['a default namespace undeclared on a child', `<r xmlns="${NS.w}"><p xmlns=""><q/></p><p/></r>`],
    ['a prefix redeclared in a child, restored after it', `<w:r ${W}><w:p xmlns:w="urn:other"/><w:p/></w:r>`],
    ['unprefixed attributes stay in no namespace', `<r xmlns="${NS.w}" val="1"/>`],
    ['the highest code point by reference', '<r>&#x10FFFF;&#1114111;</r>'],
    ['entities in attributes and text', '<r a="&lt;&amp;&gt;&quot;&apos;&#x1EA1;">&lt;Trường&gt; &amp; &#7841;</r>'],
    ['tabs, newlines and CRLF in attributes become spaces; &#10; stays', '<r a="x\ty\nz\r\nw\rv&#10;&#9;"/>'],
    ['CR and CRLF in text become LF', '<r>a\r\nb\rc\n</r>'],
    ['white space in tags and end tags', '<r\n  a = "1"\t\r\n b=\'2\'  ><p\n/></r\n >'],
    ['NFD and NFC Vietnamese kept as written', `<r>${'Nguyễn'.normalize('NFD')}|${'Nguyễn'.normalize('NFC')}</r>`],
    ['astral characters (emoji)', '<r a="😀">😀</r>'],
    ['the declaration with every pseudo-attribute', '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<r/>\n'],
  ])('agrees with saxes on %s', (_label, text) => {
    check(text, true);
  });

  it('builds a tree at exactly the nesting limit and hands one level more to saxes', () => {
    check(nested(256), true, 256);
    check(nested(257), false, 256);
    expect(strict(nested(257), 256)).toEqual({ error: 'docx.tooDeep' });
    check(nested(3000), false, 256);
  });

  it('agrees on a real Word-sized document (a huge body of Vietnamese paragraphs)', () => {
    const paragraph =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Trường Tiểu học &amp; THCS </w:t></w:r></w:p>';
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${paragraph.repeat(5000)}</w:body></w:document>`;
    check(text, true);
  });
});
