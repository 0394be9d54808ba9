import { countWords } from '../../../src/core/text';

describe('countWords (Microsoft Word compatible)', () => {
  it('counts each Vietnamese syllable as a word', () => {
    expect(countWords('Trường Tiểu học Trần Hưng Đạo')).toBe(6);
  });

  it('gives the same count for NFD (decomposed) input as for NFC', () => {
    const nfc = 'Nguyễn Thị Ngọc Ánh đạt danh hiệu Chiến sĩ thi đua';
    expect(countWords(nfc.normalize('NFD'))).toBe(countWords(nfc));
    expect(countWords(nfc.normalize('NFD'))).toBe(11);
  });

  it('separates words at no-break, narrow no-break, typographic, ideographic and zero-width spaces', () => {
    expect(countWords('một\u00a0hai\u202fba\u2003bốn\u2009năm\u3000sáu\u200bbảy')).toBe(7);
  });

  it('separates words at tabs, line and paragraph breaks, including the ones Word puts in its text', () => {
    expect(countWords('một\thai\nba\r\nbốn\u000bnăm\u000csáu\u2028bảy\u2029tám\u0007chín')).toBe(9);
  });

  it('does not count tokens made only of punctuation or symbols', () => {
    expect(countWords('- – — … ... ( ) • * % © " \' « »')).toBe(0);
    expect(countWords('Kết quả – rất tốt … (xem bảng) •')).toBe(6);
  });

  it('counts "1.000", hyphenated words and words with attached punctuation once', () => {
    expect(countWords('khoảng 1.000 chữ')).toBe(3);
    expect(countWords('hai-ba e-mail 10% (2023) "tốt",')).toBe(5);
  });

  it("keeps Word's non-breaking hyphen (U+001E) inside a word", () => {
    expect(countWords('hai\u001eba')).toBe(1);
  });

  it('counts an emoji standing alone as a word, like Word', () => {
    expect(countWords('Tuyệt vời 👍')).toBe(3);
    expect(countWords('👨‍👩‍👧')).toBe(1);
    expect(countWords('❤️ ✅')).toBe(2);
    expect(countWords('© ® ™ ❤')).toBe(0);
  });

  it('returns 0 for empty and blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t\u00a0 ')).toBe(0);
  });

  it('counts 100,000 words correctly', () => {
    const words = ['Trường', 'học', '1.000', 'hai-ba', 'nghiêng'];
    const text = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(" ");
    expect(countWords(text)).toBe(100_000);
    expect(countWords(text.normalize('NFD'))).toBe(100_000);
  });
});

