import { firstLowercaseLetter, isUppercaseName, toUpperVi } from '../../../src/core/text';

describe('Vietnamese capitals', () => {
  it('upper-cases every Vietnamese letter, keeping tone marks, NFC out', () => {
    expect(toUpperVi('nguyễn thị đào')).toBe('NGUYỄN THỊ ĐÀO');
    expect(toUpperVi('trường ưởng ợ ỵ'.normalize('NFD'))).toBe('TRƯỜNG ƯỞNG Ợ Ỵ');
    expect(toUpperVi('đ')).toBe('Đ');
  });

  it('accepts a name written all in capitals, NFC or NFD', () => {
    expect(isUppercaseName('NGUYỄN VĂN AN')).toBe(true);
    expect(isUppercaseName('ĐỖ THỊ Ý'.normalize('NFD'))).toBe(true);
    expect(isUppercaseName('LÊ VĂN TÁM (1985) - 2')).toBe(true);
  });

  it('rejects mixed case, lower-case đ and decomposed lower-case letters', () => {
    expect(isUppercaseName('Nguyễn Văn An')).toBe(false);
    expect(isUppercaseName('NGUYỄN VĂN đÀO')).toBe(false);
    expect(isUppercaseName('NGUYỄN VĂN ẤN'.normalize('NFD').replace('A', 'a'))).toBe(false);
  });

  it('needs at least one letter', () => {
    expect(isUppercaseName('')).toBe(false);
    expect(isUppercaseName('1985 - .')).toBe(false);
  });

  it('points at the first lower-case letter', () => {
    expect(firstLowercaseLetter('NGUYỄN Văn AN')).toEqual({ index: 8, char: 'ă' });
    expect(firstLowercaseLetter('TRẦN ĐỨC đẠI'.normalize('NFD'))).toEqual({ index: 9, char: 'đ' });
    expect(firstLowercaseLetter('NGUYỄN VĂN AN')).toBeNull();
  });
});
