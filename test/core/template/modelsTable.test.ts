import { isAppError } from '../../../src/core/errors';
import { modelsTable } from '../../../src/core/rules/models';
import {
  DATA_COLUMNS,
  MODEL_COLUMNS,
  isBlankRow,
  matchColumns,
  modelRows,
  readRows,
  rowValues,
  tableRowsOf,
  validateRows,
} from '../../../src/core/template';
import { rowsFromSnapshot, toModelRows } from '../../../src/taskpane/views/models/modelsDraft';
import { rowsFromValues } from '../../../src/word/table';
import { completeCollective, config, HEADER, MODEL_ROW, withRows } from '../../support/snapshots';

/** The official table with its columns reversed: what a person gets by dragging columns around in Word. */
const REVERSED = [...HEADER].reverse();
const reversedRow = (row: string[]): string[] => [...row].reverse();

describe('the models table, one home for every reader', () => {
  it('matches columns by header whatever their order, NFC, case or spacing', () => {
    const m = matchColumns(REVERSED.map((h) => h.normalize('NFD').toUpperCase()));
    expect(m.missing).toEqual([]);
    expect(m.index.tt).toBe(5);
    expect(m.index.ketQua).toBe(0);
    expect(matchColumns([]).missing).toEqual(MODEL_COLUMNS.map((c) => c.id));
  });

  it('reads a reordered table the same way in the rule, the form, the Word host and the file host', () => {
    const snapshot = withRows(completeCollective(), [reversedRow(MODEL_ROW)], REVERSED);
    const expected = Object.fromEntries(DATA_COLUMNS.map((id, i) => [id, MODEL_ROW[i + 1]]));
    expect(modelRows(snapshot.table!)).toEqual([expected]);
    expect(toModelRows(rowsFromSnapshot(snapshot))).toEqual([expected]);
    expect(rowsFromValues([REVERSED, reversedRow(MODEL_ROW)])).toEqual([expected]);
    expect(tableRowsOf(snapshot.table!)).toEqual([expected]);
    // The rule finds no fault in a complete reordered table…
    expect(modelsTable(snapshot, config())).toEqual([]);
    // …and names the right column when a cell is empty (here "Đơn vị thực hiện", fifth from the left).
    const gap = reversedRow(MODEL_ROW.map((c, i) => (i === 2 ? '' : c)));
    const f = modelsTable(withRows(completeCollective(), [gap], REVERSED), config());
    expect(f.map((x) => x.target?.column)).toEqual(['donVi']);
  });

  it('reports a renamed column once instead of an empty cell per row, and offers no renumbering without TT', () => {
    const header = HEADER.map((h, i) => (i === 0 ? 'STT' : h));
    const f = modelsTable(withRows(completeCollective(), [MODEL_ROW, MODEL_ROW.map((c, i) => (i === 0 ? 'x' : c))], header), config());
    expect(f.map((x) => [x.message.key, x.message.params])).toEqual([['findings.models.missingColumns', { missing: 'TT' }]]);
    expect(f.some((x) => x.fix)).toBe(false);
  });

  it('treats a row of spaces, no-break and zero-width spaces as blank', () => {
    expect(isBlankRow({ ten: ' ', donVi: '\u00a0', moTa: '\u200b', loTrinh: '\t\n', ketQua: '' })).toBe(true);
    expect(isBlankRow({ ten: ' ', donVi: '', moTa: 'x', loTrinh: '', ketQua: '' })).toBe(false);
    expect(tableRowsOf({ header: HEADER, rows: [['1', '', '\u200b', '', '', '']] })).toEqual([]);
  });

  it('reads short rows and missing columns as empty text', () => {
    const rows = readRows(['TT', 'Tên mô hình/ công trình'], [['1'], ['2', 'A', 'extra']]);
    expect(rows.map((r) => [r.tt, r.cells.ten, r.cells.ketQua])).toEqual([['1', '', ''], ['2', 'A', '']]);
  });

  it('validates rows before anything is written: strings or absent, NFC, 1-based row numbers', () => {
    expect(validateRows([{ ten: 'Vie\u0323\u0302t', donVi: null }])).toEqual([{ ten: 'Việt', donVi: '', moTa: '', loTrinh: '', ketQua: '' }]);
    for (const [rows, row] of [['rows', 0], [[{}, 5], 2], [[{ ten: 1 }], 1], [[[]], 1]] as const) {
      let error: unknown;
      try {
        validateRows(rows);
      } catch (e) {
        error = e;
      }
      expect(isAppError(error) && [error.messageKey, error.params.row]).toEqual(['host.invalidRow', row]);
    }
    expect(validateRows(Array.from({ length: 5000 }, () => ({ ten: 'x' })))).toHaveLength(5000);
  });

  it('lays a row out in the document order, TT numbered, other columns kept', () => {
    const m = matchColumns([...REVERSED, 'Ghi chú']);
    const row = { ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' };
    expect(rowValues(row, 2, m, 7, ['', '', '', '', '', '', 'giữ'])).toEqual(['E', 'D', 'C', 'B', 'A', '3', 'giữ']);
  });
});
