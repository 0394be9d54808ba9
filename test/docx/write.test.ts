import { TEMPLATE_OPTIONS, templateOptions } from '../../scripts/build-templates';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { isAppError } from '../../src/core/errors';
import { TEMPLATES, tagOf } from '../../src/core/template';
import type { TemplateKind } from '../../src/core/template';
import { TEMPLATE_DATE, writeTemplateDocx } from '../../src/docx/write';
import type { ReportData } from '../../src/docx/reportData';
import { BODY_LINE_SPACING } from '../../src/ooxml/layout';
import {
  assertWellFormed,
  child,
  children,
  elements,
  paragraphTexts,
  parseXml,
  runText,
  sdtByTag,
  wAttr,
} from '../ooxml/xmlTestUtils';
import type { Document as XDocument, Element as XElement } from '@xmldom/xmldom';

const KINDS: TemplateKind[] = ['individual', 'collective'];
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WP_NS = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

interface Unzipped {
  zip: JSZip;
  names: string[];
  text(name: string): Promise<string>;
  xml(name: string): Promise<XDocument>;
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  return {
    zip,
    names,
    text: (name) => {
      const f = zip.file(name);
      if (!f) throw new Error(`missing part ${name}`);
      return f.async('string');
    },
    xml: async (name) => parseXml(await zip.file(name)!.async('string')),
  };
}

function byNs(doc: XDocument, ns: string, local: string): XElement[] {
  return elements(doc, local, ns);
}

function pngBytes(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

/** A minimal baseline JPEG header: SOI, APP0, SOF0 with the given size, EOI (enough to detect and size). */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

const FILLED: ReportData = {
  kind: 'individual',
  fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Giáo viên, Trường Tiểu học Kết Đoàn, Quận 1' },
  summary: ['Đoạn thứ nhất.', 'Đoạn thứ hai.'],
  models: [{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'Mô tả', loTrinh: 'Tháng 9', ketQua: '120 học sinh' }],
};

describe.each(KINDS)('writeTemplateDocx(%s): the package', (kind) => {
  let pkg: Unzipped;
  beforeAll(async () => {
    pkg = await unzip(await writeTemplateDocx(kind));
  });

  it('is a DEFLATE zip whose first entry is [Content_Types].xml', async () => {
    const bytes = await writeTemplateDocx(kind);
    expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes[8] | (bytes[9] << 8)).toBe(8); // compression method of the first entry: DEFLATE
    const nameLength = bytes[26] | (bytes[27] << 8);
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('[Content_Types].xml');
  });

  it('holds every required part and no folder entries', () => {
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/settings.xml',
      'word/fontTable.xml',
      'word/_rels/document.xml.rels',
      'word/glossary/document.xml',
      'word/glossary/styles.xml',
      'docProps/core.xml',
      'docProps/app.xml',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
    ])
      expect(pkg.names).toContain(part);
    expect(Object.values(pkg.zip.files).filter((f) => f.dir)).toHaveLength(0);
  });

  it('has only well-formed XML parts', async () => {
    for (const name of pkg.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      expect(() => assertWellFormed(pkgText[name])).not.toThrow();
    }
  });

  const pkgText: Record<string, string> = {};
  beforeAll(async () => {
    for (const n of pkg.names) pkgText[n] = await pkg.text(n);
  });

  it('declares a content type for every part, and every override names an existing part', async () => {
    const types = await pkg.xml('[Content_Types].xml');
    const defaults = new Map(
      byNs(types, CT_NS, 'Default').map((d) => [
        d.getAttribute('Extension')!.toLowerCase(),
        d.getAttribute('ContentType'),
      ]),
    );
    const overrides = new Map(
      byNs(types, CT_NS, 'Override').map((o) => [o.getAttribute('PartName')!, o.getAttribute('ContentType')]),
    );
    for (const name of pkg.names.filter((n) => n !== '[Content_Types].xml')) {
      const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
      expect(overrides.has('/' + name) || defaults.has(ext)).toBe(true);
    }
    for (const part of overrides.keys()) expect(pkg.names).toContain(part.slice(1));
    expect(overrides.get('/word/document.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    expect(overrides.get('/word/glossary/document.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml',
    );
  });

  it('resolves every relationship target to a part in the package', async () => {
    for (const relsName of pkg.names.filter((n) => n.endsWith('.rels'))) {
      const sourceDir = posix.dirname(posix.dirname(relsName)); // "word/_rels/document.xml.rels" -> "word"
      const rels = await pkg.xml(relsName);
      const ids = new Set<string>();
      for (const rel of byNs(rels, REL_NS, 'Relationship')) {
        expect(ids.has(rel.getAttribute('Id')!)).toBe(false);
        ids.add(rel.getAttribute('Id')!);
        const target = posix.normalize(posix.join(sourceDir === '.' ? '' : sourceDir, rel.getAttribute('Target')!));
        expect(pkg.names).toContain(target);
      }
    }
  });

  it('records the template id and version in a custom XML part referenced from the document', async () => {
    const item = (await pkg.xml('customXml/item1.xml')).documentElement!;
    expect(item.namespaceURI).toBe('urn:bao-cao-thanh-tich:report');
    expect(item.localName).toBe('report');
    expect(item.getAttribute('template')).toBe(kind);
    expect(item.getAttribute('version')).toBe(TEMPLATES[kind].version);
    const rels = byNs(await pkg.xml('word/_rels/document.xml.rels'), REL_NS, 'Relationship');
    const custom = rels.find((r) => r.getAttribute('Type')!.endsWith('/relationships/customXml'));
    expect(custom?.getAttribute('Target')).toBe('../customXml/item1.xml');
    expect(pkgText['customXml/itemProps1.xml']).toMatch(/ds:itemID="\{[0-9A-F-]{36}\}"/);
    expect(pkgText['customXml/itemProps1.xml']).toContain('ds:uri="urn:bao-cao-thanh-tich:report"');
  });

  it('gives every control a placeholder docPart that exists in the glossary and holds its instruction', async () => {
    const doc = await pkg.xml('word/document.xml');
    const glossary = await pkg.xml('word/glossary/document.xml');
    const parts = new Map(
      elements(glossary, 'docPart').map((dp) => [
        wAttr(child(child(dp, 'docPartPr')!, 'name'), 'val')!,
        paragraphTexts(child(dp, 'docPartBody')!).join('\n'),
      ]),
    );
    const sdts = elements(doc, 'sdt');
    expect(sdts).toHaveLength(TEMPLATES[kind].fields.length);
    for (const field of TEMPLATES[kind].fields) {
      const pr = child(sdtByTag(doc, tagOf(field.id))!, 'sdtPr')!;
      const name = wAttr(child(child(pr, 'placeholder')!, 'docPart'), 'val')!;
      expect(name).toBe(`BCTT_${field.id}`);
      expect(parts.get(name)).toBe(field.instruction);
      expect(wAttr(child(pr, 'lock'), 'val')).toBe('sdtLocked');
      expect(wAttr(child(pr, 'alias'), 'val')).toBe(field.label?.vi ?? wAttr(child(pr, 'alias'), 'val'));
    }
    const glossaryRels = byNs(await pkg.xml('word/_rels/document.xml.rels'), REL_NS, 'Relationship').find((r) =>
      r.getAttribute('Type')!.endsWith('/relationships/glossaryDocument'),
    );
    expect(glossaryRels?.getAttribute('Target')).toBe('glossary/document.xml');
  });

  it('lays the page out to Decree 30: A4 portrait, margins 20/20/30/15 mm, title page, header distance 10 mm', async () => {
    const sect = elements(await pkg.xml('word/document.xml'), 'sectPr')[0];
    const pgSz = child(sect, 'pgSz')!;
    expect([wAttr(pgSz, 'w'), wAttr(pgSz, 'h'), wAttr(pgSz, 'orient')]).toEqual(['11906', '16838', null]);
    const m = child(sect, 'pgMar')!;
    expect(['top', 'bottom', 'left', 'right', 'header', 'footer', 'gutter'].map((a) => wAttr(m, a))).toEqual([
      '1134',
      '1134',
      '1701',
      '850',
      '567',
      '567',
      '0',
    ]);
    expect(child(sect, 'titlePg')).toBeDefined();
  });

  it('numbers pages centred in the header from page 2: default header has a PAGE field, the first-page header is empty', async () => {
    const sect = elements(await pkg.xml('word/document.xml'), 'sectPr')[0];
    const rels = new Map(
      byNs(await pkg.xml('word/_rels/document.xml.rels'), REL_NS, 'Relationship').map((r) => [
        r.getAttribute('Id')!,
        r.getAttribute('Target')!,
      ]),
    );
    const refs = new Map(
      children(sect, 'headerReference').map((h) => [
        wAttr(h, 'type')!,
        rels.get(h.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')!)!,
      ]),
    );
    const defaultHeader = await pkg.xml(`word/${refs.get('default')}`);
    expect(elements(defaultHeader, 'instrText').map((i) => i.textContent!.trim())).toEqual(['PAGE']);
    expect(elements(defaultHeader, 'fldChar').map((f) => wAttr(f, 'fldCharType'))).toEqual([
      'begin',
      'separate',
      'end',
    ]);
    expect(wAttr(elements(defaultHeader, 'jc')[0], 'val')).toBe('center');
    const firstHeader = await pkg.xml(`word/${refs.get('first')}`);
    expect(runText(firstHeader.documentElement!)).toBe('');
    expect(elements(firstHeader, 'fldChar')).toHaveLength(0);
  });

  it('styles body text Times New Roman 14 pt, justified, 1.27 cm first line, 6 pt after, 1–1.5 line spacing', async () => {
    const styles = await pkg.xml('word/styles.xml');
    const defaults = elements(styles, 'rPrDefault')[0];
    const fonts = elements(defaults, 'rFonts')[0];
    for (const a of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(wAttr(fonts, a)).toBe('Times New Roman');
    expect(wAttr(elements(defaults, 'sz')[0], 'val')).toBe('28');
    const style = (id: string) => elements(styles, 'style').find((s) => wAttr(s, 'styleId') === id)!;
    const normal = style('Normal');
    expect(wAttr(elements(normal, 'rFonts')[0], 'ascii')).toBe('Times New Roman');
    expect(wAttr(elements(normal, 'sz')[0], 'val')).toBe('28');
    expect(wAttr(elements(normal, 'jc')[0], 'val')).toBe('both');
    expect(wAttr(elements(normal, 'ind')[0], 'firstLine')).toBe('720');
    const spacing = elements(normal, 'spacing')[0];
    expect(wAttr(spacing, 'after')).toBe('120');
    expect(wAttr(spacing, 'lineRule')).toBe('auto');
    expect(Number(wAttr(spacing, 'line'))).toBe(BODY_LINE_SPACING);
    expect(BODY_LINE_SPACING).toBeGreaterThanOrEqual(240);
    expect(BODY_LINE_SPACING).toBeLessThanOrEqual(360);
    expect(wAttr(child(style('Title'), 'name'), 'val')).toBe('Title');
    expect(wAttr(child(style('Heading1'), 'name'), 'val')).toBe('heading 1');
    expect(wAttr(elements(style('PlaceholderText'), 'color')[0], 'val')).toBe('808080');
    expect(style('TableGrid')).toBeDefined();
  });

  it('writes app.xml with Application and Template but no stale Pages or Words', async () => {
    const app = pkgText['docProps/app.xml'];
    expect(app).toContain(`<Template>bao-cao-thanh-tich/${kind}/${TEMPLATES[kind].version}</Template>`);
    expect(app).toContain('<Application>Báo cáo thành tích</Application>');
    expect(app).not.toMatch(/<Pages>|<Words>/);
  });

  it('writes core.xml with the title and the fixed build date', () => {
    expect(pkgText['docProps/core.xml']).toContain(`<dc:title>${TEMPLATES[kind].title.vi}</dc:title>`);
    expect(pkgText['docProps/core.xml']).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>',
    );
  });

  it('has no web-extension parts unless an add-in id is given', () => {
    expect(pkg.names.some((n) => n.includes('webextension'))).toBe(false);
  });
});

describe('writeTemplateDocx: reproducible builds', () => {
  it('returns identical bytes for identical input', async () => {
    const [a, b] = await Promise.all([
      writeTemplateDocx('individual', FILLED),
      writeTemplateDocx('individual', FILLED),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('uses the given date in the zip entries and core.xml', async () => {
    const date = new Date('2026-12-30T08:15:00Z');
    const pkg = await unzip(await writeTemplateDocx('collective', undefined, { date }));
    expect(await pkg.text('docProps/core.xml')).toContain('2026-12-30T08:15:00Z');
    expect(pkg.zip.file('word/document.xml')!.date.toISOString()).toBe('2026-12-30T08:15:00.000Z');
    expect(TEMPLATE_DATE.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it.each(KINDS)('keeps assets/templates/%s.docx up to date (run npm run build:templates)', async (kind) => {
    const committed = readFileSync(join(__dirname, '..', '..', 'assets', 'templates', `${kind}.docx`));
    expect(Buffer.from(await writeTemplateDocx(kind, undefined, TEMPLATE_OPTIONS)).equals(committed)).toBe(true);
  });

  it("takes the add-in reference's store type as a build option (sideloading is not centralized deployment)", async () => {
    const zip = await JSZip.loadAsync(await writeTemplateDocx('individual', undefined, templateOptions({ TEMPLATE_STORE_TYPE: 'FileSystem' })));
    expect(await zip.file('word/webextensions/webextension1.xml')!.async('string')).toContain('storeType="FileSystem"');
    const central = await JSZip.loadAsync(await writeTemplateDocx('collective', undefined, TEMPLATE_OPTIONS));
    expect(await central.file('word/webextensions/webextension1.xml')!.async('string')).toContain('storeType="EXCatalog"');
    expect(() => templateOptions({ TEMPLATE_STORE_TYPE: 'Sideload' })).toThrow(/TEMPLATE_STORE_TYPE/);
  });
});

describe('writeTemplateDocx: filled versus empty', () => {
  it('marks showingPlcHdr on every empty field and on none of the filled ones', async () => {
    const empty = await (await unzip(await writeTemplateDocx('individual'))).xml('word/document.xml');
    const filled = await (
      await unzip(await writeTemplateDocx('individual', { ...FILLED, photo: { bytes: pngBytes(40, 60) } }))
    ).xml('word/document.xml');
    expect(elements(empty, 'showingPlcHdr')).toHaveLength(5); // anh, hoTen, sinhNam, chucVuDonVi, tomTat
    expect(elements(filled, 'showingPlcHdr')).toHaveLength(0);
    expect(runText(child(sdtByTag(filled, tagOf('hoTen'))!, 'sdtContent')!)).toBe('NGUYỄN THỊ MAI');
  });

  it('fills the models table, numbering TT automatically', async () => {
    const data: ReportData = { kind: 'collective', models: [{ ten: 'A' }, { ten: 'B', ketQua: 'Tốt' }, {}] };
    const doc = await (await unzip(await writeTemplateDocx('collective', data))).xml('word/document.xml');
    const table = elements(child(sdtByTag(doc, tagOf('moHinh'))!, 'sdtContent')!, 'tbl')[0];
    const rows = children(table, 'tr').map((tr) => children(tr, 'tc').map((tc) => paragraphTexts(tc).join('\n')));
    expect(rows).toEqual([
      [
        'TT',
        'Tên mô hình/ công trình',
        'Đơn vị thực hiện',
        'Mô tả mô hình/ công trình',
        'Lộ trình triển khai',
        'Kết quả đạt được',
      ],
      ['1', 'A', '', '', '', ''],
      ['2', 'B', '', '', '', 'Tốt'],
      ['3', '', '', '', '', ''],
    ]);
  });

  it('records the send history in the custom XML part, escaped and in order', async () => {
    const data: ReportData = {
      kind: 'collective',
      sendHistory: [
        { at: '2026-12-30T08:00:00.000Z', path: 'graph', to: 'a"<b>&c@example.com', period: '2026-Q4' },
        { at: '2027-01-02T08:00:00.000Z', path: 'manual', to: 'x@y.vn', receipt: "r'1\n2" },
      ],
    };
    const item = await (await unzip(await writeTemplateDocx('collective', data))).xml('customXml/item1.xml');
    const sends = elements(item, 'send', 'urn:bao-cao-thanh-tich:report');
    expect(sends.map((s) => [s.getAttribute('at'), s.getAttribute('path'), s.getAttribute('to')])).toEqual([
      ['2026-12-30T08:00:00.000Z', 'graph', 'a"<b>&c@example.com'],
      ['2027-01-02T08:00:00.000Z', 'manual', 'x@y.vn'],
    ]);
    expect(sends[0].getAttribute('period')).toBe('2026-Q4');
    expect(sends[1].getAttribute('receipt')).toBe("r'1\n2");
    expect(sends[0].hasAttribute('receipt')).toBe(false);
  });

  it('refuses data of the other template kind', async () => {
    await expect(writeTemplateDocx('individual', { kind: 'collective' })).rejects.toMatchObject({
      messageKey: 'docx.kindMismatch',
    });
  });
});

describe('writeTemplateDocx: the photo', () => {
  async function withPhoto(bytes: Uint8Array) {
    const pkg = await unzip(await writeTemplateDocx('individual', { kind: 'individual', photo: { bytes } }));
    const doc = await pkg.xml('word/document.xml');
    const extent = elements(doc, 'extent', WP_NS)[0];
    return { pkg, doc, cx: Number(extent?.getAttribute('cx')), cy: Number(extent?.getAttribute('cy')) };
  }

  it('embeds a PNG as word/media/image1.png with its content type and relationship', async () => {
    const bytes = pngBytes(300, 450);
    const { pkg, cx, cy } = await withPhoto(bytes);
    expect(
      Buffer.from(await pkg.zip.file('word/media/image1.png')!.async('uint8array')).equals(Buffer.from(bytes)),
    ).toBe(true);
    expect(await pkg.text('[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(await pkg.text('word/_rels/document.xml.rels')).toContain('Target="media/image1.png"');
    expect([cx, cy]).toEqual([1440000, 2160000]); // 2:3 fills the 4x6 frame exactly
  });

  it('detects a JPEG from its bytes and keeps its ratio inside the 4x6 cm frame', async () => {
    const { pkg, cx, cy } = await withPhoto(jpegHeader(600, 300)); // landscape 2:1
    expect(pkg.names).toContain('word/media/image1.jpeg');
    expect(await pkg.text('[Content_Types].xml')).toContain('<Default Extension="jpeg" ContentType="image/jpeg"/>');
    expect([cx, cy]).toEqual([1440000, 720000]);
  });

  it('fits a tall photo by its height', async () => {
    const { cx, cy } = await withPhoto(pngBytes(100, 400));
    expect([cx, cy]).toEqual([540000, 2160000]);
  });

  it('refuses bytes that are neither JPEG nor PNG', async () => {
    const gif = new TextEncoder().encode('GIF89a....');
    const error = await writeTemplateDocx('individual', { kind: 'individual', photo: { bytes: gif } }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ messageKey: 'docx.photoUnsupported' });
  });

  it('refuses a photo for the collective template, which has no photo field', async () => {
    await expect(
      writeTemplateDocx('collective', { kind: 'collective', photo: { bytes: pngBytes(4, 6) } }),
    ).rejects.toMatchObject({ messageKey: 'host.photoNotInTemplate' });
  });
});

describe('writeTemplateDocx: opening the task pane with the document', () => {
  const ADDIN = '4021c55f-402c-428c-bc8d-ec5e2ce02981';

  it('adds the taskpane and webextension parts with Office.AutoShowTaskpaneWithDocument = true', async () => {
    const pkg = await unzip(
      await writeTemplateDocx('individual', undefined, { addinId: ADDIN, addin: { version: '0.1.0.0' } }),
    );
    const rootRels = await pkg.text('_rels/.rels');
    expect(rootRels).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"',
    );
    const types = await pkg.text('[Content_Types].xml');
    expect(types).toContain(
      'PartName="/word/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"',
    );
    expect(types).toContain(
      'PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"',
    );
    const taskpanes = await pkg.xml('word/webextensions/taskpanes.xml');
    const pane = elements(
      taskpanes,
      'taskpane',
      'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11',
    )[0];
    expect(pane.getAttribute('visibility')).toBe('1');
    const we = await pkg.xml('word/webextensions/webextension1.xml');
    const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
    const ref = elements(we, 'reference', WE)[0];
    expect([
      ref.getAttribute('id'),
      ref.getAttribute('version'),
      ref.getAttribute('storeType'),
      ref.getAttribute('store'),
    ]).toEqual([ADDIN, '0.1.0.0', 'EXCatalog', 'EXCatalog']);
    const prop = elements(we, 'property', WE)[0];
    expect([prop.getAttribute('name'), prop.getAttribute('value')]).toEqual([
      'Office.AutoShowTaskpaneWithDocument',
      'true',
    ]);
    expect(await pkg.text('word/webextensions/_rels/taskpanes.xml.rels')).toContain('Target="webextension1.xml"');
  });
});
