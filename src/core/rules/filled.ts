/** What a person wrote in a field, as the rules read it (the instruction left in place counts as nothing). */
import type { DocumentSnapshot, FieldSnapshot } from '../snapshot';
import { fieldSpec } from '../template';
import type { FieldSpec } from '../template/types';
import { clean, fold, isBlank } from '../text/clean';

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
