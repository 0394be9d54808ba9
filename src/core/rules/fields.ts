/** field.required: every required field is filled, not left as its placeholder or instruction. */
import type { DocumentSnapshot } from '../snapshot';
import { TEMPLATES } from '../template';
import type { Finding, RuleConfig } from './types';
import { isUnfilled } from './filled';

/**
 * A required text field that shows its placeholder, is blank (spaces, no-break spaces) or holds only its
 * instruction is an error. Absent fields are template.intact's; the picture is photo.present's and the
 * table models.table's, so each problem is reported once.
 */
export function fieldRequired(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  if (!snapshot.template || !TEMPLATES[snapshot.template.id]) return [];
  const out: Finding[] = [];
  for (const spec of TEMPLATES[snapshot.template.id].fields) {
    if (!spec.required || spec.kind === 'picture' || spec.kind === 'table') continue;
    const field = snapshot.fields[spec.id];
    if (!field || !isUnfilled(field, spec)) continue;
    out.push({
      rule: 'field.required',
      severity: 'error',
      field: spec.id,
      message: { key: `findings.field.required.${spec.id}` },
      target: { fieldId: spec.id },
    });
  }
  return out;
}
