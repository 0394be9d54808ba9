/**
 * The summary (field tomTat) as structured paragraphs in WordprocessingML, both ways:
 * - writing: one `w:p` per block in the template's styles: body text takes the Normal style (Decree 30 layout), a
 *   heading of the writing guide the Heading2 style, bold and italic are `w:b` / `w:i` runs, list paragraphs are
 *   Normal paragraphs numbered through word/numbering.xml (one bullet and one decimal definition of our own, each
 *   ordered list its own numbering instance so it restarts at 1). Text is sanitised (forbidden control characters
 *   removed, NFC) and XML-escaped by editXml's builders; "\n" becomes `w:br`, "\t" `w:tab`.
 * - reading: the control's paragraphs back as blocks (headings by style, lists by `w:numPr` and the numbering
 *   format, bold/italic from run properties), so the browser's editor opens what is in the file.
 */
import { AppError } from '../core/errors';
import {
  MAX_LIST_LEVEL,
  isEmptySummary,
  isListKind,
  normalizeBlocks,
  type SummaryBlock,
  type SummaryRun,
} from '../core/summaryBlocks';
import { FIELD, inferTemplate, type TemplateKind } from '../core/template';
import { escapeAttr } from '../ooxml/escape';
import { applySplices, paragraph, qualifier, textRunContent, withoutChildren, type Splice } from './editXml';
import { comparable, findControls, specFor, type FoundControl } from './fields';
import { resolveLimits, type DocxLimitOptions } from './limits';
import { partDir, readMainDocument, readRelationships, relsPartOf } from './opc';
import { findReportPart, templateOf } from './reportPart';
import { NS, type XmlElement, elements, findAll, findFirst, isOn, isW, ownText, parseXml, wAttr, wChild } from './xml';
import { openPackageForReading, type DocxPackage, type PackageReader } from './zip';
import './messages';

export const REL_NUMBERING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';

/** Style ids the summary is written in (src/ooxml/styles.ts). */
export const SUMMARY_HEADING_STYLE = 'Heading2';

/**
 * Numbering ids reserved for the summary: our two abstract definitions and their instances (bullet, then one per
 * ordered list). Rewriting the summary replaces exactly these, so repeated saves never pile up definitions.
 */
const ABSTRACT_BULLET = 7301;
const ABSTRACT_DECIMAL = 7302;
const NUM_BULLET = 7301;
const NUM_ORDERED_FIRST = 7302;
const RESERVED_MIN = 7301;
const RESERVED_MAX = 7999;
const MAX_ORDERED_LISTS = RESERVED_MAX - NUM_ORDERED_FIRST + 1;

const INDENT_STEP = 567; // 1 cm in twips
const HANGING = 284; // 0.5 cm

function reserved(value: string | undefined): boolean {
  const n = Number(value);
  return Number.isInteger(n) && n >= RESERVED_MIN && n <= RESERVED_MAX;
}

function levelsXml(kind: 'bullet' | 'decimal'): string {
  const formats = ['decimal', 'lowerLetter', 'lowerRoman'];
  let out = '';
  for (let l = 0; l <= MAX_LIST_LEVEL; l++) {
    const fmt = kind === 'bullet' ? 'bullet' : formats[l % formats.length];
    const text = kind === 'bullet' ? (l === 0 ? '-' : l === 1 ? '+' : '•') : l === 0 ? `%${l + 1}.` : `%${l + 1})`;
    const left = INDENT_STEP * (l + 1) + HANGING;
    out +=
      `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${escapeAttr(text)}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${HANGING}"/></w:pPr>` +
      (kind === 'bullet'
        ? '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr>'
        : '') +
      '</w:lvl>';
  }
  return out;
}

function abstractNumsXml(): string {
  return (
    `<w:abstractNum w:abstractNumId="${ABSTRACT_BULLET}"><w:multiLevelType w:val="hybridMultilevel"/><w:name w:val="BCTT summary bullets"/>${levelsXml('bullet')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="${ABSTRACT_DECIMAL}"><w:multiLevelType w:val="hybridMultilevel"/><w:name w:val="BCTT summary numbers"/>${levelsXml('decimal')}</w:abstractNum>`
  );
}

function numsXml(orderedLists: number): string {
  let out = `<w:num w:numId="${NUM_BULLET}"><w:abstractNumId w:val="${ABSTRACT_BULLET}"/></w:num>`;
  for (let k = 0; k < orderedLists; k++) {
    out +=
      `<w:num w:numId="${NUM_ORDERED_FIRST + k}"><w:abstractNumId w:val="${ABSTRACT_DECIMAL}"/>` +
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
  }
  return out;
}

/**
 * Puts our numbering definitions into the package (creating word/numbering.xml, its relationship and content type
 * when missing); earlier definitions of ours are replaced, everything else in the part stays as it was.
 */
async function writeNumbering(
  pkg: DocxPackage,
  mainPart: string,
  orderedLists: number,
  maxDepth: number,
): Promise<void> {
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rels = await readRelationships(pkg, mainPart, maxDepth);
  const existing = rels.find((r) => r.type === REL_NUMBERING && !r.external);
  const stored = existing ? pkg.find(existing.target) : null;
  if (stored) {
    const text = (await pkg.readText(stored)) ?? '';
    const root = parseXml(text, stored, maxDepth);
    if (!isW(root, 'numbering')) throw new AppError('docx.badXml', { part: stored, detail: 'no w:numbering' });
    const q = qualifier(root.prefix);
    const ours = (xml: string): string =>
      root.prefix === 'w' ? xml : xml.replace(/<(\/?)w:/g, `<$1${q('')}`).replace(/ w:/g, ` ${q('')}`);
    const splices: Splice[] = [];
    let firstNum: XmlElement | undefined;
    let cleanup: XmlElement | undefined;
    for (const el of elements(root)) {
      if (isW(el, 'abstractNum') && reserved(wAttr(el, 'abstractNumId')))
        splices.push({ start: el.start, end: el.end, text: '' });
      else if (isW(el, 'num') && reserved(wAttr(el, 'numId'))) splices.push({ start: el.start, end: el.end, text: '' });
      else if (isW(el, 'num')) firstNum ??= el;
      else if (isW(el, 'numIdMacAtCleanup')) cleanup = el;
    }
    if (root.selfClosing) {
      pkg.zip.file(
        stored,
        applySplices(text, [
          {
            start: root.start,
            end: root.end,
            text: withoutChildren(text, root, () => false, ours(abstractNumsXml() + numsXml(orderedLists))),
          },
        ]),
      );
      return;
    }
    // Schema order: every abstractNum before the first num; nums before numIdMacAtCleanup.
    const absAt = firstNum ? firstNum.start : cleanup ? cleanup.start : root.innerEnd;
    const numAt = cleanup ? cleanup.start : root.innerEnd;
    if (absAt === numAt)
      splices.push({ start: absAt, end: absAt, text: ours(abstractNumsXml() + numsXml(orderedLists)) });
    else
      splices.push(
        { start: absAt, end: absAt, text: ours(abstractNumsXml()) },
        { start: numAt, end: numAt, text: ours(numsXml(orderedLists)) },
      );
    pkg.zip.file(stored, applySplices(text, splices));
    return;
  }
  const dir = partDir(mainPart);
  let name = `${dir}numbering.xml`;
  for (let n = 2; pkg.find(name); n++) name = `${dir}numbering${n}.xml`;
  pkg.zip.file(
    name,
    `${declaration}<w:numbering xmlns:w="${NS.w}">${abstractNumsXml()}${numsXml(orderedLists)}</w:numbering>`,
  );
  const relsName = pkg.find(relsPartOf(mainPart)) ?? relsPartOf(mainPart);
  const relsText = await pkg.readText(relsName);
  const ids = new Set(rels.map((r) => r.id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const relXml = `<Relationship Id="rId${k}" Type="${REL_NUMBERING}" Target="${name.slice(dir.length)}"/>`;
  if (relsText === null) {
    pkg.zip.file(relsName, `${declaration}<Relationships xmlns="${NS.rels}">${relXml}</Relationships>`);
  } else {
    const relsRoot = parseXml(relsText, relsName, maxDepth);
    pkg.zip.file(relsName, insertAtEnd(relsText, relsRoot, relXml));
  }
  const ctName = pkg.find('[Content_Types].xml') ?? '[Content_Types].xml';
  const ctText = await pkg.readText(ctName);
  if (ctText !== null) {
    const ctRoot = parseXml(ctText, ctName, maxDepth);
    const q = qualifier(ctRoot.prefix);
    pkg.zip.file(
      ctName,
      insertAtEnd(ctText, ctRoot, `<${q('Override')} PartName="/${name}" ContentType="${NUMBERING_TYPE}"/>`),
    );
  }
}

function insertAtEnd(source: string, root: XmlElement, xml: string): string {
  if (root.selfClosing)
    return applySplices(source, [
      { start: root.start, end: root.end, text: withoutChildren(source, root, () => false, xml) },
    ]);
  return applySplices(source, [{ start: root.innerEnd, end: root.innerEnd, text: xml }]);
}

/** Numbering instance of each list paragraph: bullets share one, each run of ordered paragraphs gets its own. */
function listNumIds(blocks: readonly SummaryBlock[]): { ids: (number | null)[]; orderedLists: number } {
  const ids: (number | null)[] = [];
  let orderedLists = 0;
  let previous: SummaryBlock | null = null;
  for (const b of blocks) {
    if (b.kind === 'bullet') ids.push(NUM_BULLET);
    else if (b.kind === 'ordered') {
      // A new list starts after anything that is not a list paragraph, or at level 0 after a bullet list.
      const continues = previous && isListKind(previous.kind) && (previous.kind === 'ordered' || (b.level ?? 0) > 0);
      if (!continues || orderedLists === 0) orderedLists++;
      ids.push(NUM_ORDERED_FIRST + Math.min(orderedLists, MAX_ORDERED_LISTS) - 1);
    } else ids.push(null);
    previous = b;
  }
  return { ids, orderedLists: Math.min(orderedLists, MAX_ORDERED_LISTS) };
}

function runXml(run: SummaryRun, q: (l: string) => string): string {
  const content = textRunContent(run.text, q);
  if (!content) return '';
  let rPr = '';
  if (run.bold) rPr += `<${q('b')}/><${q('bCs')}/>`;
  if (run.italic) rPr += `<${q('i')}/><${q('iCs')}/>`;
  return `<${q('r')}>${rPr ? `<${q('rPr')}>${rPr}</${q('rPr')}>` : ''}${content}</${q('r')}>`;
}

/** The control's paragraphs for `blocks` (already normalised, not empty); `sectPr` goes into the last paragraph. */
function blocksXml(
  blocks: readonly SummaryBlock[],
  numIds: readonly (number | null)[],
  sectPr: string,
  q: (l: string) => string,
): string {
  return blocks
    .map((b, i) => {
      let inner = '';
      if (b.kind === 'heading') inner += `<${q('pStyle')} ${q('val')}="${SUMMARY_HEADING_STYLE}"/>`;
      const numId = numIds[i];
      if (numId !== null && numId !== undefined) {
        inner += `<${q('numPr')}><${q('ilvl')} ${q('val')}="${b.level ?? 0}"/><${q('numId')} ${q('val')}="${numId}"/></${q('numPr')}>`;
      }
      if (i === blocks.length - 1) inner += sectPr;
      const pPr = inner ? `<${q('pPr')}>${inner}</${q('pPr')}>` : '';
      return paragraph(b.runs.map((r) => runXml(r, q)).join(''), pPr, q);
    })
    .join('');
}

export interface SummaryWrite {
  /** Splices of the main document part. */
  splices: Splice[];
  /** Applies the package changes besides document.xml (numbering); call once the document part is written. */
  commit: (pkg: DocxPackage, mainPart: string, maxDepth: number) => Promise<void>;
}

/**
 * The edit writing `input` into the summary control: its content replaced by the blocks' paragraphs (a section break
 * kept in the last one); an empty summary is left to `empty()` (the caller restores the placeholder).
 */
export function summaryWrite(
  doc: string,
  control: FoundControl,
  input: readonly SummaryBlock[],
  placeholderFlagOff: Splice[],
  setContent: (xml: string) => Splice,
): SummaryWrite | null {
  const blocks = normalizeBlocks(input);
  if (isEmptySummary(blocks)) return null;
  if (control.inline) throw new AppError('host.editUnsupported', { field: control.fieldId });
  const content = control.content;
  if (content && findFirst(content, (e) => isW(e, 'tbl')))
    throw new AppError('host.editUnsupported', { field: control.fieldId });
  const q = qualifier(control.sdt.prefix);
  const sectPrs = content ? findAll(content, (e) => isW(e, 'sectPr')) : [];
  const sectPr = sectPrs.length ? doc.slice(sectPrs[sectPrs.length - 1].start, sectPrs[sectPrs.length - 1].end) : '';
  const { ids, orderedLists } = listNumIds(blocks);
  const xml = blocksXml(blocks, ids, sectPr, q);
  const hasLists = ids.some((id) => id !== null);
  return {
    splices: [...placeholderFlagOff, setContent(xml)],
    commit: async (pkg, mainPart, maxDepth) => {
      if (hasLists) await writeNumbering(pkg, mainPart, orderedLists, maxDepth);
    },
  };
}



// ---------------------------------------------------------------- reading

interface NumberingFormats {
  /** numId -> ilvl -> numFmt */
  format(numId: string, ilvl: number): string | undefined;
}

async function readNumbering(pkg: PackageReader, mainPart: string, maxDepth: number): Promise<NumberingFormats> {
  const rels = await readRelationships(pkg, mainPart, maxDepth);
  const rel = rels.find((r) => r.type === REL_NUMBERING && !r.external);
  const stored = rel ? pkg.find(rel.target) : null;
  const text = stored ? await pkg.readText(stored) : null;
  const abstracts = new Map<string, Map<number, string>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, string> }>();
  if (text && stored) {
    const root = parseXml(text, stored, maxDepth);
    const levelsOf = (el: XmlElement): Map<number, string> => {
      const out = new Map<number, string>();
      for (const lvl of elements(el)) {
        if (!isW(lvl, 'lvl')) continue;
        const fmt = wChild(lvl, 'numFmt');
        out.set(Number(wAttr(lvl, 'ilvl') ?? 0), (fmt && wAttr(fmt, 'val')) || 'decimal');
      }
      return out;
    };
    for (const el of elements(root)) {
      if (isW(el, 'abstractNum')) abstracts.set(wAttr(el, 'abstractNumId') ?? '', levelsOf(el));
      else if (isW(el, 'num')) {
        const abs = wChild(el, 'abstractNumId');
        const overrides = new Map<number, string>();
        for (const o of elements(el)) {
          if (!isW(o, 'lvlOverride')) continue;
          const lvl = wChild(o, 'lvl');
          const fmt = lvl ? wChild(lvl, 'numFmt') : undefined;
          if (fmt) overrides.set(Number(wAttr(o, 'ilvl') ?? 0), wAttr(fmt, 'val') ?? 'decimal');
        }
        nums.set(wAttr(el, 'numId') ?? '', { abstractId: (abs && wAttr(abs, 'val')) ?? '', overrides });
      }
    }
  }
  return {
    format(numId, ilvl) {
      const num = nums.get(numId);
      if (!num) return undefined;
      return (
        num.overrides.get(ilvl) ?? abstracts.get(num.abstractId)?.get(ilvl) ?? abstracts.get(num.abstractId)?.get(0)
      );
    },
  };
}

/** Heading paragraph styles as Word, LibreOffice and Google Docs name them ("Heading2", "heading 2", "Title"…). */
function isHeadingStyle(styleId: string | undefined): boolean {
  return !!styleId && /^(heading\s*[1-9]|title|subtitle)$/i.test(styleId);
}

/** Runs of inline content with their bold/italic, transparent containers read through, field codes skipped. */
function inlineRuns(container: XmlElement, out: SummaryRun[], fields: ('code' | 'result')[]): void {
  for (const c of container.children) {
    if (typeof c === 'string' || c.uri !== NS.w) continue;
    switch (c.local) {
      case 'r': {
        const rPr = wChild(c, 'rPr');
        const rStyle = wChild(rPr, 'rStyle');
        const style = rStyle ? (wAttr(rStyle, 'val') ?? '') : '';
        const bold = isOn(wChild(rPr, 'b')) || /^(strong|bold)/i.test(style);
        const italic = isOn(wChild(rPr, 'i')) || /^(emphasis|italic)/i.test(style);
        let text = '';
        for (const e of c.children) {
          if (typeof e === 'string' || e.uri !== NS.w) continue;
          if (e.local === 'fldChar') {
            const type = wAttr(e, 'fldCharType');
            if (type === 'begin') fields.push('code');
            else if (type === 'separate' && fields.length) fields[fields.length - 1] = 'result';
            else if (type === 'end') fields.pop();
            continue;
          }
          if (fields[fields.length - 1] === 'code') continue;
          if (e.local === 't') text += ownText(e);
          else if (e.local === 'tab' || e.local === 'ptab') text += '\t';
          else if (e.local === 'br' || e.local === 'cr') text += '\n';
          else if (e.local === 'noBreakHyphen') text += '-';
        }
        if (text) out.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
        break;
      }
      case 'sdt': {
        const content = wChild(c, 'sdtContent');
        if (content) inlineRuns(content, out, fields);
        break;
      }
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'ins':
      case 'moveTo':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
        inlineRuns(c, out, fields);
        break;
      // del, moveFrom, proofErr, bookmarks: nothing visible.
    }
  }
}

function paragraphsIn(container: XmlElement, out: XmlElement[]): void {
  for (const c of container.children) {
    if (typeof c === 'string' || c.uri !== NS.w) continue;
    if (c.local === 'p') out.push(c);
    else if (c.local === 'sdt') {
      const content = wChild(c, 'sdtContent');
      if (content) paragraphsIn(content, out);
    } else if (['tbl', 'tr', 'tc', 'customXml', 'ins', 'moveTo'].includes(c.local)) paragraphsIn(c, out);
  }
}

function showsNothing(control: FoundControl, template: TemplateKind | null): boolean {
  if (control.showingPlcHdr || !control.content) return true;
  const text = findAll(control.content, (e) => isW(e, 't'))
    .map(ownText)
    .join('');
  const spec = specFor(control.fieldId, template);
  const plain = comparable(text);
  return plain === '' || (!!spec && plain === comparable(spec.instruction));
}

/**
 * The summary of a .docx as blocks; [] when the control shows its placeholder (or holds only its instruction).
 * Throws docx.fieldMissing when there is no summary control, and the reader's AppErrors for hostile packages.
 */
export async function readSummaryBlocks(bytes: Uint8Array, options: DocxLimitOptions = {}): Promise<SummaryBlock[]> {
  const limits = resolveLimits(options);
  const pkg = await openPackageForReading(bytes, limits);
  const { mainPart, body } = await readMainDocument(pkg, limits);
  const controls = findControls(body);
  const control = controls.get(FIELD.summary);
  if (!control) throw new AppError('host.fieldMissing', { field: FIELD.summary });
  const report = await findReportPart(pkg, limits.maxDepth);
  const template =
    (report ? templateOf(report.root)?.id : null) ??
    inferTemplate(controls.keys());
  if (showsNothing(control, template) || !control.content) return [];
  if (control.inline) {
    const runs: SummaryRun[] = [];
    inlineRuns(control.content, runs, []);
    return normalizeBlocks([{ kind: 'paragraph', runs }]);
  }
  const numbering = await readNumbering(pkg, mainPart, limits.maxDepth);
  const paragraphs: XmlElement[] = [];
  paragraphsIn(control.content, paragraphs);
  const blocks: SummaryBlock[] = paragraphs.map((p) => {
    const pPr = wChild(p, 'pPr');
    const pStyle = wChild(pPr, 'pStyle');
    const styleId = pStyle ? wAttr(pStyle, 'val') : undefined;
    const runs: SummaryRun[] = [];
    inlineRuns(p, runs, []);
    const numPr = wChild(pPr, 'numPr');
    const numIdEl = wChild(numPr, 'numId');
    const numId = numIdEl ? wAttr(numIdEl, 'val') : undefined;
    if (numId && numId !== '0') {
      const ilvlEl = wChild(numPr, 'ilvl');
      const level = Number(ilvlEl ? wAttr(ilvlEl, 'val') : 0) || 0;
      const fmt = numbering.format(numId, level);
      return { kind: fmt === 'bullet' || fmt === 'none' ? 'bullet' : 'ordered', runs, level };
    }
    const outline = wChild(pPr, 'outlineLvl');
    if (isHeadingStyle(styleId) || (outline && Number(wAttr(outline, 'val')) < 9)) {
      // A heading's bold comes from its style: keep only italic as a mark.
      return { kind: 'heading', runs: runs.map((r) => ({ text: r.text, ...(r.italic ? { italic: true } : {}) })) };
    }
    return { kind: 'paragraph', runs };
  });
  return normalizeBlocks(blocks);
}
