import JSZip from 'jszip';
import { check } from '../../src/core/rules';
import { toLegacy } from '../../src/core/text';
import { FileHost } from '../../src/docx/fileHost';
import {
  DECREE_PAGE,
  bodyFontStylesXml,
  convertLegacyXml,
  fixDocx,
  normalizeNfcXml,
  pageSetupXml,
} from '../../src/docx/fixes';
import { readDocx } from '../../src/docx/read';
import { StyleSheet } from '../../src/docx/styles';
import { parseXml } from '../../src/docx/xml';
import { A4_SECTPR, W_NS, buildDocx, documentXml, p, partText, r, stylesXml } from '../support/docxBuilder';
import { NOW } from '../support/snapshots';

const VNTIME = '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>';
const VNTIMEH = '<w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>';
const VNI = '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>';
const TEXT = 'Trường Tiểu học Lê Lợi đạt danh hiệu tập thể lao động xuất sắc';

const findingsOf = async (bytes: Uint8Array, rule: string) => check(await readDocx(bytes), { now: NOW }).filter((f) => f.rule === rule);

function sheet(styles = stylesXml()): StyleSheet {
  return new StyleSheet(parseXml(styles, 'word/styles.xml', 64), undefined);
}

describe('convertLegacy', () => {
  it('turns .VnTime text into Unicode in Times New Roman: the encoding.legacy error is gone', async () => {
    const bytes = await buildDocx({ body: p(r(toLegacy(TEXT, 'tcvn3'), VNTIME), { raw: true }) + p('Đoạn Unicode giữ nguyên.') });
    const [finding] = await findingsOf(bytes, 'encoding.legacy');
    expect(finding).toMatchObject({ severity: 'error', fix: { kind: 'convertLegacy', encoding: 'tcvn3', font: '.VnTime' } });
    const fixed = await fixDocx(bytes, finding.fix as never);
    expect(await findingsOf(fixed, 'encoding.legacy')).toEqual([]);
    const snap = await readDocx(fixed);
    expect(snap.bodyText).toBe(`${TEXT}\nĐoạn Unicode giữ nguyên.`);
    expect(snap.fonts.map((f) => f.name)).toEqual(['Times New Roman']);
  });

  it('converts VNI-Times text, and .VnTimeH text to capitals as the font shows it', async () => {
    const body =
      p(r(toLegacy(TEXT, 'vni'), VNI), { raw: true }) + p(r(toLegacy('BÁO CÁO THÀNH TÍCH', 'tcvn3', { capitalsOnly: true }), VNTIMEH), { raw: true });
    const bytes = await buildDocx({ body });
    const vni = await fixDocx(bytes, { kind: 'convertLegacy', encoding: 'vni', font: 'VNI-Times' });
    const both = await fixDocx(vni, { kind: 'convertLegacy', encoding: 'tcvn3', font: '.VnTimeH' });
    expect((await readDocx(both)).bodyText).toBe(`${TEXT}\nBÁO CÁO THÀNH TÍCH`);
    expect(await findingsOf(both, 'encoding.legacy')).toEqual([]);
  });

  it('converts text in a legacy font set by the paragraph style', async () => {
    const styles = stylesXml({
      styles: `<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cu"/><w:rPr>${VNTIME}</w:rPr></w:style>`,
    });
    const bytes = await buildDocx({ styles, body: p(toLegacy(TEXT, 'tcvn3'), { style: 'Cu' }) });
    const fixed = await fixDocx(bytes, { kind: 'convertLegacy', encoding: 'tcvn3', font: '.VnTime' });
    const snap = await readDocx(fixed);
    expect(snap.bodyText).toBe(TEXT);
    expect(snap.fonts[0].name).toBe('Times New Roman');
  });

  it('without a font, converts paragraphs whose text is detected as legacy and leaves Unicode Vietnamese alone', () => {
    const legacy = toLegacy(TEXT, 'tcvn3');
    const xml = documentXml(p(legacy) + p('Tiếng Việt đúng chuẩn Unicode, có dấu đầy đủ.'));
    const out = convertLegacyXml(xml, sheet(), { encoding: 'tcvn3' });
    expect(out).toContain(TEXT);
    expect(out).toContain('Tiếng Việt đúng chuẩn Unicode, có dấu đầy đủ.');
    expect(out.match(/Times New Roman/g)).toHaveLength(4); // one rFonts (4 attributes) for the converted run only
  });

  it('changes nothing in a document without legacy text (same string back)', () => {
    const xml = documentXml(p('Không có gì để đổi & giữ nguyên.'));
    expect(convertLegacyXml(xml, sheet(), { encoding: 'vni', font: 'VNI-Times' })).toBe(xml);
  });

  it('escapes converted text and keeps the rest of the XML byte for byte', () => {
    const before = p('Trước <giữ>');
    const after = p('Sau');
    const xml = documentXml(before + p(r(toLegacy('Lê & Lợi', 'tcvn3'), `<w:b/>${VNTIME}<w:sz w:val="26"/>`), { raw: true }) + after);
    const out = convertLegacyXml(xml, sheet(), { encoding: 'tcvn3', font: '.VnTime' });
    expect(out).toContain('Lê &amp; Lợi');
    // rFonts takes its schema place (after rStyle, before b); other properties stay.
    expect(out).toContain('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:b/><w:sz w:val="26"/></w:rPr>');
    expect(out.startsWith(xml.slice(0, xml.indexOf(before) + before.length))).toBe(true);
    expect(out.endsWith(xml.slice(xml.indexOf(after)))).toBe(true);
  });
});

describe('normalizeNfc', () => {
  it('recomposes NFD text, also when a combining mark starts the next run', () => {
    const xml = documentXml(p(r('Vie\u0302') + r('\u0323t Nam'), { raw: true }) + p('Đã chuẩn'));
    const out = normalizeNfcXml(xml);
    expect(out).toContain('>Việ<');
    expect(out).toContain('>t Nam<');
    expect(normalizeNfcXml(documentXml(p('Đã chuẩn')))).toBe(documentXml(p('Đã chuẩn')));
  });

  it('the NFD warning goes away in a whole document', async () => {
    const bytes = await buildDocx({ body: p('Thành tích nổi bật'.normalize('NFD')) });
    expect((await findingsOf(bytes, 'encoding.legacy')).map((f) => f.fix?.kind)).toEqual(['normalizeNfc']);
    const fixed = await fixDocx(bytes, { kind: 'normalizeNfc' });
    expect(await findingsOf(fixed, 'encoding.legacy')).toEqual([]);
    expect((await readDocx(fixed)).bodyText).toBe('Thành tích nổi bật');
  });

  it('returns the same bytes when everything is NFC already', async () => {
    const bytes = await buildDocx({ body: p('Đã chuẩn NFC') });
    expect(await fixDocx(bytes, { kind: 'normalizeNfc' })).toEqual(bytes);
  });
});

describe('applyPageSetup', () => {
  const decree = `<w:pgSz w:w="${DECREE_PAGE.w}" w:h="${DECREE_PAGE.h}"/>`;

  it('sets A4 portrait and the decree margins, keeping header/footer distances and other section properties', () => {
    const sectPr =
      '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>' +
      '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr>';
    const out = pageSetupXml(documentXml(p('Nội dung'), sectPr));
    expect(out).toContain(
      `<w:headerReference w:type="default" r:id="rId4"/>${decree}<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/>`,
    );
  });

  it('adds a section when the body has none, and fills an empty one', () => {
    expect(pageSetupXml(documentXml(p('A'), ''))).toContain(`<w:sectPr>${decree}<w:pgMar`);
    expect(pageSetupXml(documentXml(p('A'), '<w:sectPr/>'))).toContain(`<w:sectPr>${decree}<w:pgMar`);
    expect(pageSetupXml(documentXml(p('A'), '<w:sectPr><w:titlePg/></w:sectPr>'))).toContain(`<w:sectPr>${decree}<w:pgMar w:top="1134"`);
  });

  it('turns a landscape letter-size document into a passing one', async () => {
    const bytes = await buildDocx({ sectPr: '<w:sectPr><w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/><w:pgMar w:top="720" w:bottom="720" w:left="720" w:right="720"/></w:sectPr>' });
    expect((await findingsOf(bytes, 'format.page')).length).toBe(2);
    expect(await findingsOf(await fixDocx(bytes, { kind: 'applyPageSetup' }), 'format.page')).toEqual([]);
  });
});

describe('applyBodyFont', () => {
  it('sets docDefaults and Normal to Times New Roman 14 pt, schema order kept', () => {
    const styles = stylesXml({ defaults: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:lang w:val="vi-VN"/>', normal: '<w:b/><w:sz w:val="22"/>' });
    const out = bodyFontStylesXml(styles);
    const tnr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>';
    expect(out).toContain(`<w:rPrDefault><w:rPr>${tnr}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>`);
    expect(out).toContain(`<w:name w:val="Normal"/><w:rPr>${tnr}<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>`);
    expect(() => parseXml(out, 'styles', 64)).not.toThrow();
    expect(out).toContain(`xmlns:w="${W_NS}"`);
  });

  it('removes differing run fonts and sizes in body text (format.font passes) but leaves headings and legacy text alone', async () => {
    const styles = stylesXml({
      defaults: '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>',
      styles:
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
        `<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cu"/><w:rPr>${VNTIME}</w:rPr></w:style>`,
    });
    const prose = 'Nội dung báo cáo viết bằng phông chữ khác quy định. '.repeat(20);
    const body =
      p(r('TIÊU ĐỀ MỤC', '<w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/>'), { raw: true }).replace('<w:p>', '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>') +
      p(r(prose, '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="24"/>') + r(prose), { raw: true }) +
      p(r(prose, '<w:sz w:val="26"/>'), { raw: true }) +
      p(toLegacy('Văn bản cũ', 'tcvn3'), { style: 'Cu' });
    const bytes = await buildDocx({ styles, body });
    expect((await findingsOf(bytes, 'format.font')).map((f) => f.fix)).toEqual([{ kind: 'applyBodyFont' }]);
    const fixed = await fixDocx(bytes, { kind: 'applyBodyFont' });
    expect(await findingsOf(fixed, 'format.font')).toEqual([]);
    const snap = await readDocx(fixed);
    const byName = Object.fromEntries(snap.fonts.map((f) => [`${f.name} ${f.sizePt}`, f.chars]));
    expect(Object.keys(byName).sort()).toEqual(['.VnTime 14', 'Cambria 16', 'Times New Roman 13', 'Times New Roman 14']);
    const doc = await partText(fixed, 'word/document.xml');
    expect(doc).not.toContain('Calibri');
    expect(doc).toContain('<w:sz w:val="26"/>'); // 13 pt is within 13–14 pt: kept
  });

  it('pins a legacy font that came from Normal so its text still shows right', async () => {
    const styles = stylesXml({ normal: VNTIME });
    const bytes = await buildDocx({ styles, body: p(toLegacy('Văn bản cũ', 'tcvn3')) });
    const fixed = await fixDocx(bytes, { kind: 'applyBodyFont' });
    expect((await readDocx(fixed)).fonts.map((f) => f.name)).toEqual(['.VnTime']);
  });

  it('through FileHost: the template with an odd font passes again', async () => {
    const host = await FileHost.create('collective');
    await host.setField('tenTapThe', 'Trường Tiểu học An Phú, Thành phố Hồ Chí Minh');
    await host.setField('tomTat', 'Nội dung tóm tắt thành tích của tập thể trong năm học. '.repeat(40));
    const bytes = await host.fileBytes();
    const zip = await JSZip.loadAsync(bytes);
    const stylesText = await zip.file('word/styles.xml')!.async('string');
    zip.file('word/styles.xml', stylesText.replace(/Times New Roman/g, 'Arial'));
    const odd = await FileHost.open(await zip.generateAsync({ type: 'uint8array' }));
    const font = () => odd.snapshot().then((s) => check(s, { now: NOW }).filter((f) => f.rule === 'format.font'));
    expect((await font()).length).toBe(1);
    await odd.applyFix({ kind: 'applyBodyFont' });
    expect(await font()).toEqual([]);
  });
});

describe('document-wide fixes leave other parts alone', () => {
  it('keeps A4_SECTPR documents unchanged by applyPageSetup apart from attribute order', async () => {
    const bytes = await buildDocx({ sectPr: A4_SECTPR });
    const fixed = await fixDocx(bytes, { kind: 'applyPageSetup' });
    expect((await readDocx(fixed)).pageSetup).toEqual((await readDocx(bytes)).pageSetup);
    expect(await partText(fixed, 'word/styles.xml')).toBe(await partText(bytes, 'word/styles.xml'));
  });
});
