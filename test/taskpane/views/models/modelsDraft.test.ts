import {
  DRAFTS_KEY,
  MAX_DRAFTS,
  addRow,
  clearDraft,
  documentKey,
  findingsAt,
  hashText,
  isEmptyRow,
  loadDraft,
  moveRow,
  removeRow,
  restoreRow,
  rowsFromSnapshot,
  rowsToWrite,
  sameRows,
  saveDraft,
  toFormRows,
  toModelRows,
  updateCell,
  validateRows,
  type FormRow,
} from '../../../../src/taskpane/views/models/modelsDraft';
import { templateSnapshot } from '../../../support/fakeHost';

function memory() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

const full = (name: string) => ({ ten: name, donVi: 'Tổ Toán', moTa: 'Mô tả', loTrinh: 'Tháng 9', ketQua: '95 %' });

function names(rows: FormRow[]): string[] {
  return rows.map((r) => r.cells.ten);
}

describe('row editing', () => {
  const rows = toFormRows([full('A'), full('B'), full('C')]);

  it('adds an empty row at the end with a fresh key', () => {
    const next = addRow(rows);
    expect(next).toHaveLength(4);
    expect(isEmptyRow(next[3])).toBe(true);
    expect(new Set(next.map((r) => r.key)).size).toBe(4);
  });

  it('edits one cell of one row, leaving the rest (and the input) untouched', () => {
    const next = updateCell(rows, 1, 'moTa', 'Mới');
    expect(next[1].cells.moTa).toBe('Mới');
    expect(rows[1].cells.moTa).toBe('Mô tả');
    expect(next[0]).toBe(rows[0]);
  });

  it('moves rows up and down and ignores moves out of range', () => {
    expect(names(moveRow(rows, 2, 0))).toEqual(['C', 'A', 'B']);
    expect(names(moveRow(rows, 0, 1))).toEqual(['B', 'A', 'C']);
    expect(names(moveRow(rows, 0, -1))).toEqual(['A', 'B', 'C']);
    expect(names(moveRow(rows, 2, 3))).toEqual(['A', 'B', 'C']);
    expect(names(moveRow([], 0, 0))).toEqual([]);
  });

  it('removes a row and puts it back where it was on undo', () => {
    const { rows: after, removed } = removeRow(rows, 1);
    expect(names(after)).toEqual(['A', 'C']);
    expect(removed?.index).toBe(1);
    expect(names(restoreRow(after, removed!))).toEqual(['A', 'B', 'C']);
    // Undo twice does not duplicate the row.
    expect(names(restoreRow(restoreRow(after, removed!), removed!))).toEqual(['A', 'B', 'C']);
  });

  it('undoes a removal at the end when the table has become shorter since', () => {
    const { removed } = removeRow(rows, 2);
    expect(names(restoreRow(toFormRows([full('X')]), removed!))).toEqual(['X', 'C']);
    expect(removeRow(rows, 7).removed).toBeNull();
  });

  it('compares rows by text and order, not by key', () => {
    expect(sameRows(rows, toFormRows(toModelRows(rows)))).toBe(true);
    expect(sameRows(rows, moveRow(rows, 0, 1))).toBe(false);
    expect(sameRows(rows, rows.slice(1))).toBe(false);
  });

  it('writes every row but trailing empty cards, in NFC, other characters unchanged', () => {
    const tricky = 'a <b> & "c" \u0001';
    const withEmpty = addRow(addRow(toFormRows([{ ...full('Mô hình'.normalize('NFD')), moTa: tricky }])));
    const out = rowsToWrite(updateCell(withEmpty, 1, 'ten', '   '));
    expect(out).toEqual([{ ...full('Mô hình'), moTa: tricky }]);
    expect(rowsToWrite(addRow([]))).toEqual([]);
  });

  it('reads a snapshot’s table in column order and drops the template’s empty row', () => {
    const snapshot = templateSnapshot('individual');
    expect(rowsFromSnapshot(snapshot)).toEqual([]);
    snapshot.table!.rows = [['1', 'A', 'B', 'C', 'D', 'E'], ['2', '', '', '', '', '']];
    expect(toModelRows(rowsFromSnapshot(snapshot))).toEqual([{ ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' }]);
    expect(rowsFromSnapshot({ ...snapshot, table: null })).toEqual([]);
  });
});

describe('validateRows mirrors models.table', () => {
  it('accepts full rows', () => {
    expect(validateRows(toFormRows([full('A'), full('B')]), 'individual')).toEqual([]);
  });

  it('reports no rows at all', () => {
    const findings = validateRows([], 'collective');
    expect(findings.map((f) => f.message.key)).toEqual(['findings.models.noRows']);
    expect(findingsAt(findings, 0)).toEqual([]);
  });

  it('points at each empty cell of a started row, by row and column', () => {
    const rows = toFormRows([{ ...full('A'), loTrinh: ' \u00a0', ketQua: '' }]);
    const findings = validateRows(rows, 'individual');
    expect(findingsAt(findings, 0, 'loTrinh').map((f) => f.message.key)).toEqual(['findings.models.emptyCell.loTrinh']);
    expect(findingsAt(findings, 0, 'ketQua')).toHaveLength(1);
    expect(findingsAt(findings, 0, 'ten')).toEqual([]);
  });

  it('flags an empty row between filled ones, but not a trailing empty card', () => {
    const rows = addRow(toFormRows([full('A'), {}, full('C')]));
    const findings = validateRows(rows, 'individual');
    expect(findingsAt(findings, 1).map((f) => f.message.key)).toEqual(['findings.models.emptyRow']);
    expect(findings.filter((f) => f.target?.tableRow === 3)).toEqual([]);
  });
});

describe('drafts', () => {
  it('keys a document by kind and the subject’s name, whatever its normalisation or spacing', () => {
    const a = templateSnapshot('individual', { hoTen: 'NGUYỄN VĂN AN' });
    const b = templateSnapshot('individual', { hoTen: ' NGUYỄN  VĂN AN '.normalize('NFD') });
    const c = templateSnapshot('collective', { tenTapThe: 'NGUYỄN VĂN AN' });
    expect(documentKey(a)).toBe(documentKey(b));
    expect(documentKey(a)).not.toBe(documentKey(c));
    expect(documentKey(a)).not.toBe(documentKey(templateSnapshot('individual')));
    expect(documentKey({ ...a, template: null })).toBeNull();
  });

  it('hashes text to 8 hex digits, stably', () => {
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });

  it('saves, loads and clears a draft per document', () => {
    const storage = memory();
    const rows = toFormRows([full('A')]);
    saveDraft(storage, 'individual:1', rows, new Date('2026-11-10T00:00:00Z'));
    saveDraft(storage, 'collective:2', toFormRows([full('B')]), new Date('2026-11-10T00:01:00Z'));
    expect(loadDraft(storage, 'individual:1')).toEqual({ rows: [full('A')], savedAt: '2026-11-10T00:00:00.000Z' });
    clearDraft(storage, 'individual:1');
    expect(loadDraft(storage, 'individual:1')).toBeNull();
    expect(loadDraft(storage, 'collective:2')?.rows).toEqual([full('B')]);
    clearDraft(storage, 'collective:2');
    expect(storage.map.has(DRAFTS_KEY)).toBe(false);
  });

  it(`keeps at most ${MAX_DRAFTS} drafts, dropping the oldest`, () => {
    const storage = memory();
    for (let i = 0; i < MAX_DRAFTS + 2; i++) saveDraft(storage, `d${i}`, toFormRows([full(String(i))]), new Date(Date.UTC(2026, 0, 1, 0, i)));
    expect(loadDraft(storage, 'd0')).toBeNull();
    expect(loadDraft(storage, 'd1')).toBeNull();
    expect(loadDraft(storage, `d${MAX_DRAFTS + 1}`)).not.toBeNull();
    expect(Object.keys(JSON.parse(storage.map.get(DRAFTS_KEY)!))).toHaveLength(MAX_DRAFTS);
  });

  it('survives damaged storage: bad JSON, wrong shapes, storage that throws', () => {
    const storage = memory();
    storage.setItem(DRAFTS_KEY, '{not json');
    expect(loadDraft(storage, 'x')).toBeNull();
    storage.setItem(DRAFTS_KEY, JSON.stringify({ x: { rows: 'nope', savedAt: 1 }, y: { rows: [{ ten: 5, moTa: 'ok' }], savedAt: 'now' } }));
    expect(loadDraft(storage, 'x')).toBeNull();
    expect(loadDraft(storage, 'y')?.rows).toEqual([{ ten: '', donVi: '', moTa: 'ok', loTrinh: '', ketQua: '' }]);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadDraft(throwing, 'x')).toBeNull();
    expect(() => saveDraft(throwing, 'x', toFormRows([full('A')]))).not.toThrow();
  });

  it('keeps huge drafts intact', () => {
    const storage = memory();
    const long = 'Thư viện xanh '.repeat(5000);
    const rows = toFormRows(Array.from({ length: 50 }, (_, i) => full(`${i} ${long}`)));
    saveDraft(storage, 'big', rows);
    expect(loadDraft(storage, 'big')?.rows).toEqual(toModelRows(rows));
  });
});
