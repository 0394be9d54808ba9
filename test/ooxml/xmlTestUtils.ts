/** Strict XML helpers for tests: saxes for conformance, xmldom for reading the tree. */
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XDocument, Element as XElement, Node as XNode } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Throws unless `xml` is a well-formed, namespace-well-formed XML 1.0 document (saxes is conformant). */
export function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
}

/**
 * Parses strictly (any warning or error throws) after checking conformance with saxes. One warning is not about the
 * XML: xmldom warns on U+FFFD ("source encoding issues?"), a character a person may legitimately type or paste.
 */
export function parseXml(xml: string): XDocument {
  assertWellFormed(xml);
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'warning' && /replacement character/i.test(msg)) return;
      throw new Error(`xmldom ${level}: ${msg}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export function elements(root: XDocument | XElement, localName: string, ns = W): XElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName) as unknown as Iterable<XElement>);
}

export function children(el: XElement, localName?: string, ns = W): XElement[] {
  const out: XElement[] = [];
  for (let n: XNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as XElement;
      if (localName === undefined || (e.localName === localName && e.namespaceURI === ns)) out.push(e);
    }
  }
  return out;
}

export function child(el: XElement, localName: string, ns = W): XElement | undefined {
  return children(el, localName, ns)[0];
}

export function wAttr(el: XElement | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) : null;
}

/** The sdt whose tag is `tag`. */
export function sdtByTag(doc: XDocument, tag: string): XElement | undefined {
  return elements(doc, 'sdt').find((sdt) => {
    const pr = child(sdt, 'sdtPr');
    return pr !== undefined && wAttr(child(pr, 'tag'), 'val') === tag;
  });
}

/** Text of a run-level subtree: w:t text, w:tab -> "\t", w:br -> "\n", in document order. */
export function runText(el: XElement): string {
  let out = '';
  const walk = (node: XElement): void => {
    for (const c of children(node)) {
      if (c.localName === 't' && c.namespaceURI === W) out += c.textContent ?? '';
      else if (c.localName === 'tab' && c.namespaceURI === W) out += '\t';
      else if (c.localName === 'br' && c.namespaceURI === W) out += '\n';
      else if (!(c.localName === 'instrText')) walk(c);
    }
  };
  walk(el);
  return out;
}

/** Paragraph texts of an element (w:p descendants, in order). */
export function paragraphTexts(el: XElement): string[] {
  return elements(el, 'p').map(runText);
}
