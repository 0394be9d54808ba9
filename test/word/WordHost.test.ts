// office-addin-mock reads OfficeApp from office-addin-manifest, which jest maps to an empty stub (DESIGN.md §7).

import { AppError } from '../../src/core/errors';
import { hasMessage, t } from '../../src/core/i18n';
import { fetchTemplateLoader, insertTemplateCommand } from '../../src/word/commands';
import { readDocx } from '../../src/docx/read';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WordHost } from '../../src/word/WordHost';
import { parseReportXml } from '../../src/docx/reportPart';
import { ALL_SETS, emptyModel, individualModel, mockEnv, REPORT_XML, type DocModel } from './support/mockWord';

const TEMPLATE_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

function hostFor(model: DocModel, sets = ALL_SETS) {
  const env = mockEnv(model, { sets });
  const loadTemplate = jest.fn(async () => TEMPLATE_BYTES);
  return { host: new WordHost({ env, loadTemplate }), env, loadTemplate };
}

function without(sets: string[], ...removed: string[]) {
  return sets.filter((s) => !removed.includes(s));
}

/** The rejection of `promise` as an AppError with a localised message in both languages. */
async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const app = error as AppError;
  expect(hasMessage(app.messageKey)).toBe(true);
  expect(t(app.messageKey, app.params, 'vi')).not.toBe(app.messageKey);
  return app;
}

const PNG_3x4 = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0x2c, 0, 0, 0x01, 0x90, 8, 2, 0, 0, 0]);

describe('WordHost.snapshot', () => {
  it('reads everything the rules need with exactly one context.sync()', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    const snap = await host.snapshot();
    expect(model.syncs).toBe(1);
    expect(model.runs).toBe(1);
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(snap.fields.hoTen).toEqual({ id: 'hoTen', text: 'NGUYỄN THỊ MAI', showingPlaceholder: false });
    expect(snap.fields.tomTat.paragraphs).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(snap.fields.anh.picture).toEqual({ widthEmu: Math.round(113.4 * 12700), heightEmu: Math.round(170.1 * 12700) });
    expect(snap.table?.header[0]).toBe('TT');
    expect(snap.table?.rows).toEqual([['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Lộ trình', 'Kết quả']]);
    expect(snap.pages).toEqual({ count: 3, source: 'layout' });
    expect(snap.pageSetup?.widthMm).toBeCloseTo(210, 0);
    expect(snap.pageSetup?.margins.leftMm).toBeCloseTo(30, 0);
    expect(snap.fonts[0]).toMatchObject({ name: 'Times New Roman', sizePt: 14 });
    expect(snap.fonts.some((f) => f.sizePt === 16)).toBe(false); // the title is not body text
    expect(snap.unavailable).toEqual([]);
  });

  it('reports empty controls as showing their placeholder and keeps instructions out of the body text', async () => {
    const model = individualModel(false);
    const { host } = hostFor(model);
    const snap = await host.snapshot();
    expect(snap.fields.hoTen).toMatchObject({ text: '', showingPlaceholder: true });
    expect(snap.fields.anh).toMatchObject({ showingPlaceholder: true, picture: null });
    expect(snap.bodyText).not.toContain('(ghi đầy đủ bằng chữ in hoa');
    expect(snap.bodyText).toContain('- Họ tên: ');
    expect(model.syncs).toBe(1);
  });

  it('leaves a deleted field out of the fields; one whose label is still there is recognised by it (issue 11)', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.sinhNam');
    model.paragraphs = model.paragraphs.map((p) => (p.text.startsWith('- Sinh năm') ? { text: '- Sinh năm: ' } : p));
    expect((await hostFor(model).host.snapshot()).fields.sinhNam).toEqual({ id: 'sinhNam', text: '', showingPlaceholder: true, via: 'label' });
    model.paragraphs = model.paragraphs.filter((p) => !p.text.startsWith('- Sinh năm'));
    const snap = await hostFor(model).host.snapshot();
    expect(snap.fields.sinhNam).toBeUndefined();
    expect(Object.keys(snap.fields)).toHaveLength(5);
  });

  it('reads a table with extra or missing columns as it is', async () => {
    const model = individualModel(true);
    const table = model.controls.find((cc) => cc.tag === 'bctt.moHinh')!;
    table.table = [
      ['TT', 'Tên mô hình/ công trình', 'Ghi chú', 'Kết quả đạt được'],
      ['1', 'A', 'x', 'B'],
    ];
    const snap = await hostFor(model).host.snapshot();
    expect(snap.table).toEqual({ header: ['TT', 'Tên mô hình/ công trình', 'Ghi chú', 'Kết quả đạt được'], rows: [['1', 'A', 'x', 'B']] });
  });

  it('says so when the document has no template', async () => {
    const model = emptyModel();
    model.paragraphs = [{ text: 'Một văn bản khác.' }];
    const snap = await hostFor(model).host.snapshot();
    expect(snap.template).toBeNull();
    expect(snap.fields).toEqual({});
    expect(snap.table).toBeNull();
    expect(snap.bodyText).toBe('Một văn bản khác.');
    expect(model.syncs).toBe(1);
  });

  it('reads the send history from the custom XML part', async () => {
    const model = individualModel(true);
    model.customXml = [REPORT_XML('individual', '<bctt:send at="2026-12-30T08:00:00.000Z" path="manual" to="a@b.vn" period="2026-Q4"/>')];
    const snap = await hostFor(model).host.snapshot();
    expect(snap.sendHistory).toEqual([{ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'a@b.vn', period: '2026-Q4' }]);
  });

  it('degrades without the desktop and 1.4 requirement sets, still in one round trip', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model, without(ALL_SETS, 'WordApiDesktop 1.2', 'WordApiDesktop 1.3', 'WordApi 1.4'));
    const snap = await host.snapshot();
    expect(model.syncs).toBe(1);
    expect(snap.pages).toBeNull();
    expect(snap.pageSetup).toBeNull();
    expect(snap.unavailable.sort()).toEqual(['pageSetup', 'pages', 'sendHistory', 'template']);
    // The template is recognised from its fields instead.
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(hasMessage('word.unavailable.pages')).toBe(true);
    expect(host.capabilities.layoutPages).toBe(false);
    expect(host.capabilities.fixes).not.toContain('applyPageSetup');
  });

  it('falls back to reading the custom XML part separately if Word rejects it inside the batch', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    model.failSync = { at: 1, code: 'ItemNotFound' };
    const snap = await host.snapshot();
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(snap.fields.hoTen.text).toBe('NGUYỄN THỊ MAI');
    expect(snap.unavailable).toEqual([]);
    expect(model.syncs).toBe(3); // the rejected batch, then one for everything and one for the part's XML
  });

  it.each(['GeneralException', 'InvalidArgument', 'AccessDenied'])('falls back to the separate read on any error of the batch (%s), not only ItemNotFound', async (code) => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    model.failSync = { at: 1, code };
    const snap = await host.snapshot();
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(snap.unavailable).toEqual([]);
  });

  it('reads two report parts in our namespace (a report pasted into another) one by one: the template once, every send once', async () => {
    const model = individualModel(true);
    const first = '<bctt:send at="2026-12-30T08:00:00.000Z" path="manual" to="a@b.vn" period="2026-Q4"/>';
    const second = '<bctt:send at="2026-12-31T09:00:00.000Z" path="relay" to="phong@q1.edu.vn" receipt="R-1" period="2026-Q4"/>';
    model.customXml = [REPORT_XML('individual', first), REPORT_XML('individual', first + second)];
    const snap = await hostFor(model).host.snapshot();
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(snap.sendHistory.map((r) => r.at)).toEqual(['2026-12-30T08:00:00.000Z', '2026-12-31T09:00:00.000Z']);
    expect(snap.unavailable).toEqual([]);
  });

  it.each(['GeneralException', 'ItemNotFound', 'AccessDenied'])('surfaces Word throwing %s as a localised AppError', async (code) => {
    const model = individualModel(true);
    const { host } = hostFor(model, without(ALL_SETS, 'WordApi 1.4'));
    model.failSync = { at: 1, code };
    const error = await appError(host.snapshot());
    expect(error.params.code).toBe(code);
    expect(t(error.messageKey, error.params, 'en')).not.toBe(t(error.messageKey, error.params, 'vi'));
  });
});

describe('WordHost.insertTemplate', () => {
  it('opens the template as a new document', async () => {
    const model = emptyModel();
    const { host, loadTemplate } = hostFor(model);
    await host.insertTemplate('collective', 'newDocument');
    expect(loadTemplate).toHaveBeenCalledWith('collective');
    expect(model.opened).toEqual(['UEsDBAECAw==']);
  });

  it('replaces an empty body through Document.insertFileFromBase64 with its import options (WordApi 1.5), and records the template', async () => {
    const model = emptyModel();
    const { host } = hostFor(model);
    await host.insertTemplate('individual', 'here');
    // The document-level insert keeps the template's header and section properties (page setup) itself.
    expect(model.inserted).toEqual([{ where: 'document', base64Length: 12 }]);
    expect(model.insertOptions).toEqual([{ importTheme: true, importStyles: true, importParagraphSpacing: true, importPageColor: true }]);
    expect(parseReportXml(model.customXml[0])?.template).toEqual({ id: 'individual', version: '1.0' });
  });

  it('below WordApi 1.5, replaces the body and puts the page setup back where WordApiDesktop 1.3 allows', async () => {
    const model = emptyModel();
    model.pageSetup.leftMargin = 72;
    const { host } = hostFor(model, without(ALL_SETS, 'WordApi 1.5', 'WordApi 1.6'));
    await host.insertTemplate('individual', 'here');
    expect(model.inserted).toEqual([{ where: 'body', base64Length: 12 }]);
    expect(model.pageSetup.leftMargin).toBeCloseTo(85.04, 1);
  });

  it('never overwrites a document with content without overwrite: true', async () => {
    const model = individualModel(true);
    const before = JSON.stringify(model.controls);
    const { host } = hostFor(model);
    const error = await appError(host.insertTemplate('individual', 'here'));
    expect(error.messageKey).toBe('host.notEmpty');
    expect(model.inserted).toEqual([]);
    expect(JSON.stringify(model.controls)).toBe(before);
    // Our controls are locked against deletion: they are unlocked in the same batch, else Word refuses (office-js #2829).
    host.setRemovalConfirmer(async () => true);
    await host.insertTemplate('individual', 'here', { overwrite: true });
    expect(model.inserted).toEqual([{ where: 'document', base64Length: 12 }]);
  });

  it('inserts at the cursor of a document without our template when nothing is selected', async () => {
    const model = emptyModel();
    model.paragraphs = [{ text: 'Kính gửi: Phòng Giáo dục' }];
    const { host } = hostFor(model);
    await host.insertTemplate('individual', 'here');
    expect(model.inserted).toEqual([{ where: 'selection', base64Length: 12 }]);
  });

  it('refuses a new document without WordApi 1.3, with the set named', async () => {
    const { host } = hostFor(emptyModel(), ['WordApi 1.1', 'WordApi 1.2']);
    const error = await appError(host.insertTemplate('individual', 'newDocument'));
    expect(error.messageKey).toBe('word.unsupported');
    expect(t(error.messageKey, error.params)).toContain('WordApi 1.3');
    expect(host.capabilities.insertModes).toEqual(['here']);
  });

  it('reports a template that cannot be loaded', async () => {
    const model = emptyModel();
    const env = mockEnv(model);
    const host = new WordHost({ env, loadTemplate: async () => Promise.reject(new Error('404')) });
    expect((await appError(host.insertTemplate('individual', 'newDocument'))).messageKey).toBe('word.templateLoad');
    expect(model.opened).toEqual([]);
  });
});

describe('WordHost.goTo', () => {
  it('selects a field, a table cell and searched text', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    await host.goTo({ fieldId: 'hoTen' });
    expect(model.selected).toBe('cc:bctt.hoTen');
    await host.goTo({ fieldId: 'moHinh', tableRow: 0, column: 'ketQua' });
    expect(model.selected).toBe('cell:1,5');
    await host.goTo({ text: 'đoạn HAI.' });
    expect(model.selected).toBe('search:đoạn HAI.');
  });

  it('searches at most 255 characters of a long text', async () => {
    const model = individualModel(true);
    const long = 'Đoạn một.' + ' x'.repeat(400);
    model.paragraphs.push({ text: long });
    await hostFor(model).host.goTo({ text: long });
    expect(model.selected).toBe(`search:${long.slice(0, 255)}`);
  });

  it('explains a deleted field', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.hoTen');
    const error = await appError(hostFor(model).host.goTo({ fieldId: 'hoTen' }));
    expect(error.messageKey).toBe('host.fieldMissing');
    expect(t(error.messageKey, error.params)).toContain('Họ tên');
  });
});

describe('WordHost: a report another program re-saved (issue 11)', () => {
  const TITLES: Record<string, string> = {
    'bctt.anh': 'Hình 4x6',
    'bctt.hoTen': 'Họ tên',
    'bctt.sinhNam': 'Sinh năm',
    'bctt.chucVuDonVi': 'Chức vụ, đơn vị công tác',
    'bctt.tomTat': 'TÓM TẮT THÀNH TÍCH TIÊU BIỂU',
    'bctt.moHinh': 'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU',
  };
  /** LibreOffice's re-save: every control keeps its title, loses its tag. */
  function untagged(): DocModel {
    const model = individualModel(true);
    for (const cc of model.controls) {
      cc.title = TITLES[cc.tag];
      cc.tag = '';
    }
    return model;
  }

  it('recognises controls with our title but no tag as ours, with the same words, as information (not deleted)', async () => {
    const tagged = await hostFor(individualModel(true)).host.snapshot();
    const { host } = hostFor(untagged());
    const snap = await host.snapshot();
    expect(Object.keys(snap.fields).sort()).toEqual(Object.keys(tagged.fields).sort());
    for (const [id, f] of Object.entries(tagged.fields)) expect(snap.fields[id]).toMatchObject({ text: f.text, via: 'alias' });
    expect(snap.table).toEqual(tagged.table);
    const { check } = await import('../../src/core/rules');
    const intact = check(snap).filter((f) => f.rule === 'template.intact');
    expect(intact).toEqual([expect.objectContaining({ severity: 'info', fix: { kind: 'restoreControls' } })]);
  });

  it('puts the tags back on restoreControls, nothing else changes', async () => {
    const model = untagged();
    const texts = model.controls.map((cc) => cc.text);
    const { host } = hostFor(model);
    await host.applyFix({ kind: 'restoreControls' });
    expect(model.controls.map((cc) => cc.tag)).toEqual(Object.keys(TITLES));
    expect(model.controls.map((cc) => cc.text)).toEqual(texts);
    expect(Object.values((await host.snapshot()).fields).every((f) => f.via === undefined)).toBe(true);
  });

  it('recognises text fields and the summary by their labels and headings when the controls are gone', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag === 'bctt.moHinh');
    const snap = await hostFor(model).host.snapshot();
    expect(snap.fields.hoTen).toMatchObject({ text: 'NGUYỄN THỊ MAI', via: 'label' });
    expect(snap.fields.sinhNam).toMatchObject({ text: '1984', via: 'label' });
    expect(snap.fields.tomTat).toMatchObject({ paragraphs: ['Đoạn một.', 'Đoạn hai.'], via: 'label' });
    expect(snap.template?.id).toBe('individual');
  });
});

describe('WordHost.applyFix', () => {
  it('restores a deleted field with its placeholder after its label', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.sinhNam');
    model.paragraphs[3].text = '- Sinh năm: '; // the control was deleted with its text
    const { host } = hostFor(model);
    await host.applyFix({ kind: 'restoreField', fieldId: 'sinhNam' });
    const restored = model.controls.find((cc) => cc.tag === 'bctt.sinhNam');
    expect(restored).toMatchObject({ placeholderText: '(năm sinh, ví dụ: 1984)', text: '(năm sinh, ví dụ: 1984)' });
    const snap = await host.snapshot();
    expect(snap.fields.sinhNam).toMatchObject({ showingPlaceholder: true });
  });

  it('restores a field whose text is still there around that text (repair, never replace), inserting nothing', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.sinhNam');
    const { host } = hostFor(model);
    await host.applyFix({ kind: 'restoreField', fieldId: 'sinhNam' });
    expect(model.ooxml).toEqual([]);
    expect(model.paragraphs[3].text).toBe('- Sinh năm: 1984');
    expect(model.controls.filter((cc) => cc.tag === 'bctt.sinhNam')).toHaveLength(1);
  });

  it('restores the table with the official header when its control is gone', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.moHinh');
    const { host } = hostFor(model);
    await host.applyFix({ kind: 'restoreField', fieldId: 'moHinh' });
    expect(await host.readTable()).toEqual([]);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    expect(cc.table?.[0]).toEqual(['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được']);
  });

  it('restores a field whose label is gone too at the end, and does nothing when the field exists', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.chucVuDonVi');
    model.paragraphs = model.paragraphs.filter((p) => !p.text.startsWith('- Chức vụ'));
    const { host } = hostFor(model);
    await host.applyFix({ kind: 'restoreField', fieldId: 'chucVuDonVi' });
    expect(model.paragraphs[model.paragraphs.length - 1].text).toBe('- Chức vụ, đơn vị công tác: ');
    const count = model.controls.length;
    await host.applyFix({ kind: 'restoreField', fieldId: 'chucVuDonVi' });
    expect(model.controls).toHaveLength(count);
  });

  it('capitalises the name the Vietnamese way, NFC', async () => {
    const model = individualModel(true);
    model.controls[1].text = 'nguye\u0302\u0303n thị mai';
    await hostFor(model).host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' });
    expect(model.controls[1].text).toBe('NGUYỄN THỊ MAI');
  });

  it('renumbers TT', async () => {
    const model = individualModel(true);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    cc.table!.push(['7', 'B', 'C', 'D', 'E', 'F'], ['', 'G', 'H', 'I', 'J', 'K']);
    await hostFor(model).host.applyFix({ kind: 'renumberTable' });
    expect(cc.table!.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
  });

  it('converts TCVN3 paragraphs word by word and sets Times New Roman, leaving Unicode alone', async () => {
    const model = individualModel(true);
    model.paragraphs.push({ text: 'Tr\u00adêng TiÓu häc', font: { name: '.VnTime', size: 14 } }, { text: 'Trường học', font: { name: 'Arial', size: 14 } });
    await hostFor(model).host.applyFix({ kind: 'convertLegacy', encoding: 'tcvn3' });
    const n = model.paragraphs.length;
    expect(model.paragraphs[n - 2]).toEqual({ text: 'Trường Tiểu học', font: { name: 'Times New Roman', size: 14 } });
    expect(model.paragraphs[n - 1]).toEqual({ text: 'Trường học', font: { name: 'Arial', size: 14 } });
  });

  it('removes bidirectional control characters from every paragraph, word by word', async () => {
    const model = individualModel(true);
    model.paragraphs.push({ text: 'NGUYỄN \u202EIAM ỊHT\u202C và \u2067x\u2069' }, { text: 'Trường học' });
    await hostFor(model).host.applyFix({ kind: 'removeBidiControls' });
    const n = model.paragraphs.length;
    expect(model.paragraphs[n - 2].text).toBe('NGUYỄN IAM ỊHT và x');
    expect(model.paragraphs[n - 1].text).toBe('Trường học');
  });

  it('normalises NFD text to NFC', async () => {
    const model = individualModel(true);
    model.paragraphs.push({ text: 'Vie\u0323\u0302t Nam và Việt' });
    await hostFor(model).host.applyFix({ kind: 'normalizeNfc' });
    expect(model.paragraphs[model.paragraphs.length - 1].text).toBe('Việt Nam và Việt');
  });

  it('applies page setup where WordApiDesktop 1.3 exists, and says which set is needed elsewhere', async () => {
    const model = individualModel(true);
    model.pageSetup.topMargin = 72;
    await hostFor(model).host.applyFix({ kind: 'applyPageSetup' });
    expect(model.pageSetup.topMargin).toBeCloseTo(56.69, 1);
    const other = individualModel(true);
    const error = await appError(hostFor(other, without(ALL_SETS, 'WordApiDesktop 1.3')).host.applyFix({ kind: 'applyPageSetup' }));
    expect(error.messageKey).toBe('word.unsupported');
    expect(error.params.set).toBe('WordApiDesktop 1.3');
  });

  it('sets the body font and size, but not on headings', async () => {
    const model = individualModel(true);
    model.paragraphs[6].font = { name: 'Arial', size: 11 };
    await hostFor(model).host.applyFix({ kind: 'applyBodyFont' });
    expect(model.paragraphs[6].font).toEqual({ name: 'Times New Roman', size: 14 });
    expect(model.paragraphs[0].font).toEqual({ name: 'Times New Roman', size: 16 });
  });
});

describe('WordHost fields, photo and summary', () => {
  it('writes a field and restores its placeholder with an empty value', async () => {
    const model = individualModel(false);
    const { host } = hostFor(model);
    await host.setField('sinhNam', '1990');
    expect(model.controls[2].text).toBe('1990');
    await host.setField('sinhNam', '');
    expect(model.controls[2].text).toBe('(năm sinh, ví dụ: 1984)');
  });

  it('puts a photo in the frame, sized to fit 4x6 cm with its ratio', async () => {
    const model = individualModel(false);
    await hostFor(model).host.setPhoto(PNG_3x4); // 300 x 400 px
    const picture = model.controls[0].picture!;
    expect(picture.width).toBeCloseTo(113.39, 1);
    expect(picture.height).toBeCloseTo(151.18, 1);
  });

  it('refuses a file that is not a picture before touching the document', async () => {
    const model = individualModel(false);
    const error = await appError(hostFor(model).host.setPhoto(new Uint8Array([1, 2, 3])));
    expect(error.messageKey).toBe('word.imageInvalid');
    expect(model.syncs).toBe(0);
  });

  it('inserts the writing guide headings into an empty summary', async () => {
    const model = individualModel(false);
    await hostFor(model).host.insertSummarySkeleton(['1. Thành tích', '2. Hiệu quả']);
    expect(model.controls[4].text).toBe('1. Thành tích\n2. Hiệu quả');
  });
});

describe('WordHost table', () => {
  it('reads rows back by header, not by position', async () => {
    const model = individualModel(true);
    expect(await hostFor(model).host.readTable()).toEqual([{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'Mô tả', loTrinh: 'Lộ trình', ketQua: 'Kết quả' }]);
  });

  it('reads the empty template row as no rows', async () => {
    expect(await hostFor(individualModel(false)).host.readTable()).toEqual([]);
  });

  it('adds, updates and removes rows, keeping the header and numbering TT', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (words) => (asked.push(words), true));
    const row = (n: string) => ({ ten: `Mô hình ${n}`, donVi: 'Tổ', moTa: 'Mô tả', loTrinh: 'Lộ trình', ketQua: 'Kết quả' });
    await host.writeTable([row('A'), row('B'), row('C')]);
    // Row 1's own words were replaced: asked first (the TT numbers are the table's, not asked about).
    expect(asked).toEqual([['Thư', 'viện', 'xanh', '1']]);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    expect(cc.table!.map((r) => r[0])).toEqual(['TT', '1', '2', '3']);
    expect(cc.table![3][1]).toBe('Mô hình C');
    await host.writeTable([row('B')]);
    // Rows A and C go: all their words are shown (as a multiset: B's row keeps one of each of its words).
    expect(asked[1]).toEqual(['A', 'Mô', 'hình', 'Tổ', 'Mô', 'tả', 'Lộ', 'trình', 'Kết', 'quả', 'Mô', 'hình', 'C', 'Tổ', 'Mô', 'tả', 'Lộ', 'trình', 'Kết', 'quả']);
    expect(cc.table).toEqual([cc.table![0], ['1', 'Mô hình B', 'Tổ', 'Mô tả', 'Lộ trình', 'Kết quả']]);
    await host.writeTable([]);
    expect(cc.table!.slice(1)).toEqual([['1', '', '', '', '', '']]);
  });

  it('refuses a table with missing columns and changes nothing', async () => {
    const model = individualModel(true);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    cc.table = [
      ['TT', 'Tên mô hình/ công trình', 'Kết quả đạt được'],
      ['1', 'A', 'B'],
    ];
    const before = JSON.stringify(cc.table);
    const error = await appError(hostFor(model).host.writeTable([{ ten: 'X', donVi: 'Y', moTa: 'Z', loTrinh: 'W', ketQua: 'V' }]));
    expect(error.messageKey).toBe('host.tableColumns');
    expect(error.params.missing).toContain('Đơn vị thực hiện');
    expect(JSON.stringify(cc.table)).toBe(before);
  });

  it('writes into a table with an extra column, leaving that column alone', async () => {
    const model = individualModel(true);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    cc.table = [[...cc.table![0], 'Ghi chú'], [...cc.table![1], 'giữ nguyên']];
    const { host } = hostFor(model);
    host.setRemovalConfirmer(async () => true);
    await host.writeTable([{ ten: 'X', donVi: 'Y', moTa: 'Z', loTrinh: 'W', ketQua: 'V' }]);
    expect(cc.table[1]).toEqual(['1', 'X', 'Y', 'Z', 'W', 'V', 'giữ nguyên']);
  });

  it('validates every row before writing anything', async () => {
    const model = individualModel(true);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    const before = JSON.stringify(cc.table);
    const rows = [{ ten: 'ok', donVi: '', moTa: '', loTrinh: '', ketQua: '' }, { ten: 42 }] as never;
    const error = await appError(hostFor(model).host.writeTable(rows));
    expect(error).toMatchObject({ messageKey: 'host.invalidRow', params: { row: 2 } });
    expect(JSON.stringify(cc.table)).toBe(before);
    expect(model.syncs).toBe(0);
  });

  it('loses nothing when Word fails while writing', async () => {
    const model = individualModel(true);
    const cc = model.controls.find((c) => c.tag === 'bctt.moHinh')!;
    const before = JSON.stringify(cc.table);
    const { host } = hostFor(model);
    host.setRemovalConfirmer(async () => true);
    model.failSync = { at: 3, code: 'GeneralException' }; // the write batch
    const error = await appError(host.writeTable([{ ten: 'X', donVi: 'Y', moTa: 'Z', loTrinh: 'W', ketQua: 'V' }]));
    expect(error.messageKey).toBe('word.general');
    expect(JSON.stringify(cc.table)).toBe(before);
  });

  it('reports a missing table', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((c) => c.tag !== 'bctt.moHinh');
    expect((await appError(hostFor(model).host.readTable())).messageKey).toBe('host.tableMissing');
  });
});

describe('WordHost.recordSend', () => {
  it('appends a send to the history kept in the document', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    await host.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'graph', to: 'pgd@q1.edu.vn', period: '2026-Q4' });
    await host.recordSend({ at: '2026-12-31T08:00:00.000Z', path: 'manual', to: 'a&b@x.vn' });
    const snap = await host.snapshot();
    expect(snap.sendHistory.map((s) => s.to)).toEqual(['pgd@q1.edu.vn', 'a&b@x.vn']);
    expect(snap.template?.id).toBe('individual');
  });

  it('creates the part when it is missing, from the fields', async () => {
    const model = individualModel(true);
    model.customXml = [];
    await hostFor(model).host.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'relay', to: 'x@y.vn' });
    expect(parseReportXml(model.customXml[0])?.sends).toHaveLength(1);
  });

  it('needs WordApi 1.4', async () => {
    const error = await appError(hostFor(individualModel(true), without(ALL_SETS, 'WordApi 1.4')).host.recordSend({ at: 'x', path: 'manual', to: '' }));
    expect(error.params.set).toBe('WordApi 1.4');
  });

  it('keeps the history when Word denies access', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model);
    model.failSync = { at: 3, code: 'AccessDenied' };
    expect((await appError(host.recordSend({ at: 'x', path: 'manual', to: '' }))).messageKey).toBe('word.accessDenied');
    expect(model.customXml).toEqual([REPORT_XML()]);
  });
});

describe('WordHost.fileBytes', () => {
  it('concatenates every slice and closes the file', async () => {
    const model = emptyModel();
    const { host, env } = hostFor(model);
    env.fileSlices = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
    expect(Array.from(await host.fileBytes())).toEqual([1, 2, 3, 4, 5, 6]);
    expect(env.fileClosed).toBe(1);
  });

  it('without the CompressedFile requirement set, refuses naming it and never calls getFileAsync', async () => {
    const { host, env } = hostFor(individualModel(true), without(ALL_SETS, 'CompressedFile 1.1'));
    const error = await appError(host.fileBytes());
    expect(error.params.set).toBe('CompressedFile 1.1');
    expect(env.sliceSizes).toEqual([]);
  });

  it('closes the file when a slice fails', async () => {
    const { host, env } = hostFor(emptyModel());
    env.fileSlices = [new Uint8Array([1]), new Uint8Array([2])];
    env.sliceError = 1;
    const error = await appError(host.fileBytes());
    expect(error.messageKey).toBe('word.file');
    expect(env.fileClosed).toBe(1);
  });
});

describe('WordHost.onChange', () => {
  it('listens to paragraph changes (WordApi 1.6) and selection changes, and stops on unsubscribe', async () => {
    const model = individualModel(true);
    const { host, env } = hostFor(model);
    const listener = jest.fn();
    const off = host.onChange(listener);
    await new Promise((r) => setTimeout(r, 0));
    expect(model.handlers.paragraphChanged).toBe(1);
    env.document.handlers[0].handler({});
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(model.handlers.paragraphChanged).toBe(0);
    expect(env.document.handlers).toEqual([]);
  });

  it('uses content-control events with WordApi 1.5 only, and selection events alone below', async () => {
    const model = individualModel(true);
    const { host } = hostFor(model, without(ALL_SETS, 'WordApi 1.6'));
    const off = host.onChange(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(model.handlers).toEqual({ paragraphChanged: 0, dataChanged: 6, untracked: 0 });
    off();

    const older = individualModel(true);
    const { host: oldHost, env } = hostFor(older, ['WordApi 1.1', 'WordApi 1.2', 'WordApi 1.3']);
    oldHost.onChange(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(older.handlers).toEqual({ paragraphChanged: 0, dataChanged: 0, untracked: 0 });
    expect(env.document.handlers).toHaveLength(1);
    expect(oldHost.capabilities.liveEvents).toBe(false);
  });
});

describe('insertTemplateCommand (for the ribbon)', () => {
  it('opens the template as a new document and reports success', async () => {
    const model = emptyModel();
    const result = await insertTemplateCommand('individual', { env: mockEnv(model), loadTemplate: async () => TEMPLATE_BYTES });
    expect(result).toEqual({ ok: true });
    expect(model.opened).toHaveLength(1);
  });

  it('stamps the fetched template with its quarter, so a new document carries it (Q4 2026 on 1 January 2027, before its deadline)', async () => {
    const template = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'assets', 'templates', 'individual.docx')));
    const fetcher = jest.fn(async () => ({ ok: true, arrayBuffer: async () => template.slice().buffer }) as unknown as Response);
    const loadTemplate = fetchTemplateLoader('https://localhost:3000/taskpane.html', fetcher, () => new Date('2027-01-01T09:00:00+07:00'));
    const snapshot = await readDocx(await loadTemplate('individual'));
    expect(snapshot.period).toBe('2026-Q4');
  });

  it('returns a localised error instead of throwing, e.g. when the download fails', async () => {
    const fetcher = jest.fn(async () => ({ ok: false, status: 404 }) as Response);
    const loadTemplate = fetchTemplateLoader('https://localhost:3000/commands.html', fetcher);
    const result = await insertTemplateCommand('collective', { env: mockEnv(emptyModel()), loadTemplate });
    expect(fetcher).toHaveBeenCalledWith('https://localhost:3000/assets/templates/collective.docx', { cache: 'no-cache' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe('word.templateLoad');
  });
});
