/**
 * editDocx: changes field values, the models table and the send history of a .docx in place.
 * Only the content of the targeted controls (and their `w:showingPlcHdr` flag) is rewritten, by splicing
 * the original document.xml at the offsets found by the parser; every other byte of document.xml and
 * every other zip entry stays as it was.
 */
import { AppError } from '../core/errors';
import { parseQuarterLabel } from '../core/calendar/quarter';
import type { SendRecord } from '../core/snapshot';
import { emptyModelRow, FIELD, inferTemplate, matchColumns, MODEL_COLUMNS, rowValues, TEMPLATES, type ModelRow, type TemplateKind } from '../core/template';
import { sanitizeText } from '../ooxml/escape';
import { inlinePicture } from '../ooxml/drawing';
import { PHOTO_FRAME } from '../ooxml/photoFrame';
import { IMAGE_CONTENT_TYPES, detectImage, fitExtent, type ImageInfo } from './image';
import { reportCustomXmlProps } from './package';
import {
  applySplices,
  paragraph,
  placeholderRun,
  qualifier,
  textRun,
  withoutChildren,
  type Splice,
} from './editXml';
import { comparable, findControls, isDeletedRow, rowCells, specFor, tableIn, tableRows, type FoundControl } from './fields';
import { resolveLimits, type DocxLimitOptions } from './limits';
import { isSoundControl } from './recognize';
import { REL, partDir, readMainDocument, readRelationships, relsPartOf, resolveTarget } from './opc';
import { buildReportXml, findReportPart, sendElementXml, templateOf, type FoundReportPart } from './reportPart';
import { NS, type XmlElement, attr, elements, findAll, findFirst, isEl, isW, parseXml, wAttr, wChild } from './xml';
import { summaryWrite, type SummaryWrite } from './summary';
import { openPackage, type DocxPackage } from './zip';
import type { SummaryBlock } from '../core/summaryBlocks';
import './messages';

/** A body row of the models table (the one row type of src/core/template/modelsTable.ts). */
export type ModelValues = ModelRow;

export interface DocxChanges {
  /** Text values by field id ('' restores the placeholder). Block-level controls take "\n" as a paragraph break. */
  fields?: Record<string, string>;
  /** The summary's paragraphs (field tomTat); [] restores the placeholder. */
  summary?: string[];
  /** Body rows of the models table; TT is numbered 1..n. [] leaves one empty row numbered 1. */
  models?: ModelValues[];
  /**
   * The table's header cells as read (DocumentSnapshot.table.header), so rows are laid out by header like every
   * other reader of the table; default: the template's columns in the template's order.
   */
  modelsHeader?: readonly string[];
  /** A send to append to the report's custom XML part (created when missing). */
  appendSend?: SendRecord;
  /** The quarter the report is written for ("2026-Q4"), set on the report part's root (which must exist). */
  setPeriod?: string;
  /**
   * Paragraphs to add at the end of the summary (after `summary`, if given); when the summary shows its
   * placeholder they replace it. Formatted like the summary's first paragraph.
   */
  appendSummary?: string[];
  /** A JPEG or PNG for the photo frame (field anh): added as a media part, sized to fit 4x6 cm keeping its ratio. */
  photo?: Uint8Array;
  /**
   * The summary as structured paragraphs (headings, bold/italic, lists) written in the template's styles
   * (src/docx/summary.ts); no text restores the placeholder. Not combined with `summary`, `appendSummary` or a
   * `fields.tomTat` value.
   */
  summaryBlocks?: SummaryBlock[];
}

const SDTPR_BEFORE_PLCHDR = new Set(['rPr', 'alias', 'tag', 'id', 'lock', 'placeholder', 'temporary']);
const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export async function editDocx(bytes: Uint8Array, changes: DocxChanges, options: DocxLimitOptions = {}): Promise<Uint8Array> {
  const limits = resolveLimits(options);
  // Inputs first: a refused change must not depend on how far the work got.
  const image = changes.photo ? detectImage(changes.photo) : null;
  if (changes.photo && !image) throw new AppError('docx.photoUnsupported');
  const pkg = await openPackage(bytes, limits);
  const { mainPart, text: doc, root, body } = await readMainDocument(pkg, limits);

  let report = await findReportPart(pkg, limits.maxDepth);
  const controls = findControls(body);
  // A control another program misshaped (LibreOffice squeezes block controls into their first paragraph) is not
  // written into: the edit would land in the wrong place. FileHost repairs such documents first (repair.ts).
  for (const [id, control] of controls) if (!isSoundControl(control)) controls.delete(id);
  const template = (report ? templateOf(report.root)?.id : null) ?? inferTemplate(controls.keys());

  const splices: Splice[] = [];
  const fieldValues: Record<string, string> = { ...(changes.fields ?? {}) };
  if (changes.summary) fieldValues[FIELD.summary] = changes.summary.join('\n');
  const appended = (changes.appendSummary ?? []).map((line) => sanitizeText(line));
  if (appended.length) {
    const control = controls.get(FIELD.summary);
    if (!control) throw new AppError('host.fieldMissing', { field: FIELD.summary });
    if (changes.summary) fieldValues[FIELD.summary] = [...changes.summary, ...appended].join('\n');
    else if (showsNothing(control, template)) fieldValues[FIELD.summary] = appended.join('\n');
    else splices.push(appendParagraphs(doc, control, appended));
  }
  for (const [fieldId, value] of Object.entries(fieldValues)) {
    const control = controls.get(fieldId);
    if (!control) throw new AppError('host.fieldMissing', { field: fieldId });
    splices.push(...editField(doc, control, value, template));
  }
  let summaryCommit: SummaryWrite['commit'] | null = null;
  if (changes.summaryBlocks) {
    if (changes.summary || changes.appendSummary?.length || fieldValues[FIELD.summary] !== undefined) throw new AppError('host.invalidArgument', { name: 'summaryBlocks' });
    const control = controls.get(FIELD.summary);
    if (!control) throw new AppError('host.fieldMissing', { field: FIELD.summary });
    const write = summaryWrite(doc, control, changes.summaryBlocks, placeholderFlag(doc, control, false), (xml) => setContent(control, xml));
    if (write) {
      splices.push(...write.splices);
      summaryCommit = write.commit;
    } else splices.push(...editField(doc, control, '', template));
  }
  if (changes.models) {
    const control = controls.get(FIELD.models);
    if (!control) throw new AppError('host.fieldMissing', { field: FIELD.models });
    splices.push(...editTable(doc, control, changes.models, changes.modelsHeader));
  }

  let photoPart: PhotoPart | null = null;
  if (changes.photo && image) {
    const control = controls.get(FIELD.photo);
    if (!control) {
      if (template === 'collective') throw new AppError('host.photoNotInTemplate', { kind: template });
      throw new AppError('host.fieldMissing', { field: FIELD.photo });
    }
    photoPart = await preparePhoto(pkg, mainPart, root, image, limits.maxDepth);
    splices.push(...photoSplices(doc, control, photoPart));
  }

  let touched = false;
  if (photoPart) {
    const nextDoc = applySplices(doc, splices);
    pkg.zip.file(mainPart, nextDoc);
    await commitPhoto(pkg, mainPart, photoPart, changes.photo as Uint8Array, nextDoc, limits.maxDepth);
    touched = true;
  } else if (splices.length) {
    pkg.zip.file(mainPart, applySplices(doc, splices));
    touched = true;
  }
  if (summaryCommit) {
    await summaryCommit(pkg, mainPart, limits.maxDepth);
    touched = true;
  }
  if (changes.setPeriod !== undefined) {
    const ref = parseQuarterLabel(changes.setPeriod);
    if (!ref) throw new AppError('host.invalidArgument', { name: 'period' });
    if (!report) throw new AppError('host.invalidArgument', { name: 'period' });
    const root = report.root;
    const tagEnd = root.selfClosing ? root.end : root.innerStart;
    const tag = report.text.slice(root.start, tagEnd);
    const next = /\speriod="[^"]*"/.test(tag)
      ? tag.replace(/\speriod="[^"]*"/, ` period="${ref.label}"`)
      : tag.replace(/\s*(\/?>)$/, ` period="${ref.label}"$1`);
    const text = applySplices(report.text, [{ start: root.start, end: tagEnd, text: next }]);
    pkg.zip.file(report.part, text);
    // An appended send below must see the new text.
    if (changes.appendSend) report = (await findReportPart(pkg, limits.maxDepth)) ?? report;
    touched = true;
  }
  if (changes.appendSend) {
    await appendSend(pkg, mainPart, report, template, changes.appendSend, limits.maxDepth);
    touched = true;
  }
  if (!touched) return bytes.slice();
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function isPlaceholderStyle(el: XmlElement): boolean {
  return isW(el, 'rStyle') && wAttr(el, 'val') === 'PlaceholderText';
}

/** The source of a run's rPr without a PlaceholderText style; '' when none. */
function cleanRPr(doc: string, run: XmlElement | undefined): string {
  const rPr = wChild(run, 'rPr');
  if (!rPr) return '';
  return withoutChildren(doc, rPr, isPlaceholderStyle);
}

/** Splices that set or clear the `showingPlcHdr` flag in a control's sdtPr. */
function placeholderFlag(doc: string, control: FoundControl, on: boolean): Splice[] {
  const sdtPr = control.sdtPr;
  const q = qualifier(control.sdt.prefix);
  if (!sdtPr) {
    return on ? [{ start: control.sdt.innerStart, end: control.sdt.innerStart, text: `<${q('sdtPr')}><${q('showingPlcHdr')}/></${q('sdtPr')}>` }] : [];
  }
  const flags = elements(sdtPr).filter((c) => isW(c, 'showingPlcHdr'));
  if (!on) return flags.map((f) => ({ start: f.start, end: f.end, text: '' }));
  if (flags.length) return [];
  if (sdtPr.selfClosing) return [{ start: sdtPr.start, end: sdtPr.end, text: withoutChildren(doc, sdtPr, () => false, `<${q('showingPlcHdr')}/>`) }];
  let at = sdtPr.innerStart;
  for (const c of elements(sdtPr)) if (c.uri === NS.w && SDTPR_BEFORE_PLCHDR.has(c.local)) at = c.end;
  return [{ start: at, end: at, text: `<${q('showingPlcHdr')}/>` }];
}

/** A splice replacing the control's content (creating sdtContent when it is missing or empty). */
function setContent(control: FoundControl, xml: string): Splice {
  const q = qualifier(control.sdt.prefix);
  const content = control.content;
  if (content && !content.selfClosing) return { start: content.innerStart, end: content.innerEnd, text: xml };
  const wrapped = `<${q('sdtContent')}>${xml}</${q('sdtContent')}>`;
  if (content) return { start: content.start, end: content.end, text: wrapped };
  const after = wChild(control.sdt, 'sdtEndPr') ?? control.sdtPr;
  const at = after ? after.end : control.sdt.innerStart;
  return { start: at, end: at, text: wrapped };
}

function instructionOf(fieldId: string, template: TemplateKind | null, control: FoundControl): string {
  const spec = specFor(fieldId, template);
  if (spec) return spec.instruction;
  const alias = wChild(control.sdtPr, 'alias');
  return (alias && wAttr(alias, 'val')) || fieldId;
}

function editField(doc: string, control: FoundControl, value: string, template: TemplateKind | null): Splice[] {
  const spec = specFor(control.fieldId, template);
  if (spec && (spec.kind === 'picture' || spec.kind === 'table')) throw new AppError('host.editUnsupported', { field: control.fieldId });
  const q = qualifier(control.sdt.prefix);
  const clean = sanitizeText(value);
  const empty = clean.trim() === '';
  const instruction = instructionOf(control.fieldId, template, control);
  const content = control.content;
  const firstRun = content ? findFirst(content, (e) => isW(e, 'r')) : undefined;
  const splices = placeholderFlag(doc, control, empty);

  if (control.inline) {
    const xml = empty ? placeholderRun(instruction, q) : textRun(clean, cleanRPr(doc, firstRun), q);
    splices.push(setContent(control, xml));
    return splices;
  }
  if (content && findFirst(content, (e) => isW(e, 'tbl'))) throw new AppError('host.editUnsupported', { field: control.fieldId });
  // Block level: one paragraph per line, formatted like the control's first paragraph and run.
  const firstP = content ? findFirst(content, (e) => isW(e, 'p')) : undefined;
  const pPrEl = wChild(firstP, 'pPr');
  const sectPrs = content ? findAll(content, (e) => isW(e, 'sectPr')) : [];
  const keptSectPr = sectPrs.length ? doc.slice(sectPrs[sectPrs.length - 1].start, sectPrs[sectPrs.length - 1].end) : '';
  const pPrFor = (last: boolean): string => {
    const extra = last ? keptSectPr : '';
    if (pPrEl) return withoutChildren(doc, pPrEl, (c) => isW(c, 'sectPr') || isW(c, 'rPr'), extra);
    return extra ? `<${q('pPr')}>${extra}</${q('pPr')}>` : '';
  };
  const firstRunInP = firstP ? findFirst(firstP, (e) => isW(e, 'r')) : undefined;
  const rPr = cleanRPr(doc, firstRunInP);
  const lines = empty ? [] : clean.split('\n');
  let xml: string;
  if (empty) xml = paragraph(placeholderRun(instruction, q), pPrFor(true), q);
  else xml = lines.map((line, i) => paragraph(textRun(line, rPr, q), pPrFor(i === lines.length - 1), q)).join('');
  splices.push(setContent(control, xml));
  return splices;
}


const TRPR_DROP = new Set(['tblHeader', 'ins', 'del', 'trPrChange', 'cnfStyle']);
const TCPR_DROP = new Set(['vMerge', 'hMerge', 'cellIns', 'cellDel', 'cellMerge', 'tcPrChange', 'cnfStyle']);

function editTable(doc: string, control: FoundControl, models: ModelValues[], headerText?: readonly string[]): Splice[] {
  const tbl = tableIn(control.content);
  if (!tbl) throw new AppError('host.tableMissing', { field: control.fieldId });
  const rows = tableRows(tbl);
  if (rows.length === 0) throw new AppError('host.tableMissing', { field: control.fieldId });
  const q = qualifier(tbl.prefix);
  const header = rows[0];
  const body = rows.slice(1);
  const proto = body.find((r) => !isDeletedRow(r.tr))?.tr ?? header.tr;
  const protoCells = rowCells(proto);

  // Rows never split across pages; the header row repeats on each page. CT_TrPr's children are a choice
  // group in any order, so the flags go at the end.
  const trPrEl = wChild(proto, 'trPr');
  const cantSplit = `<${q('cantSplit')}/>`;
  const isCantSplit = (c: XmlElement): boolean => isW(c, 'cantSplit');
  const trPr = trPrEl
    ? withoutChildren(doc, trPrEl, (c) => (c.uri === NS.w && TRPR_DROP.has(c.local)) || isCantSplit(c), cantSplit)
    : `<${q('trPr')}>${cantSplit}</${q('trPr')}>`;
  const headerSplices = headerRowFlags(doc, header.tr, q);
  const tblPrExEl = wChild(proto, 'tblPrEx');
  const tblPrEx = tblPrExEl ? doc.slice(tblPrExEl.start, tblPrExEl.end) : '';
  const headerCells = rowCells(header.tr);

  const cellXml = (col: number, value: string): string => {
    const tc = protoCells[col] ?? headerCells[col] ?? protoCells[protoCells.length - 1];
    const tcPrEl = wChild(tc, 'tcPr');
    const tcPr = tcPrEl ? withoutChildren(doc, tcPrEl, (c) => c.uri === NS.w && TCPR_DROP.has(c.local)) : '';
    const firstP = tc ? findFirst(tc, (e) => isW(e, 'p')) : undefined;
    const pPrEl = wChild(firstP, 'pPr');
    const pPr = pPrEl ? withoutChildren(doc, pPrEl, (c) => isW(c, 'sectPr') || isW(c, 'rPr')) : '';
    const firstRun = firstP ? findFirst(firstP, (e) => isW(e, 'r')) : undefined;
    // The header's bold run formatting is not wanted in body rows.
    const rPr = proto === header.tr ? '' : cleanRPr(doc, firstRun);
    const lines = sanitizeText(value).split('\n');
    const paragraphs = lines.map((line) => paragraph(textRun(line, rPr, q), pPr, q)).join('');
    return `<${q('tc')}>${tcPr}${paragraphs}</${q('tc')}>`;
  };

  const values = models.length ? models : [emptyModelRow()];
  const match = matchColumns(headerText ?? MODEL_COLUMNS.map((c) => c.header));
  const columnCount = Math.max(headerText?.length ?? MODEL_COLUMNS.length, 1);
  const xml = values
    .map((m, i) => {
      const cells = rowValues(m, i, match, columnCount);
      return `<${q('tr')}>${tblPrEx}${trPr}${cells.map((v, col) => cellXml(col, v)).join('')}</${q('tr')}>`;
    })
    .join('');
  if (body.length === 0) return [...headerSplices, { start: header.carrier.end, end: header.carrier.end, text: xml }];
  return [...headerSplices, { start: body[0].carrier.start, end: body[body.length - 1].carrier.end, text: xml }];
}

/** Splices giving the header row `w:tblHeader` and `w:cantSplit` when it lacks them (another program dropped them). */
function headerRowFlags(doc: string, tr: XmlElement, q: (l: string) => string): Splice[] {
  const trPr = wChild(tr, 'trPr');
  const missing = ['tblHeader', 'cantSplit'].filter((name) => !wChild(trPr, name)).map((name) => `<${q(name)}/>`).join('');
  if (!missing) return [];
  if (!trPr) {
    const before = wChild(tr, 'tblPrEx');
    const at = before ? before.end : tr.innerStart;
    return [{ start: at, end: at, text: `<${q('trPr')}>${missing}</${q('trPr')}>` }];
  }
  if (trPr.selfClosing) return [{ start: trPr.start, end: trPr.end, text: withoutChildren(doc, trPr, () => false, missing) }];
  return [{ start: trPr.innerEnd, end: trPr.innerEnd, text: missing }];
}

/**
 * Appends a send to the report part; with `send` null, only makes sure the part exists (records the template when a
 * repair finds a report without it, DESIGN.md §8).
 */
export async function appendSend(
  pkg: DocxPackage,
  mainPart: string,
  report: FoundReportPart | null,
  template: TemplateKind | null,
  send: SendRecord | null,
  maxDepth: number,
): Promise<void> {
  if (report && !send) return;
  if (report && send) {
    const root = report.root;
    const q = qualifier(root.prefix);
    const element = sendElementXml(send, q);
    const text = root.selfClosing
      ? applySplices(report.text, [{ start: root.start, end: root.end, text: withoutChildren(report.text, root, () => false, element) }])
      : applySplices(report.text, [{ start: root.innerEnd, end: root.innerEnd, text: element }]);
    pkg.zip.file(report.part, text);
    return;
  }
  // No report part yet: create customXml/itemN.xml (+ itemProps, rels), link it and declare its types.
  let n = 1;
  while (pkg.find(`customXml/item${n}.xml`) || pkg.find(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  pkg.zip.file(item, buildReportXml({ template: template ? { id: template, version: TEMPLATES[template].version } : null, sends: send ? [send] : [] }));
  pkg.zip.file(props, reportCustomXmlProps());
  pkg.zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `${declaration}<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL.customXmlProps}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  // Link from the main document's relationships.
  const relsName = pkg.find(relsPartOf(mainPart)) ?? relsPartOf(mainPart);
  const up = '../'.repeat(partDir(mainPart).split('/').length - 1);
  const relXml = (id: string): string => `<Relationship Id="${id}" Type="${REL.customXml}" Target="${up}${item}"/>`;
  const relsText = await pkg.readText(relsName);
  if (relsText === null) {
    pkg.zip.file(relsName, `${declaration}<Relationships xmlns="${NS.rels}">${relXml('rId1')}</Relationships>`);
  } else {
    const relsRoot = parseXml(relsText, relsName, maxDepth);
    const ids = new Set(elements(relsRoot).map((e) => attr(e, '', 'Id')));
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    pkg.zip.file(relsName, insertAtEnd(relsText, relsRoot, relXml(`rId${k}`)));
  }

  // Content types: itemProps always needs an Override; the item needs one unless "xml" has a Default.
  const ctName = pkg.find('[Content_Types].xml') ?? '[Content_Types].xml';
  const ctText = await pkg.readText(ctName);
  if (ctText !== null) {
    const ctRoot = parseXml(ctText, ctName, maxDepth);
    const q = qualifier(ctRoot.prefix);
    const hasXmlDefault = elements(ctRoot).some((e) => isEl(e, NS.ct, 'Default') && attr(e, '', 'Extension')?.toLowerCase() === 'xml');
    let extra = `<${q('Override')} PartName="/${props}" ContentType="${CUSTOM_XML_PROPS_TYPE}"/>`;
    if (!hasXmlDefault) extra += `<${q('Override')} PartName="/${item}" ContentType="application/xml"/>`;
    pkg.zip.file(ctName, insertAtEnd(ctText, ctRoot, extra));
  }
}

/** The source with `xml` added as the root element's last children. */
function insertAtEnd(source: string, root: XmlElement, xml: string): string {
  if (root.selfClosing) return applySplices(source, [{ start: root.start, end: root.end, text: withoutChildren(source, root, () => false, xml) }]);
  return applySplices(source, [{ start: root.innerEnd, end: root.innerEnd, text: xml }]);
}

// ---------------------------------------------------------------- summary paragraphs

/** True when a control shows its placeholder, or holds nothing but blanks or its instruction. */
function showsNothing(control: FoundControl, template: TemplateKind | null): boolean {
  if (control.showingPlcHdr || !control.content) return true;
  let text = '';
  const stack: XmlElement[] = [control.content];
  while (stack.length) {
    const cur = stack.pop() as XmlElement;
    if (isW(cur, 't')) text += cur.children.filter((c): c is string => typeof c === 'string').join('');
    for (const c of cur.children) if (typeof c === 'object') stack.push(c);
  }
  const plain = comparable(text);
  return plain === '' || plain === comparable(instructionOf(control.fieldId, template, control));
}

/** A splice adding one paragraph per line at the end of a block-level control, formatted like its first paragraph. */
function appendParagraphs(doc: string, control: FoundControl, lines: string[]): Splice {
  const content = control.content as XmlElement;
  const q = qualifier(control.sdt.prefix);
  const firstP = findFirst(content, (e) => isW(e, 'p'));
  const pPrEl = wChild(firstP, 'pPr');
  const pPr = pPrEl ? withoutChildren(doc, pPrEl, (c) => isW(c, 'sectPr') || isW(c, 'rPr')) : '';
  const rPr = cleanRPr(doc, firstP ? findFirst(firstP, (e) => isW(e, 'r')) : undefined);
  const xml = lines.map((line) => paragraph(textRun(line, rPr, q), pPr, q)).join('');
  if (content.selfClosing) return { start: content.start, end: content.end, text: `<${q('sdtContent')}>${xml}</${q('sdtContent')}>` };
  return { start: content.innerEnd, end: content.innerEnd, text: xml };
}

// ---------------------------------------------------------------- photo

interface PhotoPart {
  info: ImageInfo;
  /** Zip entry name of the new media part. */
  name: string;
  relId: string;
  /** Target relative to the main part's folder. */
  target: string;
  docPrId: number;
  /** Relationship of the picture being replaced, if any. */
  oldRelId?: string;
}

/** Names and ids for the new picture (nothing is written yet). */
async function preparePhoto(pkg: DocxPackage, mainPart: string, root: XmlElement, info: ImageInfo, maxDepth: number): Promise<PhotoPart> {
  const rels = await readRelationships(pkg, mainPart, maxDepth);
  const ids = new Set(rels.map((r) => r.id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const ext = info.type === 'jpeg' ? 'jpeg' : 'png';
  const dir = partDir(mainPart);
  let n = 1;
  while (pkg.find(`${dir}media/bctt-photo${n}.${ext}`)) n++;
  // Drawing ids (wp:docPr/@id) must stay unique in the document: take the next after the largest in use.
  let maxDocPr = 0;
  findFirst(root, (e) => {
    if (isEl(e, NS.wp, 'docPr')) maxDocPr = Math.max(maxDocPr, Number(attr(e, '', 'id')) || 0);
    return false;
  });
  return {
    info,
    name: `${dir}media/bctt-photo${n}.${ext}`,
    relId: `rId${k}`,
    target: `media/bctt-photo${n}.${ext}`,
    docPrId: maxDocPr + 1,
  };
}

/** Splices putting the picture into the control (its content replaced) and clearing showingPlcHdr. */
function photoSplices(doc: string, control: FoundControl, photo: PhotoPart): Splice[] {
  const q = qualifier(control.sdt.prefix);
  const extent = fitExtent(photo.info.width, photo.info.height, PHOTO_FRAME.maxWidthEmu, PHOTO_FRAME.maxHeightEmu);
  const content = control.content;
  const oldBlip = content ? findFirst(content, (e) => isEl(e, NS.a, 'blip')) : undefined;
  const oldRelId = oldBlip ? attr(oldBlip, NS.r, 'embed') : undefined;
  if (oldRelId) photo.oldRelId = oldRelId;
  // The drawing builder writes the `w:` prefix and relies on the document binding `r:`; bind both locally.
  const drawing = inlinePicture({ relId: photo.relId, ...extent, docPrId: photo.docPrId, name: 'Ảnh 4x6', description: 'Hình 4x6' })
    .replace(/^<w:drawing>/, `<${q('drawing')}>`)
    .replace(/<\/w:drawing>$/, `</${q('drawing')}>`)
    .replace('<a:blip r:embed=', `<a:blip xmlns:r="${NS.r}" r:embed=`);
  const firstRun = content ? findFirst(content, (e) => isW(e, 'r')) : undefined;
  const rPr = cleanRPr(doc, firstRun) || `<${q('rPr')}><${q('noProof')}/></${q('rPr')}>`;
  const run = `<${q('r')}>${rPr}${drawing}</${q('r')}>`;
  let xml = run;
  if (!control.inline) {
    const firstP = content ? findFirst(content, (e) => isW(e, 'p')) : undefined;
    const pPrEl = wChild(firstP, 'pPr');
    xml = paragraph(run, pPrEl ? withoutChildren(doc, pPrEl, (c) => isW(c, 'rPr')) : '', q);
  }
  return [...placeholderFlag(doc, control, false), setContent(control, xml)];
}

/** Writes the media part, its relationship and content type; drops the replaced picture when nothing else uses it. */
async function commitPhoto(pkg: DocxPackage, mainPart: string, photo: PhotoPart, bytes: Uint8Array, nextDoc: string, maxDepth: number): Promise<void> {
  pkg.zip.file(photo.name, bytes, { binary: true, createFolders: false });
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const relsName = pkg.find(relsPartOf(mainPart)) ?? relsPartOf(mainPart);
  const relXml = `<Relationship Id="${photo.relId}" Type="${REL.image}" Target="${photo.target}"/>`;
  const relsText = await pkg.readText(relsName);
  let oldTarget: string | null = null;
  if (relsText === null) {
    pkg.zip.file(relsName, `${declaration}<Relationships xmlns="${NS.rels}">${relXml}</Relationships>`);
  } else {
    const relsRoot = parseXml(relsText, relsName, maxDepth);
    const splices: Splice[] = [];
    const stillUsed = photo.oldRelId !== undefined && nextDoc.includes(`"${photo.oldRelId}"`);
    for (const el of elements(relsRoot)) {
      if (!photo.oldRelId || stillUsed || attr(el, '', 'Id') !== photo.oldRelId) continue;
      if (attr(el, '', 'Type') !== REL.image || attr(el, '', 'TargetMode') === 'External') continue;
      oldTarget = resolveTarget(partDir(mainPart), attr(el, '', 'Target') ?? '');
      splices.push({ start: el.start, end: el.end, text: '' });
    }
    if (relsRoot.selfClosing) {
      pkg.zip.file(relsName, `${declaration}<Relationships xmlns="${NS.rels}">${relXml}</Relationships>`);
    } else {
      splices.push({ start: relsRoot.innerEnd, end: relsRoot.innerEnd, text: relXml });
      pkg.zip.file(relsName, applySplices(relsText, splices));
    }
  }
  // The replaced image part goes too, unless another part still links to it.
  if (oldTarget) {
    const stored = pkg.find(oldTarget);
    const base = oldTarget.slice(oldTarget.lastIndexOf('/') + 1);
    let referenced = false;
    for (const name of pkg.names) {
      if (!name.endsWith('.rels') || name === relsName) continue;
      const text = await pkg.readText(name);
      if (text?.includes(base)) referenced = true;
    }
    if (stored && !referenced) pkg.zip.remove(stored);
  }

  const ctName = pkg.find('[Content_Types].xml') ?? '[Content_Types].xml';
  const ctText = await pkg.readText(ctName);
  if (ctText === null) return;
  const ctRoot = parseXml(ctText, ctName, maxDepth);
  const ext = photo.info.type === 'jpeg' ? 'jpeg' : 'png';
  const covered = elements(ctRoot).some((e) => isEl(e, NS.ct, 'Default') && attr(e, '', 'Extension')?.toLowerCase() === ext);
  if (covered) return;
  const q = qualifier(ctRoot.prefix);
  pkg.zip.file(ctName, insertAtEnd(ctText, ctRoot, `<${q('Default')} Extension="${ext}" ContentType="${IMAGE_CONTENT_TYPES[photo.info.type]}"/>`));
}
