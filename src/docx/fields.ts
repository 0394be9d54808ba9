/** Locating our content controls (tag `bctt.<fieldId>`) and the models table inside the document tree. */
import { fieldIdOfAlias, fieldIdOfDocPart, fieldIdOfTag, findFieldSpec, type FieldVia, type TemplateKind } from '../core/template';
import type { FieldSpec } from '../core/template';
import { NS, type XmlElement, isEl, isW, wAttr, wChild } from './xml';

export interface FoundControl {
  fieldId: string;
  sdt: XmlElement;
  sdtPr: XmlElement | undefined;
  content: XmlElement | undefined;
  showingPlcHdr: boolean;
  /** True when the control sits inside a paragraph (run-level), false for block/row/cell level. */
  inline: boolean;
  /** How the control was recognised: its tag, else (the tag dropped by another program) its alias or docPart. */
  via: Exclude<FieldVia, 'label'>;
}

/** The field id a control names by its alias, else by its placeholder docPart (`BCTT_<id>`). */
function untaggedFieldId(sdtPr: XmlElement | undefined): { id: string; via: 'alias' | 'docPart' } | null {
  if (wChild(sdtPr, 'tag')) return null; // a tag of someone else's: not ours
  const alias = wChild(sdtPr, 'alias');
  const byAlias = alias ? fieldIdOfAlias(wAttr(alias, 'val')) : null;
  if (byAlias) return { id: byAlias, via: 'alias' };
  const docPart = wChild(wChild(sdtPr, 'placeholder'), 'docPart');
  const byDocPart = docPart ? fieldIdOfDocPart(wAttr(docPart, 'val')) : null;
  return byDocPart ? { id: byDocPart, via: 'docPart' } : null;
}

/**
 * Every content control of ours, in document order (first one wins for a duplicated tag): by tag; for a field no
 * tagged control holds, by alias or placeholder docPart (LibreOffice keeps those when it drops the tags, DESIGN.md §8).
 */
export function findControls(body: XmlElement): Map<string, FoundControl> {
  const out = new Map<string, FoundControl>();
  const untagged = new Map<string, FoundControl>();
  const visit = (el: XmlElement, inParagraph: boolean): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.uri === NS.w) {
        const local = c.local;
        if (local === 'sdt') {
          const sdtPr = wChild(c, 'sdtPr');
          const tagEl = wChild(sdtPr, 'tag');
          const tag = tagEl ? wAttr(tagEl, 'val') : undefined;
          const fieldId = tag ? fieldIdOfTag(tag) : null;
          const found = (id: string, via: FoundControl['via']): FoundControl => ({
            fieldId: id,
            sdt: c,
            sdtPr,
            content: wChild(c, 'sdtContent'),
            showingPlcHdr: wChild(sdtPr, 'showingPlcHdr') !== undefined,
            inline: inParagraph,
            via,
          });
          if (fieldId && !out.has(fieldId)) out.set(fieldId, found(fieldId, 'tag'));
          const other = fieldId ? null : untaggedFieldId(sdtPr);
          if (other && !untagged.has(other.id)) untagged.set(other.id, found(other.id, other.via));
        }
        // Deleted content (tracked) does not count; properties hold no controls.
        if (local === 'del' || local === 'moveFrom' || local === 'sdtPr' || local === 'rPr' || local === 'pPr') continue;
        // Run content (text, tabs, breaks…) holds no controls either: skip leaves quickly.
        if (c.children.length === 0) continue;
        visit(c, inParagraph || local === 'p');
      } else if (c.children.length !== 0) {
        visit(c, inParagraph);
      }
    }
  };
  visit(body, false);
  for (const [id, control] of untagged) if (!out.has(id)) out.set(id, control);
  return out;
}

/** The field spec for an id: from the document's template when known, else from any template. */
export function specFor(fieldId: string, template: TemplateKind | null): FieldSpec | undefined {
  return findFieldSpec(fieldId, template);
}

/** Comparable form of a text: NFC, whitespace collapsed, trimmed. */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The first table inside a control's content (not inside a paragraph). */
export function tableIn(content: XmlElement | undefined): XmlElement | undefined {
  if (!content) return undefined;
  const stack: XmlElement[] = [content];
  while (stack.length) {
    const cur = stack.pop() as XmlElement;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i];
      if (typeof c !== 'object') continue;
      if (isW(c, 'tbl')) return c;
      if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml') || isEl(c, NS.mc, 'AlternateContent') || isEl(c, NS.mc, 'Choice')) {
        stack.push(c);
      }
    }
  }
  return undefined;
}

/** A table's rows: top-level carriers (the w:tr or the sdt/customXml wrapping it) with the row itself. */
export interface TableRow {
  carrier: XmlElement;
  tr: XmlElement;
}

export function tableRows(tbl: XmlElement): TableRow[] {
  const out: TableRow[] = [];
  for (const c of tbl.children) {
    if (typeof c !== 'object') continue;
    const tr = isW(c, 'tr') ? c : firstNested(c, 'tr');
    if (tr) out.push({ carrier: c, tr });
  }
  return out;
}

/** A row's cells (w:tc), looking through cell-level content controls and custom XML. */
export function rowCells(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of tr.children) {
    if (typeof c !== 'object') continue;
    if (isW(c, 'tc')) out.push(c);
    else if (isW(c, 'sdt') || isW(c, 'customXml')) {
      const inner = firstNested(c, 'tc');
      if (inner) out.push(...collectNested(c, 'tc'));
    }
  }
  return out;
}

/** Whether a row is deleted as a tracked change. */
export function isDeletedRow(tr: XmlElement): boolean {
  return wChild(wChild(tr, 'trPr'), 'del') !== undefined;
}

function firstNested(el: XmlElement, local: string): XmlElement | undefined {
  return collectNested(el, local)[0];
}

/** `w:<local>` elements reachable through sdt/sdtContent/customXml wrappers only. */
function collectNested(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!(isW(el, 'sdt') || isW(el, 'sdtContent') || isW(el, 'customXml'))) return out;
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (isW(c, local)) out.push(c);
    else out.push(...collectNested(c, local));
  }
  return out;
}
