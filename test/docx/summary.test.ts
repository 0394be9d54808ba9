/**
 * The summary as structured paragraphs through FileHost (issue 12 §1): what the browser's editor writes lands in the
 * summary's content control in the template's styles (Normal paragraphs, Heading2 headings, bold/italic runs,
 * numbered list paragraphs), is well-formed XML (xmllint), passes the rules like any report, and reads back as the
 * same blocks from the bytes alone (no LibreOffice involved).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { isAppError } from '../../src/core/errors';
import { check, isReadyToSend, stats } from '../../src/core/rules';
import { blockTexts, type SummaryBlock } from '../../src/core/summaryBlocks';
import { countWords } from '../../src/core/text';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { readSummaryBlocks } from '../../src/docx/summary';
import { portraitPng } from '../e2e/support/png';
import { vietnameseProse } from '../support/prose';
import { MODEL_ROW, NOW } from '../support/snapshots';

const ROW = { ten: MODEL_ROW[1], donVi: MODEL_ROW[2], moTa: MODEL_ROW[3], loTrinh: MODEL_ROW[4], ketQua: MODEL_ROW[5] };

const RICH: SummaryBlock[] = [
  { kind: 'heading', runs: [{ text: '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua' }] },
  {
    kind: 'paragraph',
    runs: [
      { text: 'Trong quý, tôi ' },
      { text: 'chủ nhiệm lớp 5/2', bold: true },
      { text: ' và dạy ' },
      { text: 'Tiếng Việt', italic: true },
      { text: '.' },
    ],
  },
  { kind: 'bullet', level: 0, runs: [{ text: 'Góc đọc sách: 215 cuốn' }] },
  { kind: 'bullet', level: 1, runs: [{ text: 'do phụ huynh quyên góp', bold: true, italic: true }] },
  { kind: 'paragraph', runs: [{ text: 'Dòng một\nDòng hai\tsau tab' }] },
  { kind: 'ordered', level: 0, runs: [{ text: 'Bước một' }] },
  { kind: 'ordered', level: 0, runs: [{ text: 'Bước hai' }] },
  { kind: 'heading', runs: [{ text: '2. Hiệu quả được thừa nhận, suy tôn' }] },
  { kind: 'ordered', level: 0, runs: [{ text: 'Danh sách mới bắt đầu lại từ 1' }] },
];

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** xmllint (libxml2) over every XML part: a real parser, not ours. */
function xmllint(files: Record<string, string>): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-summary-'));
  const paths = Object.entries(files).map(([name, text], i) => {
    const file = path.join(dir, `${i}-${name.replace(/[^\w.]+/g, '_')}`);
    writeFileSync(file, text);
    return file;
  });
  execFileSync('xmllint', ['--noout', ...paths], { stdio: 'pipe' });
}

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return isAppError(e) ? e.messageKey : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

describe('FileHost.writeSummary / readSummary', () => {
  it('writes headings, bold and italic runs, line breaks and lists in the template styles, and reads them back', async () => {
    const host = await FileHost.create('individual');
    await expect(host.readSummary()).resolves.toEqual([]);
    await host.writeSummary(RICH);
    await expect(host.readSummary()).resolves.toEqual(RICH);

    const bytes = await host.fileBytes();
    const xml = await parts(bytes);
    xmllint(xml);
    const doc = xml['word/document.xml'];
    expect(doc).toContain('<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>');
    expect(doc).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">chủ nhiệm lớp 5/2</w:t></w:r>');
    expect(doc).toContain('<w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Tiếng Việt</w:t>');
    expect(doc).toContain(
      '<w:t xml:space="preserve">Dòng một</w:t><w:br/><w:t xml:space="preserve">Dòng hai</w:t><w:tab/>',
    );
    // Two ordered lists: two numbering instances, the second restarting at 1.
    expect(doc).toContain('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7301"/></w:numPr>');
    expect(doc.match(/<w:numId w:val="7302"\/>/g)).toHaveLength(2);
    expect(doc.match(/<w:numId w:val="7303"\/>/g)).toHaveLength(1);
    expect(xml['word/numbering.xml']).toContain(
      '<w:num w:numId="7303"><w:abstractNumId w:val="7302"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>',
    );
    expect(xml['word/_rels/document.xml.rels']).toContain('relationships/numbering" Target="numbering.xml"');
    expect(xml['[Content_Types].xml']).toContain(
      'PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"',
    );

    // The snapshot (what the rules and `check` read) sees the same paragraphs; list markers are not text, as in Word.
    const snapshot = await readDocx(bytes);
    expect(snapshot.fields.tomTat.showingPlaceholder).toBe(false);
    expect(snapshot.fields.tomTat.paragraphs).toEqual(blockTexts(RICH));
    // A fresh host over the same bytes (a reopened file) reads the same blocks.
    await expect((await FileHost.open(bytes)).readSummary()).resolves.toEqual(RICH);
  });

  it('rewriting replaces the summary and our numbering definitions instead of piling them up', async () => {
    const host = await FileHost.create('collective');
    await host.writeSummary(RICH);
    await host.writeSummary([...RICH, { kind: 'ordered', level: 0, runs: [{ text: 'Thêm' }] }]);
    await host.writeSummary(RICH.slice(0, 3));
    const xml = await parts(await host.fileBytes());
    expect(xml['word/numbering.xml'].match(/<w:abstractNum /g)).toHaveLength(2);
    expect(xml['word/document.xml'].match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
    expect(Object.keys(xml).filter((n) => n.includes('numbering'))).toEqual(['word/numbering.xml']);
    await expect(host.readSummary()).resolves.toEqual(RICH.slice(0, 3));
  });

  it('a complete report whose 1,050-word summary comes from the editor passes every rule with the same word count', async () => {
    const prose = vietnameseProse(1050);
    const blocks: SummaryBlock[] = [
      { kind: 'heading', runs: [{ text: '1. Thành tích' }] },
      ...prose.map((text, i): SummaryBlock =>
        i % 4 === 3 ? { kind: 'bullet', level: 0, runs: [{ text }] } : { kind: 'paragraph', runs: [{ text }] },
      ),
    ];
    const words = blocks.reduce((n, b) => n + countWords(blockTexts([b])[0]), 0);
    const host = await FileHost.create('individual', {
      kind: 'individual',
      fields: {
        hoTen: 'NGUYỄN THỊ MAI',
        sinhNam: '1984',
        chucVuDonVi: 'Giáo viên, Trường Tiểu học Trần Hưng Đạo, Phường Sài Gòn, Thành phố Hồ Chí Minh',
      },
      models: [ROW, ROW],
      photo: { bytes: new Uint8Array(portraitPng(400, 600)) },
    });
    await host.writeSummary(blocks);
    const snapshot = await readDocx(await host.fileBytes());
    const findings = check(snapshot, { now: NOW });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(isReadyToSend(findings)).toBe(true);
    expect(stats(snapshot, { now: NOW }).summaryWords).toBe(words);
    expect(words).toBeGreaterThanOrEqual(1050);
  });

  it('stores decomposed (NFD) Vietnamese as NFC, and removes characters XML cannot carry while escaping the rest', async () => {
    const host = await FileHost.create('individual');
    const nfd = 'Trường Tiểu học Nguyễn Bỉnh Khiêm'.normalize('NFD');
    await host.writeSummary([
      { kind: 'paragraph', runs: [{ text: nfd }] },
      { kind: 'paragraph', runs: [{ text: 'a\u0001b\u000bc\ud800 <tag> & "q" ]]> \u2028 x\r\ny' }] },
    ]);
    const back = await host.readSummary();
    expect(back[0].runs[0].text).toBe('Trường Tiểu học Nguyễn Bỉnh Khiêm'.normalize('NFC'));
    expect(back[1].runs[0].text).toBe('abc <tag> & "q" ]]> \u2028 x\ny');
    const xml = await parts(await host.fileBytes());
    xmllint(xml);
    expect(xml['word/document.xml']).toContain('&lt;tag&gt; &amp; "q" ]]&gt; &#x2028; x</w:t><w:br/>');
  });

  it('an empty summary (no text, or only blanks) restores the placeholder', async () => {
    const host = await FileHost.create('individual');
    await host.writeSummary(RICH);
    await host.writeSummary([
      { kind: 'paragraph', runs: [{ text: '   ' }] },
      { kind: 'bullet', runs: [] },
    ]);
    const snapshot = await host.snapshot();
    expect(snapshot.fields.tomTat.showingPlaceholder).toBe(true);
    await expect(host.readSummary()).resolves.toEqual([]);
    await host.writeSummary([]);
    expect((await host.snapshot()).fields.tomTat.showingPlaceholder).toBe(true);
  });

  it('writing the same blocks again changes nothing and tells no listener', async () => {
    const host = await FileHost.create('individual');
    await host.writeSummary(RICH);
    const before = await host.fileBytes();
    let told = 0;
    host.onChange(() => told++);
    await host.writeSummary(JSON.parse(JSON.stringify(RICH)));
    expect(told).toBe(0);
    expect(await host.fileBytes()).toEqual(before);
  });

  it('a huge summary (10,000 words, 400 paragraphs) round-trips', async () => {
    const blocks: SummaryBlock[] = vietnameseProse(10_000, 7).map((text, i) => ({
      kind: i % 10 === 0 ? 'heading' : 'paragraph',
      runs: i % 3 === 0 ? [{ text: text.slice(0, 20), bold: true }, { text: text.slice(20) }] : [{ text }],
    }));
    const host = await FileHost.create('individual');
    await host.writeSummary(blocks);
    const back = await host.readSummary();
    expect(back).toHaveLength(blocks.length);
    expect(blockTexts(back)).toEqual(blockTexts(blocks).map((t) => t.normalize('NFC')));
    expect(stats(await host.snapshot(), { now: NOW }).summaryWords).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses input that is not blocks, and a document without a summary control, leaving the bytes as they were', async () => {
    const host = await FileHost.create('individual');
    const before = await host.fileBytes();
    await expect(errorKey(host.writeSummary('text' as unknown as SummaryBlock[]))).resolves.toBe(
      'host.invalidArgument',
    );
    await expect(
      errorKey(host.writeSummary([{ kind: 'paragraph', runs: [{ text: 5 }] }] as unknown as SummaryBlock[])),
    ).resolves.toBe('host.invalidArgument');
    expect(await host.fileBytes()).toEqual(before);

    const zip = await JSZip.loadAsync(before);
    const doc = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', doc.replace('bctt.tomTat', 'someone.else'));
    const foreign = await FileHost.open(await zip.generateAsync({ type: 'uint8array' }));
    await expect(errorKey(foreign.writeSummary(RICH))).resolves.toBe('host.fieldMissing');
    await expect(errorKey(foreign.readSummary())).resolves.toBe('host.fieldMissing');
  });

  it('reads lists and headings other programs wrote (their numbering, "heading 2" style ids, Strong/Emphasis styles)', async () => {
    const host = await FileHost.create('individual');
    await host.writeSummary([{ kind: 'bullet', runs: [{ text: 'x' }] }]); // creates word/numbering.xml and its relationship
    const zip = await JSZip.loadAsync(await host.fileBytes());
    const doc = await zip.file('word/document.xml')!.async('string');
    const foreignParas =
      '<w:p><w:pPr><w:pStyle w:val="heading 2"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>mục</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t> thường</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:rPr><w:rStyle w:val="Emphasis"/></w:rPr><w:t>một</w:t></w:r></w:p>';
    zip.file(
      'word/document.xml',
      doc.replace(
        /(<w:tag w:val="bctt\.tomTat"\/>[\s\S]*?<w:sdtContent>)[\s\S]*?(<\/w:sdtContent>)/,
        `$1${foreignParas}$2`,
      ),
    );
    zip.file(
      'word/numbering.xml',
      `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>',
    );
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readSummaryBlocks(bytes)).resolves.toEqual([
      { kind: 'heading', runs: [{ text: 'Tiêu đề' }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'mục', bold: true }, { text: ' thường' }] },
      { kind: 'ordered', level: 0, runs: [{ text: 'một', italic: true }] },
    ]);
  });
});
