import { meaningfulRows, modelsTable } from '../../../src/core/rules/models';
import { check } from '../../../src/core/rules/check';
import { completeCollective, completeIndividual, config, EMPTY_ROW, HEADER, MODEL_ROW, NOW, withRows } from '../../support/snapshots';

const cfg = config();
const row = (tt: string, ...cells: string[]) => [tt, ...cells];
const full = (tt: string) => [tt, ...MODEL_ROW.slice(1)];

describe('models.table', () => {
  it('passes filled rows numbered 1..n, ignoring the empty rows at the end', () => {
    expect(modelsTable(completeIndividual(), cfg)).toEqual([]);
    expect(modelsTable(withRows(completeCollective(), [full('1'), full('2'), EMPTY_ROW, ['', '', ' ', '\u00a0', '', '']]), cfg)).toEqual([]);
  });

  it('is an error when there is no row, or only empty rows', () => {
    for (const rows of [[], [EMPTY_ROW], [EMPTY_ROW, ['2', ' ', '\t', '', '', '\u00a0']]]) {
      expect(modelsTable(withRows(completeCollective(), rows), cfg).map((f) => [f.severity, f.message.key])).toEqual([
        ['error', 'findings.models.noRows'],
      ]);
    }
  });

  it('reports each empty cell of a started row, targeting its row and column', () => {
    const f = modelsTable(withRows(completeCollective(), [row('1', 'Thư viện xanh', '', 'Mô tả', '   ', 'Kết quả')]), cfg);
    expect(f).toEqual([
      {
        rule: 'models.table',
        severity: 'error',
        field: 'moHinh',
        message: { key: 'findings.models.emptyCell.donVi', params: { row: 1 } },
        target: { fieldId: 'moHinh', tableRow: 0, column: 'donVi' },
      },
      {
        rule: 'models.table',
        severity: 'error',
        field: 'moHinh',
        message: { key: 'findings.models.emptyCell.loTrinh', params: { row: 1 } },
        target: { fieldId: 'moHinh', tableRow: 0, column: 'loTrinh' },
      },
    ]);
  });

  it('treats missing cells of a short row as empty', () => {
    const f = modelsTable(withRows(completeCollective(), [['1', 'Tên', 'Đơn vị']]), cfg);
    expect(f.map((x) => x.target?.column)).toEqual(['moTa', 'loTrinh', 'ketQua']);
  });

  it('reports an empty row between filled rows once', () => {
    const f = modelsTable(withRows(completeCollective(), [full('1'), EMPTY_ROW.map((c, i) => (i === 0 ? '2' : c)), full('3')]), cfg);
    expect(f.map((x) => [x.message.key, x.target?.tableRow])).toEqual([['findings.models.emptyRow', 1]]);
  });

  it('warns, with a renumber fix, when TT is not 1..n', () => {
    for (const tts of [['1', '3'], ['', '2'], ['2', '1'], ['a', 'b'], ['1', '2.5']]) {
      const f = modelsTable(withRows(completeCollective(), tts.map(full)), cfg);
      expect({ tts, f }).toEqual({
        tts,
        f: [
          {
            rule: 'models.table',
            severity: 'warning',
            field: 'moHinh',
            message: { key: 'findings.models.numbering', params: { rows: 2 } },
            target: { fieldId: 'moHinh', tableRow: 0, column: 'tt' },
            fix: { kind: 'renumberTable' },
          },
        ],
      });
    }
  });

  it('accepts "1." style numbers and spaces around them', () => {
    expect(modelsTable(withRows(completeCollective(), [full('1.'), full(' 2 ')]), cfg)).toEqual([]);
  });

  it('is an error when the header does not have six columns', () => {
    const f = modelsTable(withRows(completeCollective(), [full('1')], HEADER.slice(0, 5)), cfg);
    expect(f.map((x) => x.message)).toEqual([{ key: 'findings.models.columns', params: { count: 5, expected: 6 } }]);
  });

  it('leaves a missing table to template.intact, so it is reported once', () => {
    const s = { ...completeCollective(), table: null };
    expect(modelsTable(s, cfg)).toEqual([]);
    const all = check(s, { now: NOW }).filter((f) => f.field === 'moHinh');
    expect(all.map((f) => f.rule)).toEqual(['template.intact']);
  });

  it('accepts cells with XML special characters, emoji and NFD text', () => {
    const rows = [['1', '<Thư viện> & "xanh"', '🌱', 'Mô tả'.normalize('NFD'), 'Lộ trình', 'Kết quả']];
    expect(modelsTable(withRows(completeCollective(), rows), cfg)).toEqual([]);
  });

  it('handles a table of a thousand rows', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => full(String(i + 1)));
    expect(modelsTable(withRows(completeCollective(), rows), cfg)).toEqual([]);
    expect(meaningfulRows({ header: HEADER, rows: [...rows, EMPTY_ROW] })).toHaveLength(1000);
  });
});
