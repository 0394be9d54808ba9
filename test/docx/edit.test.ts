import JSZip from 'jszip';
import { editDocx } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { INDIVIDUAL, SUMMARY_INSTRUCTION } from '../../src/core/template';
import { isAppError } from '../../src/core/errors';
import { buildDocx, jpegHeader, p, pictureControl, pngHeader, r, richControl, tableControl, textControl, partText, unzip } from '../support/docxBuilder';

const HO_TEN_INSTRUCTION = INDIVIDUAL.fields.find((f) => f.id === 'hoTen')!.instruction;
const SEND = { at: '2026-12-30T08:00:00.000Z', path: 'manual' as const, to: 'phong@gd.vn', period: '2026-Q4' };

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return isAppError(e) ? e.messageKey : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

describe('editDocx round trip', () => {
  it('sets fields, summary and table rows; reading back gives the new values', async () => {
    const edited = await editDocx(await writeTemplateDocx('individual'), {
      fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Giáo viên, Trường THCS Lê Lợi' },
      summary: ['Đoạn một.', 'Đoạn hai.'],
      models: [
        { ten: 'Thư viện xanh', donVi: 'Tổ Văn', moTa: 'Góc đọc\nngoài trời', loTrinh: 'Tháng 9', ketQua: '500 học sinh' },
        { ten: 'CLB STEM', donVi: 'Tổ Toán', moTa: 'Mô tả', loTrinh: 'Tháng 10', ketQua: 'Giải Nhì' },
      ],
    });
    const snap = await readDocx(edited);
    expect(snap.fields.hoTen).toEqual({ id: 'hoTen', text: 'NGUYỄN THỊ MAI', showingPlaceholder: false });
    expect(snap.fields.sinhNam.text).toBe('1984');
    expect(snap.fields.chucVuDonVi.text).toBe('Giáo viên, Trường THCS Lê Lợi');
    expect(snap.fields.tomTat.paragraphs).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(snap.table?.rows).toEqual([
      ['1', 'Thư viện xanh', 'Tổ Văn', 'Góc đọc\nngoài trời', 'Tháng 9', '500 học sinh'],
      ['2', 'CLB STEM', 'Tổ Toán', 'Mô tả', 'Tháng 10', 'Giải Nhì'],
    ]);
    expect(snap.fields.anh.showingPlaceholder).toBe(true);
    expect(snap.template?.id).toBe('individual');
    expect(snap.fonts[0]).toMatchObject({ name: 'Times New Roman', sizePt: 14 });
  });

  it('restores the placeholder (flag and instruction in PlaceholderText style) when a value is set to empty', async () => {
    const filled = await editDocx(await writeTemplateDocx('individual'), { fields: { hoTen: 'TRẦN AN' }, summary: ['Nội dung.'] });
    const cleared = await editDocx(filled, { fields: { hoTen: '' }, summary: [] });
    const snap = await readDocx(cleared);
    expect(snap.fields.hoTen).toEqual({ id: 'hoTen', text: '', showingPlaceholder: true });
    expect(snap.fields.tomTat.showingPlaceholder).toBe(true);
    expect(snap.bodyText).not.toContain('TRẦN AN');
    const xml = await partText(cleared, 'word/document.xml');
    expect(xml).toContain(HO_TEN_INSTRUCTION);
    expect(xml).toContain(SUMMARY_INSTRUCTION);
    expect(xml.split('<w:showingPlcHdr/>').length - 1).toBe(5);
    expect(xml).toContain('<w:rStyle w:val="PlaceholderText"/>');
  });

  it('clears the placeholder flag when a value is set', async () => {
    const edited = await editDocx(await writeTemplateDocx('collective'), { fields: { tenTapThe: 'Trường Tiểu học An Phú, Thành phố Hồ Chí Minh' } });
    const xml = await partText(edited, 'word/document.xml');
    const original = await partText(await writeTemplateDocx('collective'), 'word/document.xml');
    expect(xml.split('<w:showingPlcHdr/>').length).toBe(original.split('<w:showingPlcHdr/>').length - 1);
  });

  it('keeps every other zip entry identical and document.xml identical outside the edited controls', async () => {
    const original = await buildDocx({
      body:
        p('Mở đầu & giữ nguyên') +
        p(`${r('- Họ tên: ')}${textControl('hoTen', null, HO_TEN_INSTRUCTION)}`, { raw: true }) +
        p('Giữa') +
        richControl('tomTat', null, SUMMARY_INSTRUCTION) +
        p('Kết thúc'),
      pages: 2,
      report: { template: 'individual', version: '1.0' },
    });
    const edited = await editDocx(original, { fields: { hoTen: 'LÊ VĂN BA' }, summary: ['Một', 'Hai'] });
    const before = await unzip(original);
    const after = await unzip(edited);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) {
      if (name === 'word/document.xml') continue;
      expect({ name, same: Buffer.from(after.get(name)!).equals(Buffer.from(data)) }).toEqual({ name, same: true });
    }
    const docBefore = Buffer.from(before.get('word/document.xml')!).toString('utf8');
    const docAfter = Buffer.from(after.get('word/document.xml')!).toString('utf8');
    const hoTenStart = docBefore.indexOf('<w:sdt>');
    expect(docAfter.slice(0, hoTenStart)).toBe(docBefore.slice(0, hoTenStart));
    const tail = docBefore.slice(docBefore.lastIndexOf('</w:sdt>'));
    expect(docAfter.endsWith(tail)).toBe(true);
    const middle = docBefore.slice(docBefore.indexOf('</w:sdt>'), docBefore.lastIndexOf('<w:sdt>'));
    expect(docAfter).toContain(middle);
  });

  it('escapes XML special characters, drops control characters and stores NFD values as NFC', async () => {
    const nasty = 'A & B <c> "d" \'e\' ]]> \u0001\u0008\u000B\uFFFE' + 'Nguyễn'.normalize('NFD');
    const edited = await editDocx(await writeTemplateDocx('individual'), {
      fields: { hoTen: nasty, chucVuDonVi: 'dòng 1\r\ndòng 2\tcột' },
      models: [{ ten: '<tbl>', donVi: '&amp;', moTa: 'x', loTrinh: 'y', ketQua: 'z' }],
    });
    const snap = await readDocx(edited);
    expect(snap.fields.hoTen.text).toBe('A & B <c> "d" \'e\' ]]> ' + 'Nguyễn'.normalize('NFC'));
    expect(snap.fields.hoTen.text).toBe(snap.fields.hoTen.text.normalize('NFC'));
    expect(snap.fields.chucVuDonVi.text).toBe('dòng 1\ndòng 2\tcột');
    expect(snap.table?.rows[0].slice(1, 3)).toEqual(['<tbl>', '&amp;']);
  });

  it('numbers table rows 1..n and leaves one empty numbered row for no models', async () => {
    const three = await editDocx(await writeTemplateDocx('collective'), {
      models: [1, 2, 3].map((i) => ({ ten: `M${i}`, donVi: '', moTa: '', loTrinh: '', ketQua: '' })),
    });
    expect((await readDocx(three)).table?.rows.map((row) => row[0])).toEqual(['1', '2', '3']);
    const none = await editDocx(three, { models: [] });
    expect((await readDocx(none)).table?.rows).toEqual([['1', '', '', '', '', '']]);
  });

  it('fills a table that has a header only, keeping the header', async () => {
    const edited = await editDocx(await buildDocx({ body: tableControl([]) }), { models: [{ ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' }] });
    const snap = await readDocx(edited);
    expect(snap.table?.header[1]).toBe('Tên mô hình/ công trình');
    expect(snap.table?.rows).toEqual([['1', 'A', 'B', 'C', 'D', 'E']]);
  });
});

describe('editDocx send history', () => {
  it('appends to the existing report part, keeping earlier sends', async () => {
    const once = await editDocx(await writeTemplateDocx('individual'), { appendSend: SEND });
    const twice = await editDocx(once, { appendSend: { ...SEND, at: '2027-01-01T01:00:00.000Z', path: 'graph', to: 'a&b@x.vn', receipt: 'id "1"' } });
    const snap = await readDocx(twice);
    expect(snap.sendHistory).toEqual([SEND, { at: '2027-01-01T01:00:00.000Z', path: 'graph', to: 'a&b@x.vn', receipt: 'id "1"', period: '2026-Q4' }]);
    expect(snap.template?.id).toBe('individual');
  });

  it('creates the report part when missing, linked and typed so the package stays valid', async () => {
    const plain = await buildDocx({ body: p(textControl('tenTapThe', 'Trường A'), { raw: true }) });
    const edited = await editDocx(plain, { appendSend: SEND });
    const snap = await readDocx(edited);
    expect(snap.sendHistory).toEqual([SEND]);
    expect(snap.template).toEqual({ id: 'collective', version: '1.0' });
    const zip = await JSZip.loadAsync(edited);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/customXml/itemProps1.xml"');
    expect(zip.file('customXml/_rels/item1.xml.rels')).not.toBeNull();
  });
});

describe('editDocx refusals', () => {
  it('refuses a field whose control was deleted', async () => {
    expect(await errorKey(editDocx(await buildDocx({ body: p('x') }), { fields: { hoTen: 'A' } }))).toBe('host.fieldMissing');
    expect(await errorKey(editDocx(await buildDocx({ body: p('x') }), { models: [] }))).toBe('host.fieldMissing');
  });

  it('refuses to write text into the picture or table control', async () => {
    const doc = await buildDocx({ body: pictureControl('rIdImg1') + tableControl([]), media: { 'a.png': pngHeader(1, 1) } });
    expect(await errorKey(editDocx(doc, { fields: { anh: 'x' } }))).toBe('host.editUnsupported');
    expect(await errorKey(editDocx(doc, { fields: { moHinh: 'x' } }))).toBe('host.editUnsupported');
  });

  it('returns the same bytes when there is nothing to change', async () => {
    const doc = await buildDocx({ body: p('x') });
    expect(Buffer.from(await editDocx(doc, {})).equals(Buffer.from(doc))).toBe(true);
  });
});

describe('editDocx photo', () => {
  it('adds the picture as a media part with its relationship and content type, keeping other parts identical', async () => {
    const original = await writeTemplateDocx('individual', { kind: 'individual', fields: { hoTen: 'LÊ AN' } });
    const edited = await editDocx(original, { photo: pngHeader(300, 400) });
    const snap = await readDocx(edited);
    // 300x400 is 3:4, wider than the 2:3 frame: the width fills 4 cm, the height keeps the ratio.
    expect(snap.fields.anh).toMatchObject({ showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 1920000, pixelWidth: 300, pixelHeight: 400 } });
    const before = await unzip(original);
    const after = await unzip(edited);
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual(['word/media/bctt-photo1.png']);
    for (const [name, data] of before) {
      if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      expect({ name, same: Buffer.from(data).equals(Buffer.from(after.get(name)!)) }).toEqual({ name, same: true });
    }
    expect(await partText(edited, '[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>');
    const xml = await partText(edited, 'word/document.xml');
    expect(xml).not.toContain('<w:picture/>'); // a rich-text control holding the picture
    const anhSdtPr = xml.slice(xml.indexOf('bctt.anh'), xml.indexOf('</w:sdtPr>', xml.indexOf('bctt.anh')));
    expect(anhSdtPr).not.toContain('showingPlcHdr');
    expect(xml).not.toContain('>Hình 4x6<');
  });

  it('replaces an existing picture and drops the old part when nothing else links to it', async () => {
    const original = await buildDocx({
      body: pictureControl('rIdImg1', 1440000, 2160000),
      media: { 'old.png': pngHeader(40, 60) },
      report: { template: 'individual', version: '1.0' },
    });
    const edited = await editDocx(original, { photo: jpegHeader(60, 90) });
    const parts = [...(await unzip(edited)).keys()];
    expect(parts).toContain('word/media/bctt-photo1.jpeg');
    expect(parts).not.toContain('word/media/old.png');
    const rels = await partText(edited, 'word/_rels/document.xml.rels');
    expect(rels).not.toContain('rIdImg1');
    expect((await readDocx(edited)).fields.anh.picture).toMatchObject({ pixelWidth: 60, pixelHeight: 90 });
  });

  it('refuses bytes that are neither JPEG nor PNG, and a document without the photo control', async () => {
    expect(await errorKey(editDocx(await writeTemplateDocx('individual'), { photo: new Uint8Array([1, 2, 3]) }))).toBe('docx.photoUnsupported');
    expect(await errorKey(editDocx(await writeTemplateDocx('collective'), { photo: pngHeader(2, 3) }))).toBe('host.photoNotInTemplate');
    expect(await errorKey(editDocx(await buildDocx({ body: p('x') }), { photo: pngHeader(2, 3) }))).toBe('host.fieldMissing');
  });
});

describe('editDocx appendSummary', () => {
  it('adds paragraphs after the written ones, formatted like the first paragraph, other bytes unchanged', async () => {
    const rich =
      '<w:sdt><w:sdtPr><w:tag w:val="bctt.tomTat"/></w:sdtPr><w:sdtContent>' +
      '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Đã viết.</w:t></w:r></w:p>' +
      '</w:sdtContent></w:sdt>';
    const original = await buildDocx({ body: p('Mở đầu') + rich + p('Kết'), report: { template: 'individual', version: '1.0' } });
    const edited = await editDocx(original, { appendSummary: ['Mục <1> & 2', ''] });
    expect((await readDocx(edited)).fields.tomTat.paragraphs).toEqual(['Đã viết.', 'Mục <1> & 2', '']);
    const xml = await partText(edited, 'word/document.xml');
    expect(xml).toContain(
      '<w:t>Đã viết.</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Mục &lt;1&gt; &amp; 2</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="both"/></w:pPr></w:p></w:sdtContent>',
    );
    const before = await partText(original, 'word/document.xml');
    expect(xml.replace(/<w:p><w:pPr><w:jc w:val="both"\/><\/w:pPr><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">Mục[^]*?<\/w:sdtContent>/, '</w:sdtContent>')).toBe(before);
  });

  it('replaces the placeholder when the summary is empty', async () => {
    const edited = await editDocx(await writeTemplateDocx('collective'), { appendSummary: ['1. Đặc điểm', ''] });
    const snap = await readDocx(edited);
    expect(snap.fields.tomTat).toMatchObject({ showingPlaceholder: false, paragraphs: ['1. Đặc điểm', ''] });
    expect(await partText(edited, 'word/document.xml')).not.toContain(SUMMARY_INSTRUCTION);
  });
});
