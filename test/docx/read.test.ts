import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { INDIVIDUAL, SUMMARY_INSTRUCTION } from '../../src/core/template';
import {
  A4_SECTPR,
  buildDocx,
  cell,
  jpegHeader,
  p,
  pictureControl,
  pngHeader,
  r,
  richControl,
  row,
  stylesXml,
  tableControl,
  textControl,
  themeXml,
} from '../support/docxBuilder';

const HO_TEN_INSTRUCTION = INDIVIDUAL.fields.find((f) => f.id === 'hoTen')!.instruction;

describe('readDocx on the generated templates', () => {
  it('reads the empty individual template: every field showing its instruction, one numbered table row', async () => {
    const snap = await readDocx(await writeTemplateDocx('individual'));
    expect(snap.template).toEqual({ id: 'individual', version: INDIVIDUAL.version });
    expect(Object.keys(snap.fields).sort()).toEqual(['anh', 'chucVuDonVi', 'hoTen', 'moHinh', 'sinhNam', 'tomTat']);
    for (const id of ['anh', 'hoTen', 'sinhNam', 'chucVuDonVi', 'tomTat']) {
      expect({ id, showing: snap.fields[id].showingPlaceholder, text: snap.fields[id].text }).toEqual({ id, showing: true, text: '' });
    }
    expect(snap.fields.anh.picture).toBeNull();
    expect(snap.table?.header[0]).toBe('TT');
    expect(snap.table?.rows).toEqual([['1', '', '', '', '', '']]);
    expect(snap.bodyText).not.toContain(SUMMARY_INSTRUCTION);
    expect(snap.bodyText).not.toContain(HO_TEN_INSTRUCTION);
    expect(snap.pageSetup).toEqual({ widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } });
    expect(snap.pages).toBeNull();
    expect(snap.unavailable).toContain('pages');
    expect(snap.fonts[0]).toMatchObject({ name: 'Times New Roman', sizePt: 14 });
  });

  it('reads a filled collective template with its values, summary paragraphs and table rows', async () => {
    const bytes = await writeTemplateDocx('collective', {
      kind: 'collective',
      fields: { tenTapThe: 'Trường Tiểu học Lê Lợi, Quận 3, Thành phố Hồ Chí Minh' },
      summary: ['Đoạn thứ nhất.', 'Đoạn thứ hai.'],
      models: [{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'Mô tả', loTrinh: 'Tháng 9', ketQua: '100%' }],
    });
    const snap = await readDocx(bytes);
    expect(snap.template?.id).toBe('collective');
    expect(snap.fields.tenTapThe).toMatchObject({ text: 'Trường Tiểu học Lê Lợi, Quận 3, Thành phố Hồ Chí Minh', showingPlaceholder: false });
    expect(snap.fields.tomTat.paragraphs).toEqual(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);
    expect(snap.fields.tomTat.text).toBe('Đoạn thứ nhất.\nĐoạn thứ hai.');
    expect(snap.table?.rows).toEqual([['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Tháng 9', '100%']]);
    expect(snap.bodyText).toContain('Đoạn thứ nhất.\nĐoạn thứ hai.');
  });
});

describe('readDocx fields', () => {
  it('reads text, year, rich text, picture and table controls', async () => {
    const png = pngHeader(600, 900);
    const body =
      pictureControl('rIdImg1', 1440000, 2160000) +
      p(`<w:r><w:t xml:space="preserve">- Họ tên: </w:t></w:r>${textControl('hoTen', 'NGUYỄN VĂN AN')}`, { raw: true }) +
      p(`<w:r><w:t xml:space="preserve">- Sinh năm: </w:t></w:r>${textControl('sinhNam', '1984')}`, { raw: true }) +
      richControl('tomTat', ['Một.', '', 'Ba.']) +
      tableControl([['1', 'A', 'B', 'C', 'D', 'E']]);
    const snap = await readDocx(await buildDocx({ body, media: { 'image1.png': png }, report: { template: 'individual', version: '1.0' } }));
    expect(snap.fields.hoTen).toEqual({ id: 'hoTen', text: 'NGUYỄN VĂN AN', showingPlaceholder: false });
    expect(snap.fields.sinhNam.text).toBe('1984');
    expect(snap.fields.tomTat.paragraphs).toEqual(['Một.', '', 'Ba.']);
    expect(snap.fields.anh.picture).toEqual({ widthEmu: 1440000, heightEmu: 2160000, pixelWidth: 600, pixelHeight: 900 });
    expect(snap.table?.rows).toEqual([['1', 'A', 'B', 'C', 'D', 'E']]);
    expect(snap.bodyText.split('\n')).toContain('- Họ tên: NGUYỄN VĂN AN');
  });

  it('reads the pixel size of a JPEG photo', async () => {
    const snap = await readDocx(await buildDocx({ body: pictureControl('rIdImg1', 1000000, 1500000), media: { 'photo.jpeg': jpegHeader(400, 600) } }));
    expect(snap.fields.anh.picture).toEqual({ widthEmu: 1000000, heightEmu: 1500000, pixelWidth: 400, pixelHeight: 600 });
  });

  it('treats a control showing its placeholder as empty and keeps the instruction out of the body text', async () => {
    const body = p(`<w:r><w:t xml:space="preserve">- Họ tên: </w:t></w:r>${textControl('hoTen', null, HO_TEN_INSTRUCTION)}`, { raw: true });
    const snap = await readDocx(await buildDocx({ body }));
    expect(snap.fields.hoTen).toEqual({ id: 'hoTen', text: '', showingPlaceholder: true });
    expect(snap.bodyText).toBe('- Họ tên: ');
  });

  it('treats content identical to the instruction (flag lost) as the placeholder', async () => {
    const body = richControl('tomTat', [SUMMARY_INSTRUCTION.normalize('NFD')]);
    const snap = await readDocx(await buildDocx({ body }));
    expect(snap.fields.tomTat.showingPlaceholder).toBe(true);
    expect(snap.fields.tomTat.text).toBe('');
    expect(snap.bodyText).toBe('');
  });

  it('keeps a value that merely contains the instruction', async () => {
    const snap = await readDocx(await buildDocx({ body: richControl('tomTat', [SUMMARY_INSTRUCTION + ' Thêm nội dung.']) }));
    expect(snap.fields.tomTat.showingPlaceholder).toBe(false);
  });

  it('reads text as Word saved it: split runs, proofing marks, bookmarks, smart tags, hyperlinks, fields', async () => {
    const content =
      '<w:proofErr w:type="spellStart"/>' +
      r('NGU') +
      '<w:bookmarkStart w:id="0" w:name="x"/>' +
      r('YỄN', '<w:b/>') +
      '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>' +
      `<w:smartTag w:uri="urn:x" w:element="place">${r(' VĂN')}</w:smartTag>` +
      `<w:hyperlink r:id="rIdX">${r(' A')}</w:hyperlink>` +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD x </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r('N') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      `<w:fldSimple w:instr=" QUOTE ">${r('H')}</w:fldSimple>`;
    const snap = await readDocx(await buildDocx({ body: p(textControl('hoTen', '', '', content), { raw: true }) }));
    expect(snap.fields.hoTen.text).toBe('NGUYỄN VĂN ANH');
  });

  it('counts tracked insertions and skips tracked deletions', async () => {
    const content =
      r('NGUYỄN ') +
      `<w:del w:id="1" w:author="x"><w:r><w:delText>THỊ </w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="x">${r('VĂN ')}</w:ins>` +
      `<w:moveFrom w:id="3" w:author="x">${r('CŨ ')}</w:moveFrom>` +
      r('AN');
    const deletedRow = '<w:tr><w:trPr><w:del w:id="9" w:author="x"/></w:trPr>' + ['9', 'X', 'X', 'X', 'X', 'X'].map(cell).join('') + '</w:tr>';
    const body = p(textControl('hoTen', '', '', content), { raw: true }) + tableControl([['1', 'A', 'B', 'C', 'D', 'E'], deletedRow]);
    const snap = await readDocx(await buildDocx({ body }));
    expect(snap.fields.hoTen.text).toBe('NGUYỄN VĂN AN');
    expect(snap.table?.rows).toEqual([['1', 'A', 'B', 'C', 'D', 'E']]);
    expect(snap.bodyText).not.toContain('THỊ');
  });

  it('reads the first branch of mc:AlternateContent once, and text boxes', async () => {
    const alt =
      '<mc:AlternateContent><mc:Choice Requires="w14">' + r('một') + '</mc:Choice><mc:Fallback>' + r('một') + '</mc:Fallback></mc:AlternateContent>';
    const textBox =
      '<w:r><w:drawing><wp:anchor><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData uri="x"><wps:wsp><wps:txbx><w:txbxContent>' +
      p('trong khung') +
      '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>';
    const snap = await readDocx(await buildDocx({ body: p(alt + textBox, { raw: true }) }));
    expect(snap.bodyText).toBe('một\ntrong khung');
  });

  it('finds controls nested in other controls and at paragraph, row and cell level', async () => {
    const wrapped = `<w:sdt><w:sdtPr><w:tag w:val="other"/></w:sdtPr><w:sdtContent>${p(
      `<w:sdt><w:sdtPr><w:tag w:val="bctt.hoTen"/></w:sdtPr><w:sdtContent>${p('TRẦN BÌNH')}</w:sdtContent></w:sdt>`,
      { raw: true },
    )}</w:sdtContent></w:sdt>`;
    const rowSdt = `<w:sdt><w:sdtPr><w:tag w:val="row"/></w:sdtPr><w:sdtContent>${row(['1', 'A', 'B', 'C', 'D', 'E'])}</w:sdtContent></w:sdt>`;
    const cellSdtRow = `<w:tr>${cell('2')}<w:sdt><w:sdtPr/><w:sdtContent>${cell('F')}</w:sdtContent></w:sdt>${['G', 'H', 'I', 'J'].map(cell).join('')}</w:tr>`;
    const duplicate = p(textControl('sinhNam', '1990'), { raw: true }) + p(textControl('sinhNam', '2000'), { raw: true });
    const snap = await readDocx(await buildDocx({ body: wrapped + duplicate + tableControl([rowSdt, cellSdtRow]) }));
    expect(snap.fields.hoTen.text).toBe('TRẦN BÌNH');
    expect(snap.fields.sinhNam.text).toBe('1990');
    expect(snap.table?.rows).toEqual([
      ['1', 'A', 'B', 'C', 'D', 'E'],
      ['2', 'F', 'G', 'H', 'I', 'J'],
    ]);
  });

  it('reports tables as found: extra and missing columns, merged cells, multi-paragraph cells', async () => {
    const merged = '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p('gộp') + '</w:tc>' + ['x', 'y', 'z', 'w'].map(cell).join('') + '</w:tr>';
    const snap = await readDocx(
      await buildDocx({ body: tableControl([['1', 'A', 'B\nB2', 'C', 'D', 'E', 'thừa'], ['2', 'A'], merged], ['TT', 'Tên']) }),
    );
    expect(snap.table?.header).toEqual(['TT', 'Tên']);
    expect(snap.table?.rows).toEqual([
      ['1', 'A', 'B\nB2', 'C', 'D', 'E', 'thừa'],
      ['2', 'A'],
      ['gộp', '', 'x', 'y', 'z', 'w'],
    ]);
  });

  it('has no table when the models control is deleted, and no field for deleted controls', async () => {
    const snap = await readDocx(await buildDocx({ body: p('Chỉ có chữ.'), report: { template: 'individual', version: '1.0' } }));
    expect(snap.table).toBeNull();
    expect(snap.fields).toEqual({});
    expect(snap.template?.id).toBe('individual');
  });

  it('keeps NFD text as written (rules normalise), and tabs as \\t', async () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    const snap = await readDocx(await buildDocx({ body: p(`${r(nfd)}<w:r><w:tab/></w:r>${r('x')}`, { raw: true }) }));
    expect(snap.bodyText).toBe(nfd + '\tx');
  });

  it('finds the main part through _rels/.rels like Word', async () => {
    const snap = await readDocx(await buildDocx({ documentPath: 'word/main.xml', body: p('ở chỗ khác') }));
    expect(snap.bodyText).toBe('ở chỗ khác');
  });
});

describe('readDocx layout, pages and fonts', () => {
  it('converts page size and margins from twips to mm', async () => {
    const sect = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:bottom="1418" w:left="1985" w:right="1134"/></w:sectPr>';
    const snap = await readDocx(await buildDocx({ sectPr: sect }));
    expect(snap.pageSetup).toEqual({ widthMm: 215.9, heightMm: 279.4, margins: { topMm: 25.4, bottomMm: 25, leftMm: 35, rightMm: 20 } });
  });

  it('reads a landscape section as wider than tall', async () => {
    const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/></w:sectPr>';
    const snap = await readDocx(await buildDocx({ sectPr: sect }));
    expect(snap.pageSetup).toMatchObject({ widthMm: 297, heightMm: 210 });
  });

  it('says so when the page setup is missing', async () => {
    const snap = await readDocx(await buildDocx({ sectPr: '' }));
    expect(snap.pageSetup).toBeNull();
    expect(snap.unavailable).toContain('pageSetup');
  });

  it('uses <Pages> from docProps/app.xml when Word wrote it', async () => {
    const snap = await readDocx(await buildDocx({ pages: 3 }));
    expect(snap.pages).toEqual({ count: 3, source: 'app.xml' });
    expect(snap.unavailable).not.toContain('pages');
    const none = await readDocx(await buildDocx({ pages: null }));
    expect(none.pages).toBeNull();
    expect(none.unavailable).toContain('pages');
  });

  it('resolves fonts: run > character style > paragraph style basedOn chain > docDefaults', async () => {
    const styles = stylesXml({
      defaults: '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>',
      styles:
        '<w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Base"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Legacy"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>',
    });
    const body =
      p('mặc định') +
      p('thân bài', { style: 'Body' }) +
      p(r('Hå vµ tªn', '<w:rStyle w:val="Legacy"/>'), { style: 'Body', raw: true }) +
      p(r('riêng', '<w:rFonts w:ascii="VNI-Times"/><w:sz w:val="30"/>'), { raw: true });
    const snap = await readDocx(await buildDocx({ body, styles }));
    const byName = Object.fromEntries(snap.fonts.map((f) => [`${f.name}/${f.sizePt}`, f]));
    expect(Object.keys(byName).sort()).toEqual(['.VnTime/13', 'Arial/11', 'Times New Roman/13', 'VNI-Times/15']);
    expect(byName['Arial/11'].chars).toBe('mặcđịnh'.length);
    expect(byName['.VnTime/13'].sample).toBe('Hå vµ tªn');
  });

  it('maps theme fonts to the theme, or to Calibri without a theme', async () => {
    const styles = stylesXml({ defaults: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/>' });
    const themed = await readDocx(await buildDocx({ styles, theme: themeXml('Times New Roman') }));
    expect(themed.fonts.map((f) => [f.name, f.sizePt])).toEqual([['Times New Roman', 12]]);
    const plain = await readDocx(await buildDocx({ styles }));
    expect(plain.fonts.map((f) => f.name)).toEqual(['Calibri']);
  });

  it('keeps font samples to 300 characters and leaves placeholder text out of the fonts', async () => {
    const long = 'chữ '.repeat(200);
    const body = p(long) + richControl('tomTat', null, 'HƯỚNG DẪN');
    const snap = await readDocx(await buildDocx({ body }));
    expect(snap.fonts).toHaveLength(1);
    expect(snap.fonts[0].sample.length).toBe(300);
    expect(snap.fonts[0].sample).not.toContain('HƯỚNG');
  });
});

describe('readDocx report part', () => {
  it('reads the template and the send history, oldest first, skipping malformed sends', async () => {
    const sends =
      '<bctt:send at="2026-10-01T08:00:00.000Z" path="manual" to="a@b.vn" period="2026-Q3"/>' +
      '<bctt:send at="2026-12-30T08:00:00.000Z" path="graph" to="x@y.vn" receipt="msg-1"/>' +
      '<bctt:send at="not a date" path="graph" to="x@y.vn"/>' +
      '<bctt:send at="2026-12-31T08:00:00.000Z" path="pigeon" to="x@y.vn"/>';
    const snap = await readDocx(await buildDocx({ report: { template: 'collective', version: '1.0', sends } }));
    expect(snap.template).toEqual({ id: 'collective', version: '1.0' });
    expect(snap.sendHistory).toEqual([
      { at: '2026-10-01T08:00:00.000Z', path: 'manual', to: 'a@b.vn', period: '2026-Q3' },
      { at: '2026-12-30T08:00:00.000Z', path: 'graph', to: 'x@y.vn', receipt: 'msg-1' },
    ]);
  });

  it('gives no template for an unknown template id or a missing version', async () => {
    expect((await readDocx(await buildDocx({ report: { template: 'khac', version: '1.0' } }))).template).toBeNull();
    expect((await readDocx(await buildDocx({ report: { template: 'individual' } }))).template).toBeNull();
  });

  it('ignores custom XML parts of other namespaces and broken ones', async () => {
    const other = '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
    expect((await readDocx(await buildDocx({ report: other }))).template).toBeNull();
    expect((await readDocx(await buildDocx({ report: '<not closed' }))).template).toBeNull();
  });

  it('a Word file that is not one of our templates reads with template null', async () => {
    const snap = await readDocx(await buildDocx({ body: p('Công văn bình thường.') + p(r('Tab') + '<w:r><w:tab/></w:r>', { raw: true }), sectPr: A4_SECTPR }));
    expect(snap.template).toBeNull();
    expect(snap.fields).toEqual({});
    expect(snap.bodyText).toBe('Công văn bình thường.\nTab\t');
  });
});
