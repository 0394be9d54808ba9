/**
 * Every part the writer produces validates against the ECMA-376 transitional schemas (python-docx's copy, vendored
 * under test/fixtures/xsd with its sources in the README there), checked by xmllint (libxml2-utils): both templates,
 * empty and filled (photo, summary, models, tabs and line breaks, hostile characters), and the ready-made field
 * controls Word's insertOoxml receives. Parts outside ECMA-376 are named and skipped: the web-extension parts
 * ([MS-OWEXML]) and our own custom XML item.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TEMPLATES, type TemplateKind } from '../../src/core/template';
import type { ReportData } from '../../src/docx/reportData';
import { writeTemplateDocx } from '../../src/docx/write';
import { fieldFragment } from '../../src/ooxml/fragment';
import { pngHeader, unzip } from '../support/docxBuilder';

const XSD = join(__dirname, '..', 'fixtures', 'xsd');
const SCHEMAS = {
  wml: join(XSD, 'wml.root.xsd'),
  rels: join(XSD, 'ecma', 'opc-xsd', 'opc-relationships.xsd'),
  contentTypes: join(XSD, 'ecma', 'opc-xsd', 'opc-contentTypes.xsd'),
  core: join(XSD, 'core.root.xsd'),
  app: join(XSD, 'ecma', 'shared-documentPropertiesExtended.xsd'),
  itemProps: join(XSD, 'ecma', 'shared-customXmlDataProperties.xsd'),
};

/** The schema for a part, by name; null for parts ECMA-376 does not define. */
function schemaFor(name: string): string | null {
  if (name.endsWith('.rels')) return SCHEMAS.rels;
  if (name === '[Content_Types].xml') return SCHEMAS.contentTypes;
  if (name === 'docProps/core.xml') return SCHEMAS.core;
  if (name === 'docProps/app.xml') return SCHEMAS.app;
  if (/^customXml\/itemProps\d+\.xml$/.test(name)) return SCHEMAS.itemProps;
  if (/^customXml\/item\d+\.xml$/.test(name)) return null; // our own namespace (urn:bao-cao-thanh-tich:report)
  if (name.startsWith('word/webextensions/')) return null; // [MS-OWEXML], not ECMA-376
  if (/^word\/.*\.xml$/.test(name)) return SCHEMAS.wml;
  throw new Error(`no schema decided for ${name}`);
}

let dir: string;
beforeAll(() => {
  execFileSync('xmllint', ['--version'], { stdio: 'ignore' }); // installed by .ci/run (libxml2-utils)
  dir = mkdtempSync(join(tmpdir(), 'bctt-xsd-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on one file: its exit status and what it printed. */
function xmllint(schema: string, file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function validatePackage(label: string, bytes: Uint8Array): Promise<{ checked: string[]; failures: string[] }> {
  const parts = await unzip(bytes);
  const checked: string[] = [];
  const failures: string[] = [];
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const schema = schemaFor(name);
    if (!schema) continue;
    const file = join(dir, label, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    const verdict = xmllint(schema, file);
    checked.push(name);
    if (verdict.status !== 0) failures.push(`${name}: ${verdict.output}`);
  }
  return { checked, failures };
}

const HOSTILE = 'A\u0000B\u0001 <&> "quoted" \'single\' \uFFFE\uFFFF \uD800 đúng ]]> \t tab\nline';

function filled(kind: TemplateKind): ReportData {
  const fields: Record<string, string> =
    kind === 'individual'
      ? { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng\tTrường A\nQuận 1' }
      : { tenTapThe: HOSTILE };
  return {
    kind,
    fields,
    summary: ['Đoạn thứ nhất.', HOSTILE, ''],
    models: [
      { ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: HOSTILE, loTrinh: 'Tháng 9', ketQua: '120 học sinh' },
      { ten: '', donVi: '', moTa: '', loTrinh: '', ketQua: '' },
    ],
    photo: kind === 'individual' ? { bytes: pngHeader(300, 400) } : undefined,
    sendHistory: [{ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'a&b@x.vn', period: '2026-Q4' }],
  };
}

describe.each(['individual', 'collective'] as const)('the %s template validates against ECMA-376 transitional', (kind) => {
  it('empty', async () => {
    const { checked, failures } = await validatePackage(`${kind}-empty`, await writeTemplateDocx(kind));
    expect(failures).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/glossary/document.xml', '[Content_Types].xml', 'docProps/core.xml', 'docProps/app.xml', '_rels/.rels']));
  });

  it('filled, with hostile text', async () => {
    const { checked, failures } = await validatePackage(`${kind}-filled`, await writeTemplateDocx(kind, filled(kind)));
    expect(failures).toEqual([]);
    expect(checked).toContain('word/document.xml');
  });
});

describe('the ready-made field controls for insertOoxml validate too', () => {
  const cases = (['individual', 'collective'] as const).flatMap((kind) =>
    TEMPLATES[kind].fields.flatMap((f) => [
      { kind, field: f.id, withLabel: false },
      ...(f.kind === 'text' || f.kind === 'year' ? [{ kind, field: f.id, withLabel: true }] : []),
    ]),
  );
  it.each(cases)('$kind $field (label: $withLabel)', ({ kind, field, withLabel }) => {
    const pkg = fieldFragment(field, { kind, withLabel, photo: field === 'anh' ? { base64: 'iVBORw0KGgo=', type: 'png', widthEmu: 1440000, heightEmu: 1920000 } : undefined });
    for (const [part, start, end] of [
      ['document', '<w:document', '</w:document>'],
      ['glossary', '<w:glossaryDocument', '</w:glossaryDocument>'],
      ['rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdBcttGlossary"', '</Relationships>'],
    ] as const) {
      const from = pkg.indexOf(start);
      const xml = pkg.slice(from, pkg.indexOf(end, from) + end.length);
      const file = join(dir, `fragment-${kind}-${field}-${withLabel}-${part}.xml`);
      writeFileSync(file, xml);
      const verdict = xmllint(part === 'rels' ? SCHEMAS.rels : SCHEMAS.wml, file);
      expect({ part, status: verdict.status, output: verdict.output.trim() }).toEqual({ part, status: 0, output: `${file} validates` });
    }
  });
});

describe('the check can fail', () => {
  it('rejects a content control whose properties are out of schema order', () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(
      file,
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:sdt><w:sdtContent><w:p/></w:sdtContent><w:sdtPr><w:tag w:val="x"/></w:sdtPr></w:sdt></w:body></w:document>',
    );
    const verdict = xmllint(SCHEMAS.wml, file);
    expect(verdict.status).not.toBe(0);
    expect(verdict.output).toMatch(/sdtPr|not expected/);
  });

  it('rejects an element WordprocessingML does not define', () => {
    const file = join(dir, 'unknown.xml');
    writeFileSync(file, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:bogus/></w:body></w:document>');
    expect(xmllint(SCHEMAS.wml, file).status).not.toBe(0);
  });
});
