import { cleanText } from '../../../src/core/settings';

describe('cleanText', () => {
  it('trims and collapses spaces, tabs and line breaks into single spaces', () => {
    expect(cleanText('  Trường\tTiểu học\n\r\nKim   Đồng \u00A0', 100)).toEqual({ text: 'Trường Tiểu học Kim Đồng', removedControls: false, truncated: false });
  });

  it('normalises decomposed (NFD) Vietnamese to NFC', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    const { text } = cleanText(nfd, 100);
    expect(text).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(text.length).toBe(14);
  });

  it('removes control characters and invisible direction marks, and says so', () => {
    expect(cleanText('Phòng\u0000 Giáo\u0007 dục\u202E\u200F\uFEFF', 100)).toEqual({ text: 'Phòng Giáo dục', removedControls: true, truncated: false });
    expect(cleanText('a\u0085b', 100).text).toBe('a b');
  });

  it('caps length in code points, never splitting a Vietnamese letter', () => {
    const nfd = 'ệ'.normalize('NFD').repeat(10); // 30 UTF-16 units in NFD, 10 letters in NFC
    expect(cleanText(nfd, 10)).toEqual({ text: 'ệ'.repeat(10), removedControls: false, truncated: false });
    expect(cleanText(nfd, 4)).toEqual({ text: 'ệệệệ', removedControls: false, truncated: true });
    expect(cleanText('😀'.repeat(5), 3).text).toBe('😀😀😀');
  });

  it('does not leave a trailing space after cutting', () => {
    expect(cleanText('ab cd', 3).text).toBe('ab');
  });

  it('copes with empty and huge input', () => {
    expect(cleanText('', 10)).toEqual({ text: '', removedControls: false, truncated: false });
    const huge = cleanText('Trường '.repeat(200_000), 300);
    expect(Array.from(huge.text).length).toBeLessThanOrEqual(300);
    expect(huge.truncated).toBe(true);
  });
});
