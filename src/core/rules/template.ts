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

/**
 * Every field of the template still exists in the document; a deleted one can be restored. Fields another program
 * left without their control (found by alias, docPart, label or heading: DESIGN.md §8) are not deleted: one info
 * finding says what was recognised and how, with the fix that puts the controls back.
 */
export function templateIntact(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  if (!snapshot.template || !TEMPLATES[snapshot.template.id]) return [];
  const out: Finding[] = [];
  const recovered = TEMPLATES[snapshot.template.id].fields.filter((f) => snapshot.fields[f.id]?.via);
  if (recovered.length > 0) {
    const byLabel = recovered.some((f) => snapshot.fields[f.id]?.via === 'label');
    out.push({
      rule: 'template.intact',
      severity: 'info',
      message: { key: byLabel ? 'findings.template.recovered.labels' : 'findings.template.recovered.controls', params: { count: recovered.length } },
      fix: { kind: 'restoreControls' },
    });
  }
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
