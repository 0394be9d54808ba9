import { countNonNfc, firstNonNfc, isNfc, normalize } from '../../../src/core/text';

describe('NFC normalisation', () => {
  const nfc = 'Nguyễn Văn Việt';
  const nfd = nfc.normalize('NFD');

  it('normalises decomposed Vietnamese to NFC', () => {
    expect(nfd).not.toBe(nfc);
    expect(normalize(nfd)).toBe(nfc);
  });

  it('tells NFC from NFD text', () => {
    expect(isNfc(nfc)).toBe(true);
    expect(isNfc(nfd)).toBe(false);
    expect(isNfc('')).toBe(true);
  });

  it('counts the decomposed letters', () => {
    expect(countNonNfc(nfc)).toBe(0);
    expect(countNonNfc(nfd)).toBe(3); // ễ, ă, ệ
    expect(countNonNfc('An ' + 'Đạo'.normalize('NFD') + ' Bình')).toBe(1);
  });

  it('finds the first decomposed letter and where it is', () => {
    expect(firstNonNfc(nfc)).toBeNull();
    const found = firstNonNfc('Anh ' + 'Việt'.normalize('NFD'));
    expect(found).toEqual({ index: 6, text: 'ệ'.normalize('NFD') });
  });
});
