import { encodingLegacy } from '../../../src/core/rules/encoding';
import type { FontUsage } from '../../../src/core/snapshot';
import { emptySnapshot } from '../../../src/core/snapshot';
import { toLegacy } from '../../../src/core/text';
import { completeCollective, completeIndividual, config, nfd, withFields, withRows, MODEL_ROW } from '../../support/snapshots';

const cfg = config();
const font = (name: string, sample: string, chars = 500): FontUsage => ({ name, sizePt: 14, chars, sample });
const withFonts = (fonts: FontUsage[]) => ({ ...completeIndividual(), fonts });
const VIETNAMESE = 'Trường Tiểu học Lê Ngọc Hân đạt thành tích xuất sắc trong phong trào thi đua dạy tốt học tốt.';

describe('encoding.legacy', () => {
  it('passes Unicode text in Unicode fonts', () => {
    expect(encodingLegacy(completeIndividual(), cfg)).toEqual([]);
    expect(encodingLegacy(withFonts([font('Times New Roman', 'Café déjà vu, naïve – français'), font('Arial', '12345')]), cfg)).toEqual([]);
  });

  it('is an error for a TCVN3 or VNI font, with a conversion fix naming the font', () => {
    const f = encodingLegacy(withFonts([font('.VnTime', toLegacy(VIETNAMESE, 'tcvn3')), font('VNI-Times', toLegacy(VIETNAMESE, 'vni'))]), cfg);
    expect(f).toEqual([
      {
        rule: 'encoding.legacy',
        severity: 'error',
        message: { key: 'findings.encoding.legacyFont.tcvn3', params: { font: '.VnTime' } },
        fix: { kind: 'convertLegacy', encoding: 'tcvn3', font: '.VnTime' },
      },
      {
        rule: 'encoding.legacy',
        severity: 'error',
        message: { key: 'findings.encoding.legacyFont.vni', params: { font: 'VNI-Times' } },
        fix: { kind: 'convertLegacy', encoding: 'vni', font: 'VNI-Times' },
      },
    ]);
  });

  it('detects legacy bytes shown in a Unicode font by their pattern', () => {
    const f = encodingLegacy(withFonts([font('Times New Roman', toLegacy(VIETNAMESE, 'tcvn3'))]), cfg);
    expect(f.map((x) => [x.message.key, x.fix])).toEqual([
      ['findings.encoding.legacyPattern.tcvn3', { kind: 'convertLegacy', encoding: 'tcvn3', font: 'Times New Roman' }],
    ]);
    const v = encodingLegacy(withFonts([font('Arial', toLegacy(VIETNAMESE, 'vni'))]), cfg);
    expect(v.map((x) => x.message.key)).toEqual(['findings.encoding.legacyPattern.vni']);
  });

  it('reports a legacy font once even when used at several sizes', () => {
    const f = encodingLegacy(withFonts([font('.VnTime', 'abc'), { ...font('.VnTime', 'abc'), sizePt: 12 }]), cfg);
    expect(f).toHaveLength(1);
  });

  it('warns about decomposed (NFD) text in a field, targeting it, with a normalise fix', () => {
    const s = withFields(completeIndividual(), { chucVuDonVi: nfd('Hiệu trưởng Trường Tiểu học') });
    expect(encodingLegacy(s, cfg)).toEqual([
      {
        rule: 'encoding.legacy',
        severity: 'warning',
        field: 'chucVuDonVi',
        message: { key: 'findings.encoding.nfd' },
        target: { fieldId: 'chucVuDonVi' },
        fix: { kind: 'normalizeNfc' },
      },
    ]);
  });

  it('warns about NFD text in the table or elsewhere in the body', () => {
    const table = withRows(completeCollective(), [MODEL_ROW.map((c) => nfd(c))]);
    expect(encodingLegacy(table, cfg).map((f) => f.target)).toEqual([{ fieldId: 'moHinh' }]);
    const body = { ...completeCollective(), bodyText: nfd('Lời cảm ơn') };
    expect(encodingLegacy(body, cfg).map((f) => [f.message.key, f.target])).toEqual([['findings.encoding.nfd', undefined]]);
  });

  it('recognises non-NFC text outside Vietnamese too (Hangul jamo, the Ångström sign), and NFC text with emoji', () => {
    for (const bodyText of ['\u1100\u1161 là chữ Hàn', 'Đơn vị \u212B', nfd('Nguyễn') + ' 🙂']) {
      expect(encodingLegacy({ ...completeCollective(), bodyText }, cfg).map((f) => f.message.key)).toEqual(['findings.encoding.nfd']);
    }
    expect(encodingLegacy({ ...completeCollective(), bodyText: 'Ảnh 🙂 한국 Ωmega Å ‘trích dẫn’ — “x”' }, cfg)).toEqual([]);
  });

  it('does not mistake emoji, XML special characters or no-break spaces for legacy text', () => {
    const s = { ...withFonts([font('Times New Roman', '🙂 <a> & "b"\u00a0c ©®')]), bodyText: 'Đạt 🥇 & <giải nhất>' };
    expect(encodingLegacy(s, cfg)).toEqual([]);
  });

  it('runs without a template and on an empty document', () => {
    expect(encodingLegacy(emptySnapshot(), cfg)).toEqual([]);
    expect(encodingLegacy({ ...emptySnapshot(), fonts: [font('.VnTimeH', 'BAO CAO')] }, cfg)).toHaveLength(1);
  });

  it('handles a huge NFC body quickly enough to stay linear', () => {
    const s = { ...completeCollective(), bodyText: VIETNAMESE.repeat(5000) };
    expect(encodingLegacy(s, cfg)).toEqual([]);
  });
});
