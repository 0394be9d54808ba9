/**
 * Recognising our report however it was last saved (DESIGN.md §8). Pure: no OOXML, no Office.
 *
 *   1. by tag (`bctt.<id>`): Word and our writer;
 *   2. by the control's alias/title (the field's label, heading or instruction) or its placeholder docPart name
 *      (`BCTT_<id>`): LibreOffice drops `w:tag` when it re-saves a .docx but keeps both;
 *   3. by the template's own text, when the controls are gone (Google Docs, pandoc, some WPS exports, LibreOffice by
 *      way of .odt): "- Họ tên: …" lines, the section headings, the models table's header row, the title.
 *
 * Hosts describe the document as a list of blocks (paragraphs and tables, in order); `recognizeByText` finds each
 * field in it. The template itself comes from the custom XML part when there is one, else from `templateFromText`.
 */
import { MODEL_COLUMNS } from './columns';
import { TEMPLATES } from './templates';
import type { FieldSpec, TemplateKind } from './types';

/** How a field was found: absent or 'tag' = the normal way. */
export type FieldVia = 'tag' | 'alias' | 'docPart' | 'label';

/** How the template was recognised. */
export type TemplateVia = 'part' | 'controls' | 'headings';

const KINDS: readonly TemplateKind[] = ['individual', 'collective'];

/** Comparable form of a text: NFC, whitespace collapsed, trimmed, lower case (Vietnamese-aware). */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** The names a field's control is known by: its label (vi, en), heading, instruction. */
function namesOf(kind: TemplateKind, field: FieldSpec): string[] {
  const spec = TEMPLATES[kind];
  const out = [field.instruction, field.instructionEn];
  if (field.label) out.push(field.label.vi, field.label.en);
  if (field.kind === 'richText') out.push(spec.headings.summary, spec.headingsEn.summary);
  if (field.kind === 'table') out.push(spec.headings.models, spec.headingsEn.models);
  if (field.kind === 'picture') out.push('Ảnh 4x6', 'Hình 4x6');
  return out;
}

let aliasIndex: Map<string, string> | null = null;

/** The field id a control's alias (Word: title) names, or null when it names none of ours. */
export function fieldIdOfAlias(alias: string | null | undefined): string | null {
  if (!alias) return null;
  if (!aliasIndex) {
    aliasIndex = new Map();
    for (const kind of KINDS) for (const f of TEMPLATES[kind].fields) for (const n of namesOf(kind, f)) aliasIndex.set(comparableText(n), f.id);
  }
  return aliasIndex.get(comparableText(alias)) ?? null;
}

/** The field id of a placeholder docPart name `BCTT_<id>`, or null. */
export function fieldIdOfDocPart(name: string | null | undefined): string | null {
  const m = /^BCTT_([A-Za-z]+)$/.exec(name ?? '');
  if (!m) return null;
  return KINDS.some((k) => TEMPLATES[k].fields.some((f) => f.id === m[1])) ? m[1] : null;
}

/** A block of the document as hosts see it. */
export type TextBlock =
  | { type: 'paragraph'; text: string; /** a picture is in this paragraph */ picture?: boolean }
  | { type: 'table'; rows: string[][]; /** a picture is in the table */ picture?: boolean };

/** The template named by the document's text: its title, form title, or labels; null when none. */
export function templateFromText(blocks: readonly TextBlock[]): TemplateKind | null {
  const lines = blocks.flatMap((b) => (b.type === 'paragraph' ? [comparableText(b.text)] : b.rows.flat().map(comparableText)));
  const has = (text: string): boolean => lines.includes(comparableText(text));
  for (const kind of KINDS) {
    const spec = TEMPLATES[kind];
    if (has(spec.title.vi) || has(spec.title.en) || has(spec.formTitle)) return kind;
  }
  // No title: the labels tell the two apart, if the section headings say it is one of ours at all.
  const headed = KINDS.some((k) => has(TEMPLATES[k].headings.summary) || has(TEMPLATES[k].headings.models));
  if (!headed) return null;
  const starts = (label: string): boolean => lines.some((l) => labelValue(l, label) !== null);
  if (starts(TEMPLATES.collective.fields[0].label?.vi ?? '')) return 'collective';
  if (TEMPLATES.individual.fields.some((f) => f.label && starts(f.label.vi))) return 'individual';
  return null;
}

/** For "- Họ tên: X" / "Họ tên: X" / "Họ tên : X": the offset where X starts in `line`; null when the label is not there. */
export function labelValue(line: string, label: string): number | null {
  if (!label) return null;
  const text = line.normalize('NFC');
  const m = /^[\s\-–•·*]*/.exec(text);
  let at = m ? m[0].length : 0;
  const want = label.normalize('NFC').toLocaleLowerCase('vi');
  if (text.slice(at, at + want.length).toLocaleLowerCase('vi') !== want) return null;
  at += want.length;
  const rest = /^\s*:\s?/.exec(text.slice(at));
  if (!rest) return null;
  return at + rest[0].length;
}

export interface TextFieldFound {
  /** Index of the paragraph block holding the label. */
  block: number;
  /** Offset (in the NFC text) where the value starts, after "Label: ". */
  valueStart: number;
  value: string;
}

export interface TextRecognition {
  /** Text and year fields: the paragraph with their label, and the value written after it. */
  fields: Record<string, TextFieldFound>;
  /** The summary: indices of the paragraphs between its heading and the next heading or table ([] when none). */
  summary: { heading: number; blocks: number[] } | null;
  /** The models table: the index of the table block (after its heading, or matched by its header row). */
  table: { heading: number | null; block: number } | null;
  /** The photo: the first block with a picture before the first label or heading. */
  photo: { block: number } | null;
}

/** How many official column headers a header row carries. */
export function headerMatches(row: readonly string[]): number {
  const keys = new Set(row.map((c) => comparableText(c).replace(/\s*\/\s*/g, '/')));
  return MODEL_COLUMNS.filter((c) => keys.has(comparableText(c.header).replace(/\s*\/\s*/g, '/'))).length;
}

/** Finds the fields of `kind` in the document's text (step 3 above). */
export function recognizeByText(blocks: readonly TextBlock[], kind: TemplateKind): TextRecognition {
  const spec = TEMPLATES[kind];
  const out: TextRecognition = { fields: {}, summary: null, table: null, photo: null };
  const isHeading = (b: TextBlock | undefined, text: string): boolean => b?.type === 'paragraph' && comparableText(b.text) === comparableText(text);
  const headingAt = (texts: string[]): number => blocks.findIndex((b) => texts.some((t) => isHeading(b, t)));
  const summaryHeading = headingAt([spec.headings.summary, spec.headingsEn.summary]);
  const modelsHeading = headingAt([spec.headings.models, spec.headingsEn.models]);
  const allHeadings = new Set([summaryHeading, modelsHeading].filter((i) => i >= 0));

  let firstMark = summaryHeading >= 0 ? summaryHeading : blocks.length;
  for (const f of spec.fields) {
    if ((f.kind !== 'text' && f.kind !== 'year') || !f.label) continue;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.type !== 'paragraph' || allHeadings.has(i)) continue;
      const at = labelValue(b.text, f.label.vi) ?? labelValue(b.text, f.label.en);
      if (at === null) continue;
      out.fields[f.id] = { block: i, valueStart: at, value: b.text.normalize('NFC').slice(at).trim() };
      firstMark = Math.min(firstMark, i);
      break;
    }
  }

  if (summaryHeading >= 0) {
    const list: number[] = [];
    for (let i = summaryHeading + 1; i < blocks.length; i++) {
      if (i === modelsHeading || blocks[i].type !== 'paragraph') break;
      list.push(i);
    }
    // Trailing empty paragraphs belong to no one.
    while (list.length && (blocks[list[list.length - 1]] as { text: string }).text.trim() === '') list.pop();
    out.summary = { heading: summaryHeading, blocks: list };
  }

  const from = modelsHeading >= 0 ? modelsHeading + 1 : 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'table' && b.rows.length > 0 && headerMatches(b.rows[0]) >= 4) {
      out.table = { heading: modelsHeading >= 0 ? modelsHeading : null, block: i };
      break;
    }
    if (modelsHeading >= 0 && b.type === 'table') {
      // The first table after the heading, even with a damaged header.
      out.table = { heading: modelsHeading, block: i };
      break;
    }
  }

  if (spec.fields.some((f) => f.kind === 'picture')) {
    for (let i = 0; i < Math.min(firstMark, blocks.length); i++) {
      if (blocks[i].picture) {
        out.photo = { block: i };
        break;
      }
    }
  }
  return out;
}
