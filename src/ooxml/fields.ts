/** What the writer needs to know about a template's fields, derived from src/core/template only. */
import { fieldDisplayName, TEMPLATES } from '../core/template';
import type { FieldSpec, TemplateKind } from '../core/template';

/** The content control's alias: the field's display name (label, else the heading or instruction naming it). */
export function aliasOf(_kind: TemplateKind, field: FieldSpec): string {
  return fieldDisplayName(field.id);
}

/** Stable `w:id` for a field's control: 1000 + its position in the template. */
export function controlIdOf(kind: TemplateKind, fieldId: string): number {
  const index = TEMPLATES[kind].fields.findIndex((f) => f.id === fieldId);
  if (index < 0) throw new Error(`Unknown field ${fieldId} for template ${kind}`);
  return 1000 + index;
}

/** Ids of the fields filled with a single line of text (text and year kinds). */
export function textFieldIds(kind: TemplateKind): string[] {
  return TEMPLATES[kind].fields.filter((f) => f.kind === 'text' || f.kind === 'year').map((f) => f.id);
}
