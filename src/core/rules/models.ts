/** models.table: the table of exemplary models/projects has rows, every cell filled, TT numbered 1..n. */
import type { DocumentSnapshot, TableSnapshot } from '../snapshot';
import { MODEL_COLUMNS } from '../template';
import type { Finding, RuleConfig } from './types';
import { clean } from './util';

const FIELD = 'moHinh';
/** Column 0 is TT (numbered automatically); the others are written by the person. */
const TT = 0;

function isEmptyRow(row: string[]): boolean {
  for (let c = TT + 1; c < Math.max(row.length, MODEL_COLUMNS.length); c++) if (clean(row[c] ?? '') !== '') return false;
  return true;
}

/** Body rows that count: trailing empty rows are dropped (the template ships one empty row). */
export function meaningfulRows(table: TableSnapshot): string[][] {
  let end = table.rows.length;
  while (end > 0 && isEmptyRow(table.rows[end - 1])) end--;
  return table.rows.slice(0, end);
}

const TT_VALUE = /^(\d+)\.?$/;

export function modelsTable(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  if (!snapshot.template) return [];
  // A missing table (or a deleted control) is reported once, by template.intact, with its fix.
  const table = snapshot.table;
  if (!table || !snapshot.fields[FIELD]) return [];
  const out: Finding[] = [];
  const error = (key: string, params?: Record<string, string | number>, target: Finding['target'] = { fieldId: FIELD }): Finding => ({
    rule: 'models.table',
    severity: 'error',
    field: FIELD,
    message: { key, params },
    target,
  });
  if (table.header.length !== MODEL_COLUMNS.length) {
    out.push(error('findings.models.columns', { count: table.header.length, expected: MODEL_COLUMNS.length }));
  }
  const rows = meaningfulRows(table);
  if (rows.length === 0) {
    out.push(error('findings.models.noRows'));
    return out;
  }
  let numbered = true;
  rows.forEach((row, r) => {
    const tt = clean(row[TT] ?? '');
    const m = TT_VALUE.exec(tt);
    if (!m || Number(m[1]) !== r + 1) numbered = false;
    if (isEmptyRow(row)) {
      out.push(error('findings.models.emptyRow', { row: r + 1 }, { fieldId: FIELD, tableRow: r }));
      return;
    }
    for (let c = TT + 1; c < MODEL_COLUMNS.length; c++) {
      if (clean(row[c] ?? '') !== '') continue;
      const column = MODEL_COLUMNS[c].id;
      out.push(error(`findings.models.emptyCell.${column}`, { row: r + 1 }, { fieldId: FIELD, tableRow: r, column }));
    }
  });
  if (!numbered) {
    out.push({
      rule: 'models.table',
      severity: 'warning',
      field: FIELD,
      message: { key: 'findings.models.numbering', params: { rows: rows.length } },
      target: { fieldId: FIELD, tableRow: 0, column: 'tt' },
      fix: { kind: 'renumberTable' },
    });
  }
  return out;
}
