/**
 * Where each field of our template is in a WordprocessingML body, however the file was last saved (DESIGN.md §8):
 * its content control (by tag, else alias or docPart: see fields.ts), or, when the control is gone or no longer has
 * its shape (LibreOffice turns block controls into run-level ones in their first paragraph), the template's own
 * text, found by src/core/template/recognize.ts over the body's blocks. The reader (read.ts) reads the fields from
 * these locations; the repair (repair.ts) puts the controls back around them.
 */
import { ALL_FIELD_IDS, FIELD, inferTemplate, recognizeByText, templateFromText, type TemplateKind, type TextBlock } from '../core/template';
import type { BodyReader } from './body';
import { findControls, rowCells, tableIn, tableRows, type FoundControl } from './fields';
import { NS, type XmlElement, findFirst, isEl, isW, wChild } from './xml';

/** A top-level block of the body: the element and the container whose child it is. */
export interface BodyBlock {
  el: XmlElement;
  parent: XmlElement;
}

export type FieldLocation =
  | { kind: 'control'; control: FoundControl }
  /** A text field: the paragraph with its label, the value after `valueStart` (NFC offsets). */
  | { kind: 'label'; paragraph: XmlElement; valueStart: number; value: string }
  /** The summary: its heading and the paragraphs under it (maybe none). */
  | { kind: 'section'; heading: BodyBlock; paragraphs: BodyBlock[]; control?: FoundControl }
  /** The models table (and the misplaced control LibreOffice left in its first cell, if any). */
  | { kind: 'table'; table: BodyBlock; control?: FoundControl }
  /** The photo: the block holding a picture before the first label. */
  | { kind: 'picture'; block: BodyBlock; drawing: XmlElement };

export interface Located {
  controls: Map<string, FoundControl>;
  blocks: BodyBlock[];
  textBlocks: TextBlock[];
  /** The template named by the text (title, labels), or null. */
  textTemplate: TemplateKind | null;
  /** Fields whose control is missing or misshapen, located by the template's text instead. */
  byText: Record<string, FieldLocation>;
}

export function findDrawing(el: XmlElement): XmlElement | undefined {
  return findFirst(el, (e) => isEl(e, NS.wp, 'inline') || isEl(e, NS.wp, 'anchor') || isEl(e, NS.v, 'imagedata'));
}

/** The body's top-level paragraphs and tables, looking through block-level controls and custom XML. */
export function bodyBlocks(body: XmlElement): BodyBlock[] {
  const out: BodyBlock[] = [];
  const visit = (container: XmlElement): void => {
    for (const c of container.children) {
      if (typeof c !== 'object') continue;
      if (isW(c, 'p') || isW(c, 'tbl')) out.push({ el: c, parent: container });
      else if (isW(c, 'sdt')) {
        const content = wChild(c, 'sdtContent');
        if (content) visit(content);
      } else if (isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo')) visit(c);
    }
  };
  visit(body);
  return out;
}

/** True when a control still has the shape our template gave it (a table control holds a table, the summary is block-level). */
export function isSoundControl(control: FoundControl): boolean {
  if (control.fieldId === FIELD.models) return tableIn(control.content) !== undefined;
  if (control.fieldId === FIELD.summary) return !control.inline;
  return true;
}

export function locateFields(body: XmlElement, reader: BodyReader, template: TemplateKind | null): Located {
  const controls = findControls(body);
  const blocks = bodyBlocks(body);
  const textBlocks: TextBlock[] = blocks.map(({ el }) => {
    if (isW(el, 'p')) return { type: 'paragraph', text: reader.paragraph(el).text, picture: !!findDrawing(el) };
    const rows = tableRows(el).map(({ tr }) => rowCells(tr).map((tc) => reader.blockParagraphs(tc).map((p) => p.text).join('\n')));
    return { type: 'table', rows, picture: !!findDrawing(el) };
  });
  const textTemplate = templateFromText(textBlocks);
  const kind = template ?? inferTemplate(controls.keys()) ?? textTemplate;
  const byText: Record<string, FieldLocation> = {};
  if (!kind) return { controls, blocks, textBlocks, textTemplate, byText };
  const needs = (id: string): boolean => {
    const c = controls.get(id);
    return !c || !isSoundControl(c);
  };
  const wanted = ALL_FIELD_IDS.filter(needs);
  if (wanted.length === 0) return { controls, blocks, textBlocks, textTemplate, byText };
  const found = recognizeByText(textBlocks, kind);
  for (const [id, f] of Object.entries(found.fields)) {
    if (!needs(id)) continue;
    byText[id] = { kind: 'label', paragraph: blocks[f.block].el, valueStart: f.valueStart, value: f.value };
  }
  if (found.summary && needs(FIELD.summary)) {
    byText[FIELD.summary] = {
      kind: 'section',
      heading: blocks[found.summary.heading],
      paragraphs: found.summary.blocks.map((i) => blocks[i]),
      control: controls.get(FIELD.summary),
    };
  }
  if (found.table && needs(FIELD.models)) byText[FIELD.models] = { kind: 'table', table: blocks[found.table.block], control: controls.get(FIELD.models) };
  if (found.photo && needs(FIELD.photo)) {
    const block = blocks[found.photo.block];
    const drawing = findDrawing(block.el);
    if (drawing) byText[FIELD.photo] = { kind: 'picture', block, drawing };
  }
  return { controls, blocks, textBlocks, textTemplate, byText };
}

