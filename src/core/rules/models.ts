/** models.table: the table of exemplary models/projects has rows, every cell filled, TT numbered 1..n. */
import type { DocumentSnapshot, TableSnapshot } from '../snapshot';
import { DATA_COLUMNS, isBlankRow, matchColumns, MODEL_COLUMNS, readRows, withoutTrailingBlankRows, type ReadRow } from '../template';
import type { Finding, RuleConfig } from './types';
import { clean, isBlank } from '../text/clean';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.models;

/** Body rows that count, read by header: trailing empty rows are dropped (the template ships one empty row). */
export function meaningfulRows(table: TableSnapshot): ReadRow[] {
  return withoutTrailingBlankRows(readRows(table.header, table.rows), (r) => r.cells);
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
  // Columns are found by their header; a column that is not there is reported once, not once per cell.
  const match = matchColumns(table.header);
  if (table.header.length !== MODEL_COLUMNS.length) {
    out.push(error('findings.models.columns', { count: table.header.length, expected: MODEL_COLUMNS.length }));
  } else if (match.missing.length > 0) {
    const missing = MODEL_COLUMNS.filter((c) => match.missing.includes(c.id)).map((c) => c.header);
    out.push(error('findings.models.missingColumns', { missing: missing.join(', ') }));
  }
  const rows = meaningfulRows(table);
  if (rows.length === 0) {
    out.push(error('findings.models.noRows'));
    return out;
  }
  let numbered = true;
  rows.forEach((row, r) => {
    const m = TT_VALUE.exec(clean(row.tt));
    if (!m || Number(m[1]) !== r + 1) numbered = false;
    if (isBlankRow(row.cells)) {
      out.push(error('findings.models.emptyRow', { row: r + 1 }, { fieldId: FIELD, tableRow: r }));
      return;
    }
    for (const column of DATA_COLUMNS) {
      if (match.index[column] < 0 || !isBlank(row.cells[column])) continue;
      out.push(error(`findings.models.emptyCell.${column}`, { row: r + 1 }, { fieldId: FIELD, tableRow: r, column }));
    }
  });
  // Without a TT column there is nothing to renumber: the missing column is the finding.
  if (!numbered && match.index.tt >= 0) {
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
