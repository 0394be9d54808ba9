/**
 * text.bidiControl: no bidirectional control character (right-to-left override and the like) in any field, table
 * cell or the body. Such a character is invisible in the pane yet reverses the text elsewhere ("NGUYỄN THỊ MAI"
 * going out as "NGUYỄN IAM ỊHT"), so it is an error; the fix removes them all.
 */
import type { DocumentSnapshot } from '../snapshot';
import { FIELD } from '../template/roles';
import { bidiControlLabels, hasBidiControls } from '../text/bidi';
import type { Finding, RuleConfig } from './types';

export function textBidiControl(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  const out: Finding[] = [];
  const finding = (text: string, fieldId?: string, tableRow?: number): Finding => ({
    rule: 'text.bidiControl',
    severity: 'error',
    ...(fieldId ? { field: fieldId } : {}),
    message: { key: 'findings.text.bidiControl', params: { chars: bidiControlLabels(text).join(', ') } },
    ...(fieldId ? { target: { fieldId, ...(tableRow !== undefined ? { tableRow } : {}) } } : {}),
    fix: { kind: 'removeBidiControls' },
  });
  let inFields = false;
  for (const field of Object.values(snapshot.fields)) {
    const text = [field.text, ...(field.paragraphs ?? [])].join('\n');
    if (!hasBidiControls(text)) continue;
    inFields = true;
    out.push(finding(text, field.id));
  }
  const rows = snapshot.table?.rows ?? [];
  const row = rows.findIndex((cells) => cells.some(hasBidiControls));
  if (row >= 0) {
    inFields = true;
    out.push(finding(rows.flat().join('\n'), FIELD.models, row));
  }
  // Text outside every field (or a document without our template) is checked too.
  if (!inFields && hasBidiControls(snapshot.bodyText)) out.push(finding(snapshot.bodyText));
  return out;
}
