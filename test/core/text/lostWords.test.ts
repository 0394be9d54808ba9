import { lostWords } from '../../../src/core/text/lostWords';

describe('lostWords: the words of one text missing from another', () => {
  it('finds a deleted word, counting repeats (a word written twice and kept once is lost once)', () => {
    expect(lostWords('Tổ Toán Tổ Văn', 'Tổ Toán Văn')).toEqual(['Tổ']);
  });

  it('treats NFD and NFC as the same word', () => {
    expect(lostWords('Nguyễn Thị Mai'.normalize('NFD'), 'Nguyễn Thị Mai')).toEqual([]);
  });

  it('ignores case only when asked (the capitals fix)', () => {
    expect(lostWords('Nguyễn Thị Mai', 'NGUYỄN THỊ MAI')).toEqual(['Nguyễn', 'Thị', 'Mai']);
    expect(lostWords('Nguyễn Thị Mai', 'NGUYỄN THỊ MAI', { caseless: true })).toEqual([]);
  });

  it('does not count invisible bidirectional controls as words (removing an RLO loses nothing)', () => {
    expect(lostWords('NGUYỄN \u202eTHỊ MAI\u202c', 'NGUYỄN THỊ MAI')).toEqual([]);
    expect(lostWords('NGUYỄN \u202eTHỊ MAI\u202c', 'NGUYỄN MAI')).toEqual(['THỊ']);
  });

  it('empty texts lose nothing', () => {
    expect(lostWords('', '')).toEqual([]);
    expect(lostWords('   ', 'abc')).toEqual([]);
  });
});
