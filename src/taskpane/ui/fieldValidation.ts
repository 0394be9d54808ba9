/**
 * The fields form, validated by the same rules as the checklist: the form's values are put into the latest
 * snapshot and the field rules run on it, so the form and the checklist can never disagree.
 * Only the field rules run (not the whole `check`): a long summary must not slow down typing.
 */
import { birthYearValid, fieldRequired, nameNoAbbreviation, nameUppercase, resolveConfig, SEVERITY_RANK, unitCityLevel } from '../../core/rules';
import type { Finding, PartialRuleConfig, Rule } from '../../core/rules';
import type { DocumentSnapshot } from '../../core/snapshot';
import { TEMPLATES, type FieldSpec, type TemplateKind } from '../../core/template';

const FIELD_RULES: readonly Rule[] = [fieldRequired, nameUppercase, nameNoAbbreviation, birthYearValid, unitCityLevel];

/** The text fields the form edits, in template order (individual: name, birth year, position; collective: name). */
export function formFields(kind: TemplateKind): FieldSpec[] {
  return TEMPLATES[kind].fields.filter((f) => f.kind === 'text' || f.kind === 'year');
}

/** What the document holds for a field: '' while it shows its placeholder. */
export function documentValue(snapshot: DocumentSnapshot, fieldId: string): string {
  const field = snapshot.fields[fieldId];
  return field && !field.showingPlaceholder ? field.text : '';
}

/** The snapshot with the form's values in place of the fields' texts (fields deleted from the document stay absent). */
export function withValues(snapshot: DocumentSnapshot, values: Readonly<Record<string, string>>): DocumentSnapshot {
  const fields = { ...snapshot.fields };
  for (const [id, text] of Object.entries(values)) {
    const field = fields[id];
    if (!field) continue;
    fields[id] = { ...field, text, showingPlaceholder: text === '', paragraphs: undefined };
  }
  return { ...snapshot, fields };
}

/** Findings of the field rules for the form's values, grouped by field id (the form's fields only, not the summary). */
export function validateFields(
  snapshot: DocumentSnapshot,
  values: Readonly<Record<string, string>>,
  config: PartialRuleConfig,
): Record<string, Finding[]> {
  const substituted = withValues(snapshot, values);
  const cfg = resolveConfig(config);
  const kind = snapshot.template?.id;
  const ids = new Set<string>(kind && TEMPLATES[kind] ? formFields(kind).map((f) => f.id) : []);
  const out: Record<string, Finding[]> = {};
  for (const rule of FIELD_RULES) {
    for (const finding of rule(substituted, cfg)) {
      if (!finding.field || !ids.has(finding.field)) continue;
      (out[finding.field] ??= []).push(finding);
    }
  }
  for (const list of Object.values(out)) list.sort((a, b) => rank(a) - rank(b));
  return out;
}

function rank(f: Finding): number {
  return SEVERITY_RANK[f.severity];
}

/** What the form writes: the value in NFC (some Vietnamese keyboards type decomposed letters); nothing else changes. */
export function valueToWrite(value: string): string {
  return value.normalize('NFC');
}
