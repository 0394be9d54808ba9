import { TONE_MARKS, VIETNAMESE_VOWELS, asciiSlug, toAscii } from '../../../src/core/text';

describe('toAscii', () => {
  it('strips the diacritics of every Vietnamese letter, both cases', () => {
    for (const vowel of VIETNAMESE_VOWELS) {
      const base = vowel.normalize('NFD')[0];
      for (const tone of TONE_MARKS) {
        const letter = (vowel + tone).normalize('NFC');
        expect(toAscii(letter)).toBe(base);
        expect(toAscii(letter.toUpperCase())).toBe(base.toUpperCase());
      }
    }
    expect(toAscii('đĐ')).toBe('dD');
  });

  it('handles NFD input and whole names', () => {
    expect(toAscii('Nguyễn Thị Ướt Đào'.normalize('NFD'))).toBe('Nguyen Thi Uot Dao');
  });

  it('always returns ASCII: typographic punctuation mapped, the rest dropped', () => {
    expect(toAscii('“Tốt” – 100 %…')).toBe('"Tot" - 100 %...');
    expect(toAscii('A\u00a0B 😀 中')).toBe('A B  ');
    expect(toAscii('')).toBe('');
  });
});

describe('asciiSlug', () => {
  it('keeps letters and digits, collapses separators to "-" and trims them', () => {
    expect(asciiSlug('  Trường Tiểu học  Trần Hưng Đạo!! ')).toBe('Truong-Tieu-hoc-Tran-Hung-Dao');
    expect(asciiSlug('--a__b..c--')).toBe('a-b-c');
    expect(asciiSlug('Lớp 5/2')).toBe('Lop-5-2');
  });

  it('respects the maximum length, cutting at a word boundary when it can', () => {
    expect(asciiSlug('Trường Tiểu học Trần Hưng Đạo', 20)).toBe('Truong-Tieu-hoc-Tran');
    expect(asciiSlug('Trường Tiểu học Trần Hưng Đạo', 18)).toBe('Truong-Tieu-hoc');
    expect(asciiSlug('Nghiêngnghiêngnghiêng', 10)).toBe('Nghiengngh');
    expect(asciiSlug('abc', 0)).toBe('');
  });

  it('returns "" when nothing usable is left', () => {
    expect(asciiSlug('😀 … – 中文')).toBe('');
    expect(asciiSlug('')).toBe('');
  });
});
