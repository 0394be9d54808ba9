/**
 * repairControls: puts our content controls back into a report another program re-saved, repairing and never
 * replacing (DESIGN.md §8). Every change is a splice of word/document.xml: text, runs and formatting the
 * person wrote stay where they are; only `w:sdt` wrappers (and their properties) are added around them.
 *
 *   control kept, tag dropped (LibreOffice)     the tag (and alias) is added to the control's properties
 *   block control squeezed into its first       the misplaced run-level control is unwrapped (its text kept) and a
 *   paragraph or table cell (LibreOffice)       block control is put around the whole section / table
 *   control gone, text there (pandoc, Docs)     a control is put around the text after the label, the paragraphs
 *                                               under the heading, the table, the picture
 *   field gone altogether                       an empty control (showing its instruction) is inserted in its place
 *
 * The template identity is recorded in the custom XML part when the document has none.
 */
import { AppError } from '../core/errors';
import { inferTemplate, TEMPLATES, tagOf, type FieldSpec, type TemplateKind } from '../core/template';
import { escapeText } from '../ooxml/escape';
import { docPartName } from '../ooxml/contentControl';
import { aliasOf, controlIdOf } from '../ooxml/fields';
import { modelsTable } from '../ooxml/table';
import { appendSend } from './edit';
import { applySplices, attrText, paragraph, placeholderRun, qualifier, type Splice } from './editXml';
import type { FoundControl } from './fields';
import { BodyReader } from './body';
import { resolveLimits, type DocxLimitOptions } from './limits';
import { readMainDocument } from './opc';
import { isSoundControl, locateFields, type BodyBlock, type FieldLocation, type Located } from './recognize';
import { findReportPart, templateOf } from './reportPart';
import { NS, type XmlElement, elements, findFirst, isW, ownText, wChild } from './xml';
import { openPackage } from './zip';
import './messages';

type Q = (local: string) => string;

function sdtPrXml(kind: TemplateKind, field: FieldSpec, q: Q, showing: boolean): string {
  return (
    `<${q('sdtPr')}>` +
    `<${q('alias')} ${q('val')}="${attrText(aliasOf(kind, field))}"/>` +
    `<${q('tag')} ${q('val')}="${attrText(tagOf(field.id))}"/>` +
    `<${q('id')} ${q('val')}="${controlIdOf(kind, field.id)}"/>` +
    `<${q('lock')} ${q('val')}="sdtLocked"/>` +
    `<${q('placeholder')}><${q('docPart')} ${q('val')}="${attrText(docPartName(field.id))}"/></${q('placeholder')}>` +
    (showing ? `<${q('showingPlcHdr')}/>` : '') +
    `</${q('sdtPr')}>`
  );
}

/** Two splices wrapping source[start, end) in a control. */
function wrap(start: number, end: number, kind: TemplateKind, field: FieldSpec, q: Q): Splice[] {
  return [
    { start, end: start, text: `<${q('sdt')}>${sdtPrXml(kind, field, q, false)}<${q('sdtContent')}>` },
    { start: end, end, text: `</${q('sdtContent')}></${q('sdt')}>` },
  ];
}

/** Splices replacing a control by its content (the control's text stays, in place). */
function unwrap(control: FoundControl): Splice[] {
  const sdt = control.sdt;
  const content = control.content;
  if (!content || content.selfClosing) return [{ start: sdt.start, end: sdt.end, text: '' }];
  return [
    { start: sdt.start, end: content.innerStart, text: '' },
    { start: content.innerEnd, end: sdt.end, text: '' },
  ];
}

/** Splices giving an untagged control of ours its tag (and alias when it has none). */
function retag(control: FoundControl, kind: TemplateKind, field: FieldSpec): Splice[] {
  const q = qualifier(control.sdt.prefix);
  const sdtPr = control.sdtPr;
  const tag = `<${q('tag')} ${q('val')}="${attrText(tagOf(field.id))}"/>`;
  const alias = wChild(sdtPr, 'alias') ? '' : `<${q('alias')} ${q('val')}="${attrText(aliasOf(kind, field))}"/>`;
  if (!sdtPr) return [{ start: control.sdt.innerStart, end: control.sdt.innerStart, text: `<${q('sdtPr')}>${alias}${tag}</${q('sdtPr')}>` }];
  if (sdtPr.selfClosing) return [{ start: sdtPr.start, end: sdtPr.end, text: `<${q('sdtPr')}>${alias}${tag}</${q('sdtPr')}>` }];
  // Schema order: rPr, alias, tag, id, lock, placeholder…
  const rPr = wChild(sdtPr, 'rPr');
  const aliasEl = wChild(sdtPr, 'alias');
  const at = aliasEl ? aliasEl.end : rPr ? rPr.end : sdtPr.innerStart;
  return [{ start: at, end: at, text: alias + tag }];
}

/** Plain text of a run-level child: its w:t, tabs and breaks. */
function childText(el: XmlElement): string {
  let out = '';
  const visit = (e: XmlElement): void => {
    if (isW(e, 'del') || isW(e, 'moveFrom') || isW(e, 'instrText') || isW(e, 'rPr') || isW(e, 'pPr')) return;
    if (isW(e, 't')) out += ownText(e);
    else if (isW(e, 'tab')) out += '\t';
    else if (isW(e, 'br') || isW(e, 'cr')) out += '\n';
    for (const c of e.children) if (typeof c === 'object') visit(c);
  };
  visit(el);
  return out;
}

/**
 * Splices putting a control around the value of a "Label: value" paragraph. The run holding the boundary is split in
 * two (same formatting) when needed; when the boundary falls inside something that cannot be split, the control
 * starts at the next boundary (the text stays either way).
 */
function wrapLabelValue(doc: string, p: XmlElement, valueStart: number, kind: TemplateKind, field: FieldSpec): Splice[] {
  const q = qualifier(p.prefix);
  let pos = 0;
  let start: number | null = null;
  const splices: Splice[] = [];
  const kids = elements(p).filter((c) => !isW(c, 'pPr'));
  for (const c of kids) {
    const text = childText(c).normalize('NFC');
    if (pos >= valueStart) {
      start = c.start;
      break;
    }
    if (pos + text.length > valueStart && isW(c, 'r')) {
      const ts = elements(c).filter((e) => isW(e, 't'));
      const onlyText = elements(c).every((e) => isW(e, 't') || isW(e, 'rPr'));
      const raw = ts.map(ownText).join('');
      if (onlyText && ts.length >= 1 && raw === raw.normalize('NFC')) {
        const cut = valueStart - pos;
        const rPr = wChild(c, 'rPr');
        const rPrText = rPr ? doc.slice(rPr.start, rPr.end) : '';
        const run = (t: string): string => (t ? `<${q('r')}>${rPrText}<${q('t')} xml:space="preserve">${escapeText(t)}</${q('t')}></${q('r')}>` : '');
        const before = raw.slice(0, cut);
        const after = raw.slice(cut);
        splices.push({ start: c.start, end: c.end, text: run(before) + `<${q('sdt')}>${sdtPrXml(kind, field, q, false)}<${q('sdtContent')}>` + run(after) });
        splices.push({ start: p.innerEnd, end: p.innerEnd, text: `</${q('sdtContent')}></${q('sdt')}>` });
        return splices;
      }
    }
    pos += text.length;
  }
  if (start === null) {
    // Nothing after the label (or it could not be split): an empty control at the end of the paragraph.
    return [{ start: p.innerEnd, end: p.innerEnd, text: emptyInline(kind, field, q) }];
  }
  return wrap(start, p.innerEnd, kind, field, q);
}

function emptyInline(kind: TemplateKind, field: FieldSpec, q: Q): string {
  return `<${q('sdt')}>${sdtPrXml(kind, field, q, true)}<${q('sdtContent')}>${placeholderRun(field.instruction, q)}</${q('sdtContent')}></${q('sdt')}>`;
}

function emptyBlock(kind: TemplateKind, field: FieldSpec, q: Q): string {
  let content: string;
  if (field.kind === 'table') content = emptyTable(q);
  else content = paragraph(placeholderRun(field.instruction, q), '', q);
  return `<${q('sdt')}>${sdtPrXml(kind, field, q, field.kind !== 'table')}<${q('sdtContent')}>${content}</${q('sdtContent')}></${q('sdt')}>`;
}

function textParagraph(text: string, q: Q, style?: string): string {
  const pPr = style ? `<${q('pPr')}><${q('pStyle')} ${q('val')}="${style}"/></${q('pPr')}>` : '';
  return `<${q('p')}>${pPr}<${q('r')}><${q('t')} xml:space="preserve">${escapeText(text)}</${q('t')}></${q('r')}></${q('p')}>`;
}

/** The official table as the writer makes it (`w:` prefix, bound on the table itself when the document uses another). */
function emptyTable(q: Q): string {
  const xml = modelsTable([]);
  return q('tbl') === 'w:tbl' ? xml : xml.replace(/^<w:tbl>/, `<w:tbl xmlns:w="${NS.w}">`);
}

export interface RepairResult {
  bytes: Uint8Array;
  /** Field ids whose control was put back (retagged, wrapped around their text, or inserted empty). */
  restored: string[];
}

/**
 * Puts back the controls of `fieldIds` (default: every field of the template) that are missing, untagged or
 * misshapen. Throws docx.noTemplate when the document is not recognisable as one of our reports.
 */
export async function repairControls(bytes: Uint8Array, fieldIds: readonly string[] | null = null, options: DocxLimitOptions = {}): Promise<RepairResult> {
  const limits = resolveLimits(options);
  const pkg = await openPackage(bytes, limits);
  const { mainPart, text: doc, body } = await readMainDocument(pkg, limits);
  const report = await findReportPart(pkg, limits.maxDepth);
  const recorded = report ? templateOf(report.root) : null;
  const located = locateFields(body, new BodyReader(null), recorded?.id ?? null);
  const kind = recorded?.id ?? inferTemplate(located.controls.keys()) ?? located.textTemplate;
  if (!kind) throw new AppError('host.noTemplate');

  const q = qualifier(body.prefix);
  const splices: Splice[] = [];
  const restored: string[] = [];
  const spec = TEMPLATES[kind];
  const want = (id: string): boolean => fieldIds === null || fieldIds.includes(id);
  /** Where each field is (its block), for placing the ones that are gone. */
  const placeOf = new Map<string, XmlElement>();
  for (const f of spec.fields) {
    const at = blockOf(f.id, located);
    if (at) placeOf.set(f.id, at);
  }

  for (const field of spec.fields) {
    if (!want(field.id)) continue;
    const control = located.controls.get(field.id);
    const byText = located.byText[field.id];
    if (control && isSoundControl(control) && !byText) {
      if (control.via === 'tag') continue;
      splices.push(...retag(control, kind, field));
      restored.push(field.id);
      continue;
    }
    if (byText) {
      splices.push(...restoreFromText(doc, byText, kind, field, q));
      restored.push(field.id);
      continue;
    }
    if (control) splices.push(...unwrap(control)); // misshapen and nothing to wrap: keep its text, drop the wrapper
    splices.push(insertEmpty(field, kind, spec.fields, placeOf, located, body, q));
    restored.push(field.id);
  }
  if (restored.length === 0 && report) return { bytes: bytes.slice(), restored };
  if (splices.length) pkg.zip.file(mainPart, applySplices(doc, splices));
  await appendSend(pkg, mainPart, report, kind, null, limits.maxDepth);
  return { bytes: await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), restored };
}

function restoreFromText(doc: string, location: FieldLocation, kind: TemplateKind, field: FieldSpec, q: Q): Splice[] {
  switch (location.kind) {
    case 'label':
      return wrapLabelValue(doc, location.paragraph, location.valueStart, kind, field);
    case 'section': {
      const out = location.control ? unwrap(location.control) : [];
      const list = location.paragraphs;
      const sameParent = list.every((b) => b.parent === list[0].parent);
      if (list.length > 0 && sameParent) out.push(...wrap(list[0].el.start, list[list.length - 1].el.end, kind, field, q));
      else out.push({ start: location.heading.el.end, end: location.heading.el.end, text: emptyBlock(kind, field, q) });
      return out;
    }
    case 'table': {
      const out = location.control ? unwrap(location.control) : [];
      out.push(...wrap(location.table.el.start, location.table.el.end, kind, field, q));
      return out;
    }
    case 'picture': {
      const run = runHolding(location.block.el, location.drawing);
      const sdt = run ? sdtAround(location.block.el, run) : undefined;
      if (sdt) {
        const sdtPr = wChild(sdt, 'sdtPr');
        const control: FoundControl = { fieldId: field.id, sdt, sdtPr, content: wChild(sdt, 'sdtContent'), showingPlcHdr: false, inline: true, via: 'docPart' };
        // A picture-typed control of another program: our controls are rich text (DESIGN.md §6), so the type goes.
        const typed = sdtPr ? elements(sdtPr).filter((e) => isW(e, 'picture')) : [];
        return [...retag(control, kind, field), ...typed.map((e) => ({ start: e.start, end: e.end, text: '' }))];
      }
      if (run) return wrap(run.start, run.end, kind, field, q);
      return [];
    }
    default:
      return [];
  }
}

/** The w:r holding `drawing` inside `block`. */
function runHolding(block: XmlElement, drawing: XmlElement): XmlElement | undefined {
  let found: XmlElement | undefined;
  const visit = (el: XmlElement, run: XmlElement | undefined): void => {
    if (found) return;
    if (el === drawing) {
      found = run;
      return;
    }
    for (const c of el.children) if (typeof c === 'object') visit(c, isW(c, 'r') ? c : run);
  };
  visit(block, undefined);
  return found;
}

/** The innermost w:sdt (untagged: not ours yet) whose content holds `run`. */
function sdtAround(block: XmlElement, run: XmlElement): XmlElement | undefined {
  let found: XmlElement | undefined;
  const visit = (el: XmlElement, sdt: XmlElement | undefined): void => {
    if (found) return;
    if (el === run) {
      found = sdt;
      return;
    }
    for (const c of el.children) if (typeof c === 'object') visit(c, isW(c, 'sdt') && !wChild(wChild(c, 'sdtPr'), 'tag') ? c : sdt);
  };
  visit(block, undefined);
  return found;
}

/** The top-level block where a field is now (its control's block, or the one holding its text). */
function blockOf(id: string, located: Located): XmlElement | undefined {
  const byText = located.byText[id];
  const topOf = (el: XmlElement): XmlElement | undefined => located.blocks.find((b) => b.el.start <= el.start && el.end <= b.el.end)?.el;
  if (byText) {
    switch (byText.kind) {
      case 'label':
        return byText.paragraph;
      case 'section':
        return byText.paragraphs.length ? byText.paragraphs[byText.paragraphs.length - 1].el : byText.heading.el;
      case 'table':
        return byText.table.el;
      case 'picture':
        return byText.block.el;
    }
  }
  const control = located.controls.get(id);
  if (!control) return undefined;
  // A block control: its own end; a run-level one: its paragraph (or table holding it).
  if (!control.inline) return control.sdt;
  return topOf(control.sdt);
}

/** An empty control (with its label or heading when those are gone too) in the field's place. */
function insertEmpty(
  field: FieldSpec,
  kind: TemplateKind,
  fields: FieldSpec[],
  placeOf: Map<string, XmlElement>,
  located: Located,
  body: XmlElement,
  q: Q,
): Splice {
  const spec = TEMPLATES[kind];
  const heading = (text: string): BodyBlock | undefined => {
    const i = located.textBlocks.findIndex((b) => b.type === 'paragraph' && b.text.normalize('NFC').trim() === text);
    return i >= 0 ? located.blocks[i] : undefined;
  };
  // After the nearest field before it that is still there; else after the title; else at the start.
  const index = fields.indexOf(field);
  let after: number | null = null;
  for (let i = index - 1; i >= 0 && after === null; i--) {
    const el = placeOf.get(fields[i].id);
    if (el) after = el.end;
  }
  const title = located.blocks.find((b) => isW(b.el, 'p'));
  let xml: string;
  if (field.kind === 'text' || field.kind === 'year') {
    const label = `${kind === 'individual' ? '- ' : ''}${field.label?.vi ?? ''}: `;
    xml = `<${q('p')}><${q('r')}><${q('t')} xml:space="preserve">${escapeText(label)}</${q('t')}></${q('r')}>${emptyInline(kind, field, q)}</${q('p')}>`;
  } else if (field.kind === 'picture') {
    // In the photo frame (the one-cell table before the fields) when it is still there, else after the title.
    const next = fields.slice(index + 1).map((f) => placeOf.get(f.id)).find((el) => el !== undefined);
    const frame = located.blocks.find((b) => isW(b.el, 'tbl') && (!next || b.el.end <= next.start));
    const cellP = frame ? findFirst(frame.el, (e) => isW(e, 'p')) : undefined;
    if (cellP) return { start: cellP.innerEnd, end: cellP.innerEnd, text: emptyInline(kind, field, q) };
    xml = `<${q('p')}>${emptyInline(kind, field, q)}</${q('p')}>`;
    after = title ? title.el.end : null;
  } else {
    const headingText = field.kind === 'richText' ? spec.headings.summary : spec.headings.models;
    const h = heading(headingText);
    if (h) {
      after = h.el.end;
      xml = emptyBlock(kind, field, q);
    } else {
      xml = textParagraph(headingText, q, 'Heading1') + emptyBlock(kind, field, q);
    }
  }
  if (after === null) after = field.kind === 'picture' ? body.innerStart : title ? title.el.end : body.innerStart;
  // Never after the body's final section properties.
  const sectPr = wChild(body, 'sectPr');
  if (sectPr && after > sectPr.start) after = sectPr.start;
  return { start: after, end: after, text: xml };
}

