/**
 * Nothing the person wrote is lost in Word either (issue 11), on every platform profile of the Word test double:
 *   - property: for generated reports, as written and re-saved the ways other programs do (LibreOffice drops the tags,
 *     pandoc and Google Docs drop the controls), every fix and every restore keeps every word, and none even needs to
 *     ask (fixes whose purpose is to change words change only those: capitals only their case);
 *   - an insert over content, a table write with fewer rows or other cells, and a picture over typed text compute the
 *     words they would remove (core/text/lostWords) and ask first; declined, nothing changes; with nobody to ask they
 *     are refused with host.wouldRemoveText.
 * The file-mode counterpart is test/docx/keepWords.test.ts.
 */
import fc from 'fast-check';
import { AppError } from '../../src/core/errors';
import type { ModelRow } from '../../src/core/host';
import type { FixDescriptor } from '../../src/core/rules/types';
import { MODEL_COLUMNS, TEMPLATES, type TemplateKind } from '../../src/core/template';
import { lostWords } from '../../src/core/text';
import { writeTemplateDocx } from '../../src/docx/write';
import { WordHost } from '../../src/word/WordHost';
import { emptyModel, mockEnv, REPORT_XML, type CcModel, type DocModel } from './support/mockWord';
import { PROFILES, type PlatformProfile } from './support/platforms';

jest.setTimeout(240_000);

type Resave = 'none' | 'dropTags' | 'dropControls';

interface Report {
  kind: TemplateKind;
  fields: Record<string, string>;
  summary: string[];
  models: ModelRow[];
}

const PNG_3x4 = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0x2c, 0, 0, 0x01, 0x90, 8, 2, 0, 0, 0]);

/** A report laid out as the template does, then re-saved `way`, as the Word test double's model. */
function reportModel(report: Report, way: Resave): DocModel {
  const spec = TEMPLATES[report.kind];
  const m = emptyModel();
  const cc = (id: string, text: string, extra: Partial<CcModel> = {}): CcModel => {
    const f = spec.fields.find((x) => x.id === id)!;
    return { tag: `bctt.${id}`, title: f.label?.vi ?? (id === 'tomTat' ? spec.headings.summary : id === 'moHinh' ? spec.headings.models : f.instruction), text, placeholderText: f.instruction, type: 'RichText', cannotDelete: true, ...extra };
  };
  const header = MODEL_COLUMNS.map((c) => c.header);
  const table = [header, ...report.models.map((r, i) => [String(i + 1), r.ten, r.donVi, r.moTa, r.loTrinh, r.ketQua])];
  m.paragraphs.push({ text: spec.title.vi, style: 'Title' });
  if (report.kind === 'individual') {
    m.controls.push(cc('anh', '', { picture: { width: 113.4, height: 170.1 } }));
    m.paragraphs.push({ text: '' });
  }
  for (const f of spec.fields.filter((x) => x.label)) {
    m.controls.push(cc(f.id, report.fields[f.id]));
    m.paragraphs.push({ text: `- ${f.label!.vi}: ${report.fields[f.id]}` });
  }
  m.controls.push(cc('tomTat', report.summary.join('\r')));
  m.paragraphs.push({ text: spec.headings.summary, style: 'Heading1' }, ...report.summary.map((text) => ({ text })));
  m.controls.push(cc('moHinh', '', { table }));
  m.paragraphs.push({ text: spec.headings.models, style: 'Heading1' });
  m.customXml = [REPORT_XML(report.kind)];
  m.pages = 3;
  if (way === 'dropTags') for (const c of m.controls) c.tag = '';
  if (way === 'dropControls') {
    m.controls = m.controls.filter((c) => c.table || c.picture).map((c) => ({ ...c, tag: '', title: undefined, bare: true }));
    m.customXml = [];
  }
  return m;
}

/** Every word in the model: paragraphs, controls showing text, table cells (duplicates are compared as a multiset). */
function allText(m: DocModel): string {
  const controls = m.controls.filter((c) => c.text !== c.placeholderText).map((c) => c.text);
  const cells = m.controls.flatMap((c) => (c.table ?? []).flat());
  return [...m.paragraphs.map((p) => p.text), ...controls, ...cells].join('\n');
}

function hostOn(model: DocModel, profile: PlatformProfile, templateBytes: Uint8Array = new Uint8Array([0x50, 0x4b, 3, 4])) {
  return new WordHost({ env: mockEnv(model, { profile }), loadTemplate: async () => templateBytes });
}

const syllable = fc.constantFrom(
  'Nguyễn', 'thị', 'Thanh', 'Hương', 'trường', 'học', 'giáo', 'viên', 'lớp', 'đọc', 'sách', 'phong', 'trào', 'thi', 'đua',
  'Quận', '1', '2025', '62%', '"xanh"', 'A&B', '<STEM>', 'hiệu', 'quả', 'Tổ', 'Toán', 'e\u0302\u0301', 'Đặng', 'x^2',
);
const words = (min: number, max: number) => fc.array(syllable, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const row = fc.record({ ten: words(1, 4), donVi: words(1, 4), moTa: words(1, 8), loTrinh: words(1, 6), ketQua: words(1, 6) });

const reports: fc.Arbitrary<Report> = fc.constantFrom<TemplateKind>('individual', 'collective').chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    fields:
      kind === 'individual'
        ? fc.record({ hoTen: words(2, 4), sinhNam: fc.constantFrom('1984', '1990', '2001'), chucVuDonVi: words(2, 8) })
        : fc.record({ tenTapThe: words(3, 10) }),
    summary: fc.array(words(1, 25), { minLength: 1, maxLength: 4 }),
    models: fc.array(row, { minLength: 1, maxLength: 3 }),
  }),
);

const FIXES: FixDescriptor[] = [
  { kind: 'restoreControls' },
  ...[...new Set([...TEMPLATES.individual.fields, ...TEMPLATES.collective.fields].map((f) => f.id))].map((fieldId) => ({ kind: 'restoreField' as const, fieldId })),
  { kind: 'uppercaseName', fieldId: 'hoTen' },
  { kind: 'renumberTable' },
  { kind: 'normalizeNfc' },
  { kind: 'removeBidiControls' },
  { kind: 'applyPageSetup' },
  { kind: 'applyBodyFont' },
  { kind: 'convertLegacy', encoding: 'tcvn3' },
  { kind: 'convertLegacy', encoding: 'vni' },
];

describe.each(PROFILES)('Word on $name: every fix and restore keeps every word the person wrote', (profile) => {
  it.each<Resave>(['none', 'dropTags', 'dropControls'])('re-saved: %s', async (way) => {
    await fc.assert(
      fc.asyncProperty(reports, fc.constantFrom(...FIXES), async (report, fix) => {
        const model = reportModel(report, way);
        const before = allText(model);
        const host = hostOn(model, profile);
        // Nobody to ask: a fix or restore that needed to remove a word would be refused with host.wouldRemoveText.
        try {
          await host.applyFix(fix);
        } catch (e) {
          // What a platform or document cannot do (page setup without WordApiDesktop 1.3, a field this template
          // lacks) is refused; removing words never is the reason.
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).messageKey).not.toBe('host.wouldRemoveText');
        }
        expect(lostWords(before, allText(model), { caseless: fix.kind === 'uppercaseName' })).toEqual([]);
      }),
      { numRuns: Number(process.env.KEEP_RUNS ?? 12) },
    );
  });

  it('restores the controls of a pandoc-like export (no controls at all) around its text, without losing a word', async () => {
    const report: Report = {
      kind: 'individual',
      fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng, Trường Tiểu học Lê Lợi' },
      summary: ['Đoạn một có chữ.', 'Đoạn hai có chữ.'],
      models: [{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'Mô tả', loTrinh: 'Lộ trình', ketQua: 'Kết quả' }],
    };
    const model = reportModel(report, 'dropControls');
    const before = allText(model);
    const host = hostOn(model, profile);
    expect((await host.snapshot()).fields.hoTen).toMatchObject({ text: 'NGUYỄN THỊ MAI', via: 'label' });
    await host.applyFix({ kind: 'restoreControls' });
    expect(lostWords(before, allText(model))).toEqual([]);
    const tags = model.controls.map((c) => c.tag).filter(Boolean);
    // Text controls are listed where the platform can list rich-text controls: every profile.
    expect(tags).toEqual(expect.arrayContaining(['bctt.hoTen', 'bctt.sinhNam', 'bctt.chucVuDonVi', 'bctt.tomTat', 'bctt.moHinh', 'bctt.anh']));
    expect(model.controls.filter((c) => c.bare)).toEqual([]);
    // The template is recorded again where the custom XML part can be written (WordApi 1.4).
    expect(model.customXml.length).toBe(profile.sets.includes('WordApi 1.4') ? 1 : 0);
  });
});

describe.each(PROFILES)('Word on $name: an edit that would remove written words asks first', (profile) => {
  const report: Report = {
    kind: 'individual',
    fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng, Trường Tiểu học Lê Lợi' },
    summary: ['Câu lạc bộ Toán học vui giúp học sinh yêu môn Toán.'],
    models: [
      { ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'Sách đến lớp', loTrinh: 'Tháng 9', ketQua: 'Tốt' },
      { ten: 'Câu lạc bộ Toán', donVi: 'Tổ 2', moTa: 'Học vui', loTrinh: 'Tháng 10', ketQua: 'Rất tốt' },
    ],
  };
  const first = report.models[0];
  const table = (m: DocModel) => m.controls.find((c) => c.tag === 'bctt.moHinh')!.table!;

  it('a table write with fewer rows: the deleted row\'s words are shown; cancel keeps them, confirm removes them', async () => {
    const model = reportModel(report, 'none');
    const before = JSON.stringify(table(model));
    const host = hostOn(model, profile);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (w) => (asked.push(w), false));
    await expect(host.writeTable([first])).rejects.toMatchObject({ messageKey: 'host.removalDeclined', params: { count: 12 } });
    expect(asked).toEqual([['Câu', 'lạc', 'bộ', 'Toán', 'Tổ', '2', 'Học', 'vui', 'Tháng', '10', 'Rất', 'tốt']]);
    expect(JSON.stringify(table(model))).toBe(before);
    host.setRemovalConfirmer(async (w) => (asked.push(w), true));
    await host.writeTable([first]);
    expect(table(model).slice(1)).toEqual([['1', 'Thư viện xanh', 'Tổ 1', 'Sách đến lớp', 'Tháng 9', 'Tốt']]);
  });

  it('a table write that replaces filled cells asks; one that only adds rows or keeps the words does not', async () => {
    const model = reportModel(report, 'none');
    const host = hostOn(model, profile);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (w) => (asked.push(w), false));
    await host.writeTable([{ ...first, moTa: 'Sách đến từng lớp' }, report.models[1]]); // a word added: nothing lost
    await host.writeTable([report.models[1], { ...first, moTa: 'Sách đến từng lớp' }, first]); // reordered and added
    expect(asked).toEqual([]);
    await expect(host.writeTable([report.models[1], { ...first, moTa: 'Sách đến từng lớp' }, { ...first, ketQua: 'Khá' }])).rejects.toMatchObject({
      messageKey: 'host.removalDeclined',
    });
    expect(asked).toEqual([['Tốt']]);
    expect(table(model)[3][5]).toBe('Tốt'); // declined: unchanged
  });

  it('with nobody to ask, a write that would remove words is refused and changes nothing', async () => {
    const model = reportModel(report, 'none');
    const before = JSON.stringify(table(model));
    const error = await hostOn(model, profile).writeTable([]).catch((e: unknown) => e);
    expect(error).toMatchObject({ messageKey: 'host.wouldRemoveText', params: { count: 23 } });
    expect(String((error as AppError).params.text)).toContain('Thư viện xanh');
    expect(JSON.stringify(table(model))).toBe(before);
  });

  it('inserting the template over a written report lists the person\'s words, not the template\'s; cancel keeps the document', async () => {
    const model = reportModel(report, 'none');
    const templateBytes = await writeTemplateDocx('individual');
    const host = hostOn(model, profile, templateBytes);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (w) => (asked.push(w), false));
    await expect(host.insertTemplate('individual', 'here', { overwrite: true })).rejects.toMatchObject({ messageKey: 'host.removalDeclined' });
    expect(model.inserted).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual(expect.arrayContaining(['NGUYỄN', 'THỊ', 'MAI', '1984', 'Câu', 'lạc', 'bộ', 'Toán.']));
    // The template's own words (title, labels, headings) come back with it: not listed.
    for (const w of ['BÁO', 'CÁO', 'THÀNH', 'TÍCH', 'Họ', 'tên:', 'TÓM', 'TẮT']) expect(asked[0]).not.toContain(w);
    host.setRemovalConfirmer(async () => true);
    await host.insertTemplate('individual', 'here', { overwrite: true });
    expect(model.inserted).toHaveLength(1);
  });

  it('inserting into an empty document or a new one asks nothing', async () => {
    const host = hostOn(emptyModel(), profile);
    host.setRemovalConfirmer(async () => {
      throw new Error('not asked');
    });
    await host.insertTemplate('collective', 'here');
    if (profile.sets.includes('WordApi 1.3')) await host.insertTemplate('collective', 'newDocument');
  });

  it('a photo over words typed into its frame asks; cancel keeps them', async () => {
    const model = reportModel(report, 'none');
    const frame = model.controls.find((c) => c.tag === 'bctt.anh')!;
    frame.picture = null;
    frame.text = 'ảnh chụp năm 2024';
    const host = hostOn(model, profile);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (w) => (asked.push(w), false));
    await expect(host.setPhoto(PNG_3x4)).rejects.toMatchObject({ messageKey: 'host.removalDeclined' });
    expect(asked).toEqual([['ảnh', 'chụp', 'năm', '2024']]);
    expect(frame).toMatchObject({ text: 'ảnh chụp năm 2024', picture: null });
  });
});
