/**
 * The summary written in the browser's editor, through LibreOffice (issue 12 §1): the structured paragraphs the
 * editor saves (headings, bold and italic runs, bulleted and numbered lists nested two levels) make a report that
 * LibreOffice opens and lays out on at least two A4 pages with every word of the summary, the headings in the bold
 * heading style, italic runs in italic, bullets and numbers from word/numbering.xml; LibreOffice counts the same
 * summary words as `check` (its count includes one label per list paragraph, which Word's and ours leave out); and
 * the file reopened reads back as the same blocks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { check, isReadyToSend, stats } from '../../src/core/rules';
import { blockTexts, type SummaryBlock } from '../../src/core/summaryBlocks';
import { countWords } from '../../src/core/text';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { tempDir } from '../cli/support/cli';
import { portraitPng } from '../e2e/support/png';
import { WORD_RULE_REGISTRY_ITEM, convertToPdf, libreOfficeAvailable, pdfInfo, pdfText } from '../support/libreoffice';
import { vietnameseProse } from '../support/prose';
import { MODEL_ROW, NOW } from '../support/snapshots';

jest.setTimeout(300_000);

const ROW = { ten: MODEL_ROW[1], donVi: MODEL_ROW[2], moTa: MODEL_ROW[3], loTrinh: MODEL_ROW[4], ketQua: MODEL_ROW[5] };
const FIELDS = {
  hoTen: 'NGUYỄN THỊ MAI',
  sinhNam: '1984',
  chucVuDonVi: 'Giáo viên, Trường Tiểu học Trần Hưng Đạo, Phường Sài Gòn, Thành phố Hồ Chí Minh',
};

const HEADINGS = [
  '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
  '2. Hiệu quả được thừa nhận, suy tôn',
  '3. Sự lan tỏa tại cơ quan, đơn vị, địa phương',
];
const ITALIC = 'được phụ huynh ghi nhận';

/** A 1,050-word summary as the editor saves it: the guide's headings, bold and italic runs, lists two levels deep. */
function summary(): SummaryBlock[] {
  const para = (text: string): SummaryBlock => ({ kind: 'paragraph', runs: [{ text }] });
  const parts: Array<SummaryBlock[] | 'prose'> = [
    [
      { kind: 'heading', runs: [{ text: HEADINGS[0] }] },
      { kind: 'paragraph', runs: [{ text: 'Mô hình ' }, { text: 'Thư viện xanh', bold: true }, { text: ' là cách làm tiêu biểu.' }] },
    ],
    'prose',
    [
      { kind: 'bullet', level: 0, runs: [{ text: 'Góc đọc sách của lớp' }] },
      { kind: 'bullet', level: 1, runs: [{ text: '215 cuốn sách do phụ huynh quyên góp' }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'Ngày hội đọc sách toàn khối' }] },
      { kind: 'heading', runs: [{ text: HEADINGS[1] }] },
      { kind: 'paragraph', runs: [{ text: 'Kết quả ' }, { text: ITALIC, italic: true }, { text: '.' }] },
    ],
    'prose',
    [
      { kind: 'ordered', level: 0, runs: [{ text: 'Khảo sát nhu cầu đọc' }] },
      { kind: 'ordered', level: 0, runs: [{ text: 'Thí điểm ở hai lớp' }] },
      { kind: 'heading', runs: [{ text: HEADINGS[2] }] },
    ],
    'prose',
  ];
  const fixed = parts.flatMap((p) => (p === 'prose' ? [] : blockTexts(p))).reduce((n, t) => n + countWords(t), 0);
  const prose = vietnameseProse(1050 - fixed, 77);
  const third = Math.ceil(prose.length / 3);
  let at = 0;
  return parts.flatMap((p) => {
    if (p !== 'prose') return p;
    const slice = prose.slice(at, at + third);
    at += third;
    return slice.map(para);
  });
}

async function report(blocks: SummaryBlock[]): Promise<Uint8Array> {
  const host = await FileHost.create('individual', {
    kind: 'individual',
    fields: FIELDS,
    models: [ROW, { ...ROW, ten: 'Câu lạc bộ Toán học vui' }],
    photo: { bytes: new Uint8Array(portraitPng(400, 600)) },
  });
  await host.writeSummary(blocks);
  return host.fileBytes();
}

async function odtWordCount(odt: string): Promise<number> {
  const meta = await (await JSZip.loadAsync(readFileSync(odt))).file('meta.xml')!.async('string');
  const m = /meta:word-count="(\d+)"/.exec(meta);
  if (!m) throw new Error(`no meta:word-count in ${odt}`);
  return Number(m[1]);
}

const blocks = summary();
const words = blockTexts(blocks).reduce((n, p) => n + countWords(p), 0);
const listParagraphs = blocks.filter((b) => b.kind === 'bullet' || b.kind === 'ordered').length;
let dir: string;
let written: string;
let pdf: string;

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error('LibreOffice (soffice) and poppler are needed for this oracle; .ci/run installs them.');
  dir = tempDir('bctt-summary-oracle-');
  written = path.join(dir, 'summary-editor.docx');
  writeFileSync(written, await report(blocks));
  [pdf] = await convertToPdf([written], dir);
});

test('the summary has 1,050 words by our count, and `check` finds the report ready with that count', async () => {
  expect(words).toBe(1050);
  const snapshot = await readDocx(new Uint8Array(readFileSync(written)));
  const findings = check(snapshot, { now: NOW });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(isReadyToSend(findings)).toBe(true);
  expect(stats(snapshot, { now: NOW }).summaryWords).toBe(words);
});

test('LibreOffice lays it out on at least two A4 pages with every word of the summary', () => {
  const info = pdfInfo(pdf);
  expect(info.pages).toBeGreaterThanOrEqual(2);
  expect(Math.abs(info.pageWidthPt - 595.28)).toBeLessThan(1);
  expect(Math.abs(info.pageHeightPt - 841.89)).toBeLessThan(1);
  const laidOut = pdfText(pdf).normalize('NFC').replace(/\s+/g, ' ');
  const missing = blockTexts(blocks)
    .flatMap((p) => p.split(/\s+/))
    .filter((w) => w && !laidOut.includes(w));
  expect(missing).toEqual([]);
  for (const h of HEADINGS) expect(laidOut).toContain(h);
});

test('headings bold, italic runs italic, bullets and numbers drawn from the numbering part', () => {
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts).toMatch(/LiberationSerif-Bold|TimesNewRoman.*Bold/i);
  expect(fonts).toMatch(/LiberationSerif-Italic|TimesNewRoman.*Italic/i);
  const raw = pdfText(pdf, { raw: true }).normalize('NFC');
  // A list label, then the item's text on the same line.
  expect(raw).toMatch(/[•●▪◦‣○■–-]\s+Góc đọc sách của lớp/);
  expect(raw).toMatch(/1[.)]\s+Khảo sát nhu cầu đọc/);
  expect(raw).toMatch(/2[.)]\s+Thí điểm ở hai lớp/);
});

test('LibreOffice counts the summary as `check` does (plus the one label it counts per list paragraph)', async () => {
  // The same report with a one-word summary: the difference is the summary's words as LibreOffice counts them.
  const oneWord = path.join(dir, 'one-word.docx');
  writeFileSync(oneWord, await report([{ kind: 'paragraph', runs: [{ text: 'một' }] }]));
  const [full, base] = await convertToPdf([written, oneWord], path.join(dir, 'odt'), {
    convertTo: 'odt',
    registryItems: [WORD_RULE_REGISTRY_ITEM],
  });
  const libreOffice = (await odtWordCount(full)) - (await odtWordCount(base)) + 1;
  expect(libreOffice - listParagraphs).toBe(words);
});

test('reopened, the file gives the editor the same blocks back', async () => {
  const reopened = await FileHost.open(new Uint8Array(readFileSync(written)));
  await expect(reopened.readSummary()).resolves.toEqual(blocks);
});
