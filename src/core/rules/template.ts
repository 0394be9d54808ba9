/** template.present and template.intact. */
import type { DocumentSnapshot } from '../snapshot';
import { FIELD, TEMPLATES } from '../template';
import type { Finding, RuleConfig } from './types';

/** The document holds one of our templates (recorded id and version). */
export function templatePresent(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  if (snapshot.template && TEMPLATES[snapshot.template.id]) return [];
  return [{ rule: 'template.present', severity: 'error', message: { key: 'findings.template.missing' } }];
}

/** True when the models table is gone: its control was deleted, or the table inside it was. */
export function modelsTableMissing(snapshot: DocumentSnapshot): boolean {
  return !snapshot.fields[FIELD.models] || snapshot.table === null;
}

/** Every field of the template still exists in the document; a deleted one can be restored. */
export function templateIntact(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  if (!snapshot.template || !TEMPLATES[snapshot.template.id]) return [];
  const out: Finding[] = [];
  for (const spec of TEMPLATES[snapshot.template.id].fields) {
    const missing = spec.kind === 'table' ? modelsTableMissing(snapshot) : !snapshot.fields[spec.id];
    if (!missing) continue;
    out.push({
      rule: 'template.intact',
      severity: 'error',
      field: spec.id,
      message: { key: `findings.template.fieldMissing.${spec.id}` },
      fix: { kind: 'restoreField', fieldId: spec.id },
    });
  }
  return out;
}
