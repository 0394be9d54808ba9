import { templateIntact, templatePresent } from '../../../src/core/rules/template';
import { fieldRequired } from '../../../src/core/rules/fields';
import { emptySnapshot } from '../../../src/core/snapshot';
import { TEMPLATES } from '../../../src/core/template';
import { completeCollective, completeIndividual, config, emptyTemplate, field, nfd, placeholder, withFields } from '../../support/snapshots';

const cfg = config();

describe('template.present', () => {
  it('passes a document made from a template', () => {
    expect(templatePresent(completeIndividual(), cfg)).toEqual([]);
    expect(templatePresent(completeCollective(), cfg)).toEqual([]);
  });

  it('is an error for a document without a template', () => {
    expect(templatePresent(emptySnapshot(), cfg)).toEqual([
      { rule: 'template.present', severity: 'error', message: { key: 'findings.template.missing' } },
    ]);
  });

  it('is an error for an unknown template id', () => {
    const s = { ...completeIndividual(), template: { id: 'other' as never, version: '1.0' } };
    expect(templatePresent(s, cfg)).toHaveLength(1);
  });
});

describe('template.intact', () => {
  it('passes when every field is there', () => {
    expect(templateIntact(completeIndividual(), cfg)).toEqual([]);
    expect(templateIntact(emptyTemplate('collective'), cfg)).toEqual([]);
  });

  it('reports a deleted field with a fix that restores it', () => {
    const findings = templateIntact(withFields(completeIndividual(), { sinhNam: null }), cfg);
    expect(findings).toEqual([
      {
        rule: 'template.intact',
        severity: 'error',
        field: 'sinhNam',
        message: { key: 'findings.template.fieldMissing.sinhNam' },
        fix: { kind: 'restoreField', fieldId: 'sinhNam' },
      },
    ]);
  });

  it('reports the models table when the table inside its control was deleted', () => {
    const findings = templateIntact({ ...completeCollective(), table: null }, cfg);
    expect(findings.map((f) => f.field)).toEqual(['moHinh']);
  });

  it('lists every field of a document whose controls were all deleted, in template order', () => {
    for (const kind of ['individual', 'collective'] as const) {
      const s = { ...emptyTemplate(kind), fields: {}, table: null };
      expect(templateIntact(s, cfg).map((f) => f.field)).toEqual(TEMPLATES[kind].fields.map((f) => f.id));
    }
  });

  it('says nothing without a template (template.present does)', () => {
    expect(templateIntact(emptySnapshot(), cfg)).toEqual([]);
  });
});

describe('field.required', () => {
  it('passes filled fields', () => {
    expect(fieldRequired(completeIndividual(), cfg)).toEqual([]);
    expect(fieldRequired(completeCollective(), cfg)).toEqual([]);
  });

  it('reports a field showing its placeholder, targeting it', () => {
    const findings = fieldRequired(withFields(completeIndividual(), { chucVuDonVi: placeholder('chucVuDonVi') }), cfg);
    expect(findings).toEqual([
      {
        rule: 'field.required',
        severity: 'error',
        field: 'chucVuDonVi',
        message: { key: 'findings.field.required.chucVuDonVi' },
        target: { fieldId: 'chucVuDonVi' },
      },
    ]);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['no-break spaces and tabs', '\u00a0\t\u00a0\u202f'],
    ['newlines', '\n\r\n'],
  ])('reports a field that is %s', (_name, text) => {
    expect(fieldRequired(withFields(completeCollective(), { tenTapThe: text }), cfg).map((f) => f.field)).toEqual(['tenTapThe']);
  });

  it('reports a field whose text is its own instruction, typed in NFD or with other spacing and case', () => {
    const instruction = TEMPLATES.collective.fields[0].instruction;
    for (const text of [instruction, nfd(instruction), `  ${instruction.toUpperCase()} `, instruction.replace(/ /g, '\u00a0')]) {
      expect(fieldRequired(withFields(completeCollective(), { tenTapThe: text }), cfg)).toHaveLength(1);
    }
  });

  it('accepts text that merely contains the instruction words', () => {
    const s = withFields(completeIndividual(), { chucVuDonVi: 'Giáo viên (chức vụ, đơn vị công tác) Trường A' });
    expect(fieldRequired(s, cfg)).toEqual([]);
  });

  it('leaves the photo, the table and deleted fields to their own rules', () => {
    const s = withFields(emptyTemplate('individual'), { hoTen: null });
    expect(fieldRequired(s, cfg).map((f) => f.field)).toEqual(['sinhNam', 'chucVuDonVi', 'tomTat']);
  });

  it('accepts text with emoji and XML special characters', () => {
    const s = withFields(completeIndividual(), { chucVuDonVi: 'Tổ trưởng <Toán> & "Tin" 🎓' });
    expect(fieldRequired(s, cfg)).toEqual([]);
  });

  it('reads the summary as filled when it holds 100,000 words', () => {
    const s = withFields(completeCollective(), { tomTat: field('tomTat', 'chữ '.repeat(100000)) });
    expect(fieldRequired(s, cfg)).toEqual([]);
  });
});
