/**
 * The models table as Word hands it over (`Table.values`, paragraph marks as "\r"). Columns, rows, matching by
 * header and validation live in src/core/template/modelsTable.ts; this only turns Word's cell text into it.
 */
import { readRows, type ModelRow } from '../core/template';

/** Cell text as the rules and the form see it: Word's paragraph marks (\r) become "\n". */
export function cellText(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?|\u000b/g, '\n');
}

/** Body rows (header excluded) of a table's values as model rows, read by header; missing columns read as ''. */
export function rowsFromValues(values: string[][]): ModelRow[] {
  if (values.length === 0) return [];
  return readRows(values[0].map(cellText), values.slice(1).map((row) => row.map(cellText))).map((r) => r.cells);
}
