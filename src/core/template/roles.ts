/**
 * The template's roles, one home: which field is which, which template a document holds, a field's spec across
 * templates, its display name and the report's subject. Hosts, rules, forms and the writer ask here instead of
 * spelling field ids or guessing on their own.
 */
import { TEMPLATES } from './templates';
import type { FieldId, FieldSpec, Localized, TemplateKind } from './types';

/** Every field id by role. Use these instead of literal ids. */
export const FIELD = {
  /** The 4x6 photo frame (individual). */
  photo: 'anh',
  /** The person's full name, in capitals (individual); the report's subject. */
  fullName: 'hoTen',
  birthYear: 'sinhNam',
  /** Position and workplace (individual). */
  position: 'chucVuDonVi',
  /** The collective's name up to city level (collective); the report's subject. */
  collectiveName: 'tenTapThe',
  /** The summary of achievements (both). */
  summary: 'tomTat',
  /** The models/projects table (both). */
  models: 'moHinh',
} as const satisfies Record<string, FieldId>;

const KINDS: readonly TemplateKind[] = ['individual', 'collective'];

/** Every field id a template may hold, each once, in template order. */
export const ALL_FIELD_IDS: readonly FieldId[] = [...new Set(KINDS.flatMap((k) => TEMPLATES[k].fields.map((f) => f.id)))];

export function isFieldId(value: unknown): value is FieldId {
  return typeof value === 'string' && (ALL_FIELD_IDS as readonly string[]).includes(value);
}

/**
 * A field's spec: from `kind`'s template when given and it has the field, else from any template (a field deleted
 * from one template's document may still be known to the other). undefined for an unknown id.
 */
export function findFieldSpec(fieldId: string, kind?: TemplateKind | null): FieldSpec | undefined {
  const order = kind ? [kind, ...KINDS.filter((k) => k !== kind)] : KINDS;
  for (const k of order) {
    const spec = TEMPLATES[k].fields.find((f) => f.id === fieldId);
    if (spec) return spec;
  }
  return undefined;
}

/**
 * The name a person knows a field by: its printed label ("Họ tên"), else the heading of its section (summary,
 * table), else its instruction ("Hình 4x6"); the id itself when unknown. Also the content control's title (alias),
 * so documents re-saved without tags are still recognised by it.
 */
export function fieldDisplayName(fieldId: string, lang: keyof Localized = 'vi'): string {
  const spec = findFieldSpec(fieldId);
  if (!spec) return fieldId;
  if (spec.label) return spec.label[lang];
  const owner = KINDS.map((k) => TEMPLATES[k]).find((t) => t.fields.includes(spec)) ?? TEMPLATES.individual;
  const headings = lang === 'en' ? owner.headingsEn : owner.headings;
  if (spec.kind === 'richText') return headings.summary;
  if (spec.kind === 'table') return headings.models;
  return lang === 'en' ? spec.instructionEn : spec.instruction;
}

/**
 * Which template a document holds, from the ids of the fields found in it (for documents whose recorded identity
 * cannot be read). Each template scores the fields only it has (individual: photo, name, birth year, position;
 * collective: its name); the higher score wins, a tie goes to the template whose subject field is present, then to
 * the individual form. null when no field belongs to either.
 */
export function inferTemplate(present: Iterable<string>): TemplateKind | null {
  const ids = new Set(present);
  const score = (kind: TemplateKind): number => {
    const other = TEMPLATES[kind === 'individual' ? 'collective' : 'individual'];
    return TEMPLATES[kind].fields.filter((f) => ids.has(f.id) && !other.fields.some((o) => o.id === f.id)).length;
  };
  const scores = KINDS.map((k) => ({ kind: k, score: score(k), subject: ids.has(TEMPLATES[k].subjectField) }));
  scores.sort((a, b) => b.score - a.score || Number(b.subject) - Number(a.subject));
  return scores[0].score > 0 ? scores[0].kind : null;
}

/** The template of a snapshot: its recorded identity when there is one, else inferred from its fields. */
export function templateOf(snapshot: { template: { id: TemplateKind } | null; fields: Record<string, unknown> }): TemplateKind | null {
  if (snapshot.template && TEMPLATES[snapshot.template.id]) return snapshot.template.id;
  return inferTemplate(Object.keys(snapshot.fields));
}

/**
 * The report's subject as written in the document: the person's full name (individual) or the collective's name;
 * '' while the field is missing or shows its placeholder. Not cleaned.
 */
export function subjectName(
  snapshot: { fields: Record<string, { text: string; showingPlaceholder: boolean } | undefined> },
  kind: TemplateKind,
): string {
  const field = snapshot.fields[TEMPLATES[kind].subjectField];
  return field && !field.showingPlaceholder ? field.text : '';
}

/** The subject of a document by its recorded template (a document without one is read as an individual's report). */
export function reportSubjectName(snapshot: {
  template: { id: TemplateKind } | null;
  fields: Record<string, { text: string; showingPlaceholder: boolean } | undefined>;
}): string {
  return subjectName(snapshot, snapshot.template?.id === 'collective' ? 'collective' : 'individual');
}
