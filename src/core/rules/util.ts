/** Small helpers shared by the rules. */
import type { DocumentSnapshot, FieldSnapshot } from '../snapshot';
import { fieldSpec, TEMPLATES } from '../template';
import type { FieldSpec, TemplateKind } from '../template/types';

/**
 * Whitespace that needs rewriting: any run that is not a single ordinary space (tabs, line breaks, no-break and
 * other Unicode spaces, zero-width space, repeated spaces). Single spaces are left alone, so ordinary prose has
 * almost no matches: replacing every space is several times slower on a 100,000-word text.
 */
const ODD_SPACES = /(?: [\s\u200b]|[^\S ]|\u200b)[\s\u200b]*/g;
const NON_SPACE = /[^\s\u200b]/;

/** NFC, whitespace (no-break spaces too) collapsed to one space, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(ODD_SPACES, ' ').trim();
}

/** True when `text` has nothing but whitespace (no-break and zero-width spaces included). */
export function isBlank(text: string): boolean {
  return !NON_SPACE.test(text);
}

/**
 * Characters that are NFC whatever surrounds them: below U+0300 (no combining mark), precomposed Vietnamese
 * letters, general punctuation. A text made only of these is NFC without the cost of normalising a copy of it.
 */
const SURELY_NFC = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e]*$/;

/** True when `text` is NFC. Cheap for ordinary Vietnamese text: no copy of a long text is made. */
export function isNfcText(text: string): boolean {
  return SURELY_NFC.test(text) || text === text.normalize('NFC');
}

/** `text` in NFC, returning the same string when it already is. */
export function toNfc(text: string): string {
  return isNfcText(text) ? text : text.normalize('NFC');
}

/** Like `clean`, lower-cased, for case-insensitive comparison. */
export function fold(text: string): string {
  return clean(text).toLowerCase();
}

/** The words of a text, split on any whitespace. */
export function tokens(text: string): string[] {
  const c = clean(text);
  return c === '' ? [] : c.split(' ');
}

/**
 * What the person actually wrote in a field, cleaned: '' when the field is absent,
 * shows its placeholder, is blank, or holds nothing but its own instruction.
 */
export function filledText(snapshot: DocumentSnapshot, fieldId: string): string {
  const field = snapshot.fields[fieldId];
  if (!field || field.showingPlaceholder) return '';
  const text = clean(field.text);
  if (text === '') return '';
  const kind = snapshot.template?.id;
  const spec = kind ? fieldSpec(kind, fieldId) : undefined;
  if (spec && fold(spec.instruction) === text.toLowerCase()) return '';
  return text;
}

export function isUnfilled(field: FieldSnapshot | undefined, spec: FieldSpec): boolean {
  if (!field || field.showingPlaceholder || isBlank(field.text)) return true;
  // Far longer than the instruction: cannot be the instruction, whatever its spacing (keeps long summaries cheap).
  if (field.text.length > 4 * spec.instruction.length + 64) return false;
  const text = clean(field.text);
  return text === '' || text.toLowerCase() === fold(spec.instruction);
}

export function templateFields(kind: TemplateKind): FieldSpec[] {
  return TEMPLATES[kind].fields;
}

const VN_OFFSET_MS = 7 * 3600 * 1000;

/** Calendar parts of an instant in Vietnam time (UTC+7, no daylight saving). */
export function vietnamParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "dd/mm/yyyy" for a calendar day. */
export function formatDay(d: { year: number; month: number; day: number }): string {
  return `${two(d.day)}/${two(d.month)}/${String(d.year).padStart(4, '0')}`;
}

/** "dd/mm/yyyy HH:mm" in Vietnam time. */
export function formatInstant(at: Date): string {
  const p = vietnamParts(at);
  return `${formatDay(p)} ${two(p.hour)}:${two(p.minute)}`;
}

/** Round to one decimal (for millimetres and points in messages). */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
