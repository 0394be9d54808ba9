import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countWords } from '../../../src/core/text';

const CORPUS = path.join(__dirname, '..', '..', 'fixtures', 'prose');
const expected = (JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as { files: Record<string, { words: number }> }).files;


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

  it('counts tokens made only of punctuation or symbols, as Word does', () => {
    // Issue 13: a spaced dash, a list marker, "&" and "…" are words in Word ("Ça va ?" is 3 words).
    expect(countWords('thầy cô – những người')).toBe(5);
    expect(countWords('- Thứ nhất')).toBe(3);
    expect(countWords('GD & ĐT')).toBe(3);
    expect(countWords('Kết quả … rất tốt')).toBe(5);
    expect(countWords('Ça va ?')).toBe(3);
    expect(countWords('- – — … ... ( ) • * % © " \' « »')).toBe(15);
  });

  it('keeps a dash inside a token as one word', () => {
    expect(countWords('giai đoạn 2020–2025')).toBe(3);
    expect(countWords('Toán—Tin')).toBe(1);
  });

  it('counts "1.000", hyphenated words and words with attached punctuation once', () => {
    expect(countWords('khoảng 1.000 chữ')).toBe(3);
    expect(countWords('hai-ba e-mail 10% (2023) "tốt",')).toBe(5);
  });

  it("keeps Word's non-breaking and optional hyphens (U+001E, U+001F) inside a word", () => {
    expect(countWords('hai\u001eba')).toBe(1);
    expect(countWords('hai\u001fba')).toBe(1);
  });

  it('counts an emoji or a symbol standing alone as a word, like Word', () => {
    expect(countWords('Tuyệt vời 👍')).toBe(3);
    expect(countWords('👨‍👩‍👧')).toBe(1);
    expect(countWords('❤️ ✅')).toBe(2);
    expect(countWords('© ® ™ ❤')).toBe(4);
  });

  it('counts a lone combining mark (NFD typed after a space) as a word, the same in NFC and NFD', () => {
    expect(countWords('a \u0301 b')).toBe(3);
    expect(countWords('Việt Nam'.normalize('NFD'))).toBe(2);
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

  describe('on the prose corpus (test/fixtures/prose, counts by LibreOffice with Word\'s rule)', () => {
    it.each(Object.keys(expected))('%s', (file) => {
      expect(countWords(readFileSync(path.join(CORPUS, file), 'utf8'))).toBe(expected[file].words);
    });
  });
});
