import { check, isReadyToSend } from '../../../src/core/rules';
import { textBidiControl } from '../../../src/core/rules/bidi';
import { bidiControlLabels, hasBidiControls, removeBidiControls } from '../../../src/core/text';
import { completeCollective, completeIndividual, config, field, MODEL_ROW, nfd, NOW, withFields } from '../../support/snapshots';

const cfg = config();
const RLO = '\u202E';
const PDF = '\u202C';

describe('text.bidiControl', () => {
  it('passes complete reports (no control character anywhere)', () => {
    expect(textBidiControl(completeIndividual(), cfg)).toEqual([]);
    expect(textBidiControl(completeCollective(), cfg)).toEqual([]);
  });

  it('is an error, with a fix, for a name holding a right-to-left override (shown one way, mailed reversed)', () => {
    const s = withFields(completeIndividual(), { hoTen: `NGUYỄN ${RLO}IAM ỊHT${PDF}` });
    expect(textBidiControl(s, cfg)).toEqual([
      {
        rule: 'text.bidiControl',
        severity: 'error',
        field: 'hoTen',
        message: { key: 'findings.text.bidiControl', params: { chars: 'U+202E, U+202C' } },
        target: { fieldId: 'hoTen' },
        fix: { kind: 'removeBidiControls' },
      },
    ]);
    // It cannot pass: the report is not ready to send.
    expect(isReadyToSend(check(s, { now: NOW }))).toBe(false);
  });

  it.each([
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['LRO', '\u202D'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ])('flags %s in any field (here the unit, NFD text around it)', (_name, ch) => {
    const s = withFields(completeIndividual(), { chucVuDonVi: nfd(`Hiệu trưởng ${ch}Trường Tiểu học`) });
    const [finding] = textBidiControl(s, cfg);
    expect(finding).toMatchObject({ field: 'chucVuDonVi', severity: 'error', fix: { kind: 'removeBidiControls' } });
  });

  it('flags a summary paragraph, and a table cell with its row', () => {
    const summary = completeIndividual();
    summary.fields.tomTat = field('tomTat', 'a', { paragraphs: ['Đoạn một.', `Đoạn ${RLO}hai.`] });
    expect(textBidiControl(summary, cfg)).toMatchObject([{ field: 'tomTat' }]);
    const table = completeIndividual();
    table.table = { header: table.table!.header, rows: [MODEL_ROW, MODEL_ROW.map((c, i) => (i === 1 ? c + RLO : c))] };
    expect(textBidiControl(table, cfg)).toMatchObject([{ field: 'moHinh', target: { fieldId: 'moHinh', tableRow: 1 } }]);
  });

  it('flags text outside the fields, once, when no field has any', () => {
    const s = completeIndividual();
    s.bodyText += `\nGhi chú ${RLO}thêm`;
    expect(textBidiControl(s, cfg)).toEqual([expect.objectContaining({ rule: 'text.bidiControl' })]);
    expect(textBidiControl(s, cfg)[0].field).toBeUndefined();
  });

  it('edge cases: empty fields, ordinary marks and no-break spaces, a huge field', () => {
    expect(textBidiControl(withFields(completeIndividual(), { hoTen: '' }), cfg)).toEqual([]);
    // Zero-width joiner/non-joiner, soft hyphen and NBSP are not direction controls.
    expect(textBidiControl(withFields(completeIndividual(), { hoTen: 'NGUYỄN\u00a0THỊ\u200d\u200c\u00adMAI' }), cfg)).toEqual([]);
    const huge = 'Trường học '.repeat(100_000);
    expect(textBidiControl(withFields(completeIndividual(), { chucVuDonVi: huge }), cfg)).toEqual([]);
    expect(textBidiControl(withFields(completeIndividual(), { chucVuDonVi: huge + RLO }), cfg)).toHaveLength(1);
  });
});

describe('bidi helpers', () => {
  it('remove every control character and nothing else', () => {
    const text = `NGUYỄN ${RLO}IAM ỊHT${PDF} \u2067x\u2069\u200E\u200F\u061C`;
    expect(removeBidiControls(text)).toBe('NGUYỄN IAM ỊHT x');
    expect(hasBidiControls(removeBidiControls(text))).toBe(false);
    expect(bidiControlLabels(`${RLO}a${RLO}`)).toEqual(['U+202E']);
    expect(removeBidiControls(nfd('Việt'))).toBe(nfd('Việt'));
  });
});
