/**
 * "Strict Open XML" documents (ISO/IEC 29500 Strict; Word: Save As "Strict Open XML Document") use their own namespace
 * and relationship-type names under http://purl.oclc.org/ooxml/. They are read like any other document by mapping
 * those names to the transitional ones the reader knows (ISO/IEC 29500-1 §A.1 lists the pairs; the part and element
 * names are the same). Fixture: test/fixtures/real/mammoth-strict-format.docx (Word-made, from mammoth.js' tests).
 */
import type { XmlElement } from './xml';

const STRICT = 'http://purl.oclc.org/ooxml/';
const TRANSITIONAL = 'http://schemas.openxmlformats.org/';

/** Strict namespace (after the common prefix) -> transitional namespace (after its prefix). */
const NAMESPACES: Readonly<Record<string, string>> = {
  'wordprocessingml/main': 'wordprocessingml/2006/main',
  'officeDocument/relationships': 'officeDocument/2006/relationships',
  'officeDocument/math': 'officeDocument/2006/math',
  'officeDocument/extendedProperties': 'officeDocument/2006/extended-properties',
  'officeDocument/customProperties': 'officeDocument/2006/custom-properties',
  'officeDocument/docPropsVTypes': 'officeDocument/2006/docPropsVTypes',
  'officeDocument/customXml': 'officeDocument/2006/customXml',
  'officeDocument/sharedTypes': 'officeDocument/2006/sharedTypes',
  'drawingml/main': 'drawingml/2006/main',
  'drawingml/wordprocessingDrawing': 'drawingml/2006/wordprocessingDrawing',
  'drawingml/picture': 'drawingml/2006/picture',
  'drawingml/chart': 'drawingml/2006/chart',
  'drawingml/diagram': 'drawingml/2006/diagram',
};

/** Relationship types whose names differ beyond the prefix. */
const REL_NAMES: Readonly<Record<string, string>> = { extendedProperties: 'extended-properties', customProperties: 'custom-properties' };

/** The transitional name of a Strict namespace; any other namespace unchanged. */
export function transitionalNamespace(uri: string): string {
  if (!uri.startsWith(STRICT)) return uri;
  const mapped = NAMESPACES[uri.slice(STRICT.length)];
  return mapped ? TRANSITIONAL + mapped : uri;
}

/** The transitional name of a Strict relationship type; any other type unchanged. */
export function transitionalRelType(type: string): string {
  const prefix = STRICT + 'officeDocument/relationships/';
  if (!type.startsWith(prefix)) return type;
  const name = type.slice(prefix.length);
  return `${TRANSITIONAL}officeDocument/2006/relationships/${REL_NAMES[name] ?? name}`;
}

/** True when a part's text may use Strict names (a cheap test before walking the tree). */
export function mayBeStrict(text: string): boolean {
  return text.includes(STRICT);
}

/** Rewrites the namespaces of every element and attribute of a parsed tree from Strict to transitional, in place. */
export function toTransitional(root: XmlElement): XmlElement {
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop() as XmlElement;
    el.uri = transitionalNamespace(el.uri);
    for (const a of el.attrs) if (a.uri) a.uri = transitionalNamespace(a.uri);
    for (const c of el.children) if (typeof c === 'object') stack.push(c);
  }
  return root;
}

const UNIT_TWIPS: Readonly<Record<string, number>> = { pt: 20, in: 1440, cm: 1440 / 2.54, mm: 1440 / 25.4, pc: 240, pi: 240 };

/**
 * A length attribute in twentieths of a point: a plain number (transitional), or a universal measure such as
 * "595.30pt" or "21cm" (Strict writes those). Null when it is neither.
 */
export function twipsOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const plain = Number(value);
  if (value.trim() !== '' && Number.isFinite(plain)) return plain;
  const m = /^\s*(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)\s*$/.exec(value);
  return m ? Number(m[1]) * UNIT_TWIPS[m[2]] : null;
}
