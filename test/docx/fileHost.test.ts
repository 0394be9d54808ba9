import JSZip from 'jszip';
import { isAppError } from '../../src/core/errors';
import type { ModelRow } from '../../src/core/host';
import { check, isReadyToSend } from '../../src/core/rules';
import type { Finding } from '../../src/core/rules/types';
import { TEMPLATES } from '../../src/core/template';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { toLegacy } from '../../src/core/text';
import { buildDocx, jpegHeader, p, partText, pngHeader, r } from '../support/docxBuilder';
import { vietnameseProse } from '../support/prose';
import { MODEL_ROW, NOW } from '../support/snapshots';

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return isAppError(e) ? e.messageKey : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

const ROW: ModelRow = { ten: MODEL_ROW[1], donVi: MODEL_ROW[2], moTa: MODEL_ROW[3], loTrinh: MODEL_ROW[4], ketQua: MODEL_ROW[5] };

function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** A package with one part's text changed (as a user's other editor might leave it). */
async function withPart(bytes: Uint8Array, name: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, change(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Removes the whole content control tagged bctt.<fieldId> (a user deleting it in another editor). */
function removeControl(xml: string, fieldId: string): string {
  const tag = `<w:tag w:val="bctt.${fieldId}"/>`;
  const at = xml.indexOf(tag);
  if (at < 0) throw new Error(`no control ${fieldId}`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  // Controls of ours do not nest: the first </w:sdt> after the tag closes it.
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  return xml.slice(0, start) + xml.slice(end);
}

describe('FileHost: opening and creating', () => {
  it.each(['individual', 'collective'] as const)('creates an empty %s report that reopens the task pane in Word', async (kind) => {
    const host = await FileHost.create(kind);
    expect(host.capabilities).toEqual({
      kind: 'file',
      insertModes: ['newDocument'],
      layoutPages: false,
      liveEvents: false,
      fixes: ['restoreField', 'restoreControls', 'uppercaseName', 'renumberTable', 'convertLegacy', 'normalizeNfc', 'applyPageSetup', 'applyBodyFont', 'removeBidiControls'],
    });
    const snap = await host.snapshot();
    expect(snap.template).toEqual({ id: kind, version: TEMPLATES[kind].version });
    expect(Object.values(snap.fields).filter((f) => f.id !== 'moHinh').every((f) => f.showingPlaceholder)).toBe(true);
    expect(await host.readTable()).toEqual([]);
    expect(snap.pages).toBeNull();
    const bytes = await host.fileBytes();
    expect(await partText(bytes, 'word/webextensions/webextension1.xml')).toContain('4021c55f-402c-428c-bc8d-ec5e2ce02981');
  });

  it('opens a .docx and reads it; the caller may reuse its buffer afterwards', async () => {
    const original = await writeTemplateDocx('individual', { kind: 'individual', fields: { hoTen: 'LÊ VĂN AN' } });
    const buffer = original.slice();
    const host = await FileHost.open(buffer);
    buffer.fill(0);
    expect((await host.snapshot()).fields.hoTen.text).toBe('LÊ VĂN AN');
    expect(same(await host.fileBytes(), original)).toBe(true);
  });

  it.each([
    ['empty', new Uint8Array(0), 'docx.empty'],
    ['not a zip', new TextEncoder().encode('Báo cáo thành tích'), 'docx.notZip'],
    ['an old .doc (OLE)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'docx.encrypted'],
  ])('refuses %s with the reader\'s error', async (_name, bytes, key) => {
    expect(await errorKey(FileHost.open(bytes))).toBe(key);
  });

  it('refuses a package with a DOCTYPE in document.xml', async () => {
    const hostile = await withPart(await writeTemplateDocx('individual'), 'word/document.xml', (xml) =>
      xml.replace('<w:document', '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document'),
    );
    expect(await errorKey(FileHost.open(hostile))).toBe('docx.doctype');
  });
});

describe('FileHost: fields, table, summary, photo, send history', () => {
  it.each(['individual', 'collective'] as const)('sets a field of the %s template and clears it back to the placeholder', async (kind) => {
    const host = await FileHost.create(kind);
    const id = kind === 'individual' ? 'hoTen' : 'tenTapThe';
    await host.setField(id, 'Trường <THCS> & "Lê Lợi"\u0007 ');
    expect((await host.snapshot()).fields[id]).toMatchObject({ text: 'Trường <THCS> & "Lê Lợi" ', showingPlaceholder: false });
    await host.setField(id, '');
    expect((await host.snapshot()).fields[id]).toMatchObject({ text: '', showingPlaceholder: true });
  });

  it('takes a huge summary (50,000 words) and empties it again', async () => {
    const host = await FileHost.create('individual');
    const paragraphs = vietnameseProse(50000);
    await host.setField('tomTat', paragraphs.join('\n'));
    expect((await host.snapshot()).fields.tomTat.paragraphs).toEqual(paragraphs);
    await host.setField('tomTat', '');
    expect((await host.snapshot()).fields.tomTat.showingPlaceholder).toBe(true);
  });

  it('stores NFD input as NFC and keeps line breaks', async () => {
    const host = await FileHost.create('individual');
    await host.setField('chucVuDonVi', 'Giáo viên\nTrường Tiểu học'.normalize('NFD'));
    expect((await host.snapshot()).fields.chucVuDonVi.text).toBe('Giáo viên\nTrường Tiểu học');
  });

  it('refuses unknown fields, the picture and the table as text, and non-string values', async () => {
    const host = await FileHost.create('collective');
    const before = await host.fileBytes();
    expect(await errorKey(host.setField('hoTen', 'A'))).toBe('host.fieldMissing');
    expect(await errorKey(host.setField('moHinh', 'A'))).toBe('host.editUnsupported');
    expect(await errorKey(host.setField('tenTapThe', 42 as unknown as string))).toBe('host.invalidArgument');
    expect(same(await host.fileBytes(), before)).toBe(true);
  });

  it.each(['individual', 'collective'] as const)('writes and reads the %s table, TT numbered 1..n', async (kind) => {
    const host = await FileHost.create(kind);
    expect(await host.readTable()).toEqual([]);
    const second: ModelRow = { ten: 'CLB <STEM> & Robotics', donVi: 'Tổ Toán', moTa: 'Dòng 1\nDòng 2', loTrinh: 'Tháng 10', ketQua: 'Giải Nhì' };
    await host.writeTable([ROW, second]);
    expect(await host.readTable()).toEqual([ROW, second]);
    const snap = await host.snapshot();
    expect(snap.table?.rows.map((r) => r[0])).toEqual(['1', '2']);
    // Emptying the table removes what the rows said: only after a confirmation that shows it (issue 11).
    const before = await host.fileBytes();
    expect(await errorKey(host.writeTable([]))).toBe('host.wouldRemoveText');
    expect(same(await host.fileBytes(), before)).toBe(true);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (words) => (asked.push(words), false));
    // Declined: refused, so a form keeps its edits, and the document is as it was.
    expect(await errorKey(host.writeTable([]))).toBe('host.removalDeclined');
    expect(same(await host.fileBytes(), before)).toBe(true);
    host.setRemovalConfirmer(async (words) => (asked.push(words), true));
    await host.writeTable([]);
    expect(asked[0]).toEqual(expect.arrayContaining(['CLB', '<STEM>', '&', 'Robotics', 'Nhì']));
    expect(asked[1]).toEqual(asked[0]);
    expect(await host.readTable()).toEqual([]);
    expect((await host.snapshot()).table?.rows).toEqual([['1', '', '', '', '', '']]);
  });

  it('writes rows that never split across pages and a header that repeats, even into a table that lost those flags', async () => {
    const stripped = await withPart(await writeTemplateDocx('individual'), 'word/document.xml', (xml) =>
      xml.replace(/<w:cantSplit\/>/g, '').replace(/<w:tblHeader\/>/g, ''),
    );
    const host = await FileHost.open(stripped);
    await host.writeTable([ROW, ROW, ROW]);
    const xml = await partText(await host.fileBytes(), 'word/document.xml');
    const rows = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('bctt.moHinh'))).match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('tblHeader'))).toBe(false);
  });

  it('refuses invalid rows before touching the document', async () => {
    const host = await FileHost.create('individual');
    await host.writeTable([ROW]);
    const before = await host.fileBytes();
    expect(await errorKey(host.writeTable([ROW, { ...ROW, ten: 5 as unknown as string }]))).toBe('host.invalidRow');
    expect(await errorKey(host.writeTable('rows' as unknown as ModelRow[]))).toBe('host.invalidRow');
    expect(same(await host.fileBytes(), before)).toBe(true);
  });

  it.each(['individual', 'collective'] as const)('appends summary headings to the %s summary, each followed by an empty paragraph', async (kind) => {
    const host = await FileHost.create(kind);
    await host.insertSummarySkeleton(['1. Đặc điểm', '  ', '2. Thành tích'.normalize('NFD')]);
    let snap = await host.snapshot();
    expect(snap.fields.tomTat).toMatchObject({ showingPlaceholder: false, paragraphs: ['1. Đặc điểm', '', '2. Thành tích', ''] });
    await host.setField('tomTat', 'Đoạn đã viết.');
    await host.insertSummarySkeleton(['3. Kết quả']);
    snap = await host.snapshot();
    expect(snap.fields.tomTat.paragraphs).toEqual(['Đoạn đã viết.', '3. Kết quả', '']);
    expect(check(snap, { now: NOW }).filter((f) => f.rule === 'instructions.leftover')).toEqual([]);
  });

  it('does nothing for no headings and refuses non-strings', async () => {
    const host = await FileHost.create('individual');
    const calls: number[] = [];
    host.onChange(() => calls.push(1));
    await host.insertSummarySkeleton([' ', '']);
    expect(calls).toEqual([]);
    expect(await errorKey(host.insertSummarySkeleton([1 as unknown as string]))).toBe('host.invalidArgument');
  });

  it('puts a PNG or JPEG photo in the frame, sized to fit 4x6 cm with its ratio, and replaces it without leaving the old one', async () => {
    const host = await FileHost.create('individual');
    await host.setPhoto(pngHeader(400, 600));
    let snap = await host.snapshot();
    expect(snap.fields.anh.showingPlaceholder).toBe(false);
    expect(snap.fields.anh.picture).toEqual({ widthEmu: 1440000, heightEmu: 2160000, pixelWidth: 400, pixelHeight: 600 });
    await host.setPhoto(jpegHeader(800, 600));
    snap = await host.snapshot();
    expect(snap.fields.anh.picture).toMatchObject({ widthEmu: 1440000, heightEmu: 1080000, pixelWidth: 800, pixelHeight: 600 });
    const zip = await JSZip.loadAsync(await host.fileBytes());
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toEqual(['word/media/bctt-photo1.jpeg']);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('Extension="jpeg"');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels.match(/relationships\/image"/g)).toHaveLength(1);
  });

  it('refuses what is not a JPEG/PNG, and a photo in the collective template', async () => {
    const individual = await FileHost.create('individual');
    expect(await errorKey(individual.setPhoto(new TextEncoder().encode('GIF89a....')))).toBe('docx.photoUnsupported');
    const collective = await FileHost.create('collective');
    expect(await errorKey(collective.setPhoto(pngHeader(40, 60)))).toBe('host.photoNotInTemplate');
  });

  it('records sends, oldest first, and refuses a malformed record', async () => {
    const host = await FileHost.create('collective');
    await host.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'a&b@gd.vn', period: '2026-Q4' });
    await host.recordSend({ at: '2026-12-31T08:00:00.000Z', path: 'relay', to: 'c@gd.vn', receipt: '<id-1>' });
    expect((await host.snapshot()).sendHistory).toEqual([
      { at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'a&b@gd.vn', period: '2026-Q4' },
      { at: '2026-12-31T08:00:00.000Z', path: 'relay', to: 'c@gd.vn', receipt: '<id-1>' },
    ]);
    expect(await errorKey(host.recordSend({ at: 'x', path: 'pigeon', to: 'x' } as never))).toBe('host.invalidArgument');
  });

  it('records the quarter the report is written for when it is made, and changes it, sends kept', async () => {
    const host = await FileHost.create('individual');
    expect((await host.snapshot()).period).toMatch(/^\d{4}-Q[1-4]$/);
    await host.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'x@y.vn' });
    await host.setReportPeriod('2026-Q3');
    const after = await host.snapshot();
    expect(after.period).toBe('2026-Q3');
    expect(after.sendHistory).toHaveLength(1);
    await host.setReportPeriod('2026-Q4');
    expect((await host.snapshot()).period).toBe('2026-Q4');
    expect(await errorKey(host.setReportPeriod('2026-Q5'))).toBe('host.invalidArgument');
    // A file written without a quarter (the static templates) gets one when it is set.
    const bare = await FileHost.open(await writeTemplateDocx('collective'));
    expect((await bare.snapshot()).period).toBeUndefined();
    await bare.setReportPeriod('2027-Q1');
    expect((await bare.snapshot()).period).toBe('2027-Q1');
  });
});

describe('FileHost: insert, goTo, listeners, queue, nothing lost', () => {
  it('replaces an untouched document with a new template, refuses one with content unless asked to overwrite', async () => {
    const host = await FileHost.create('individual');
    await host.insertTemplate('collective', 'newDocument');
    expect((await host.snapshot()).template?.id).toBe('collective');
    await host.setField('tenTapThe', 'Trường Tiểu học An Phú');
    const before = await host.fileBytes();
    expect(await errorKey(host.insertTemplate('individual', 'newDocument'))).toBe('host.notEmpty');
    expect(same(await host.fileBytes(), before)).toBe(true);
    expect(await errorKey(host.insertTemplate('individual', 'here'))).toBe('docx.insertHere');
    // Even asked to overwrite, the words that would go are shown for confirmation first.
    expect(await errorKey(host.insertTemplate('individual', 'newDocument', { overwrite: true }))).toBe('host.wouldRemoveText');
    let shown: string[] = [];
    host.setRemovalConfirmer(async (words) => ((shown = words), true));
    await host.insertTemplate('individual', 'newDocument', { overwrite: true });
    expect(shown).toEqual(['Trường', 'Tiểu', 'học', 'An', 'Phú']);
    expect((await host.snapshot()).template?.id).toBe('individual');
  });

  it('counts a photo, a table row or a send as content', async () => {
    const withRow = await FileHost.create('individual');
    await withRow.writeTable([{ ...ROW, ten: '', donVi: '', moTa: '', loTrinh: '', ketQua: 'x' }]);
    expect(await errorKey(withRow.insertTemplate('individual', 'newDocument'))).toBe('host.notEmpty');
    const withPhoto = await FileHost.create('individual');
    await withPhoto.setPhoto(pngHeader(2, 3));
    expect(await errorKey(withPhoto.insertTemplate('individual', 'newDocument'))).toBe('host.notEmpty');
    const sent = await FileHost.create('collective');
    await sent.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'x@y.vn' });
    expect(await errorKey(sent.insertTemplate('collective', 'newDocument'))).toBe('host.notEmpty');
  });

  it('goTo succeeds without changing anything (file mode scrolls the form instead)', async () => {
    const host = await FileHost.create('individual');
    const before = await host.fileBytes();
    await expect(host.goTo({ fieldId: 'hoTen' })).resolves.toBeUndefined();
    await expect(host.goTo({ tableRow: 3, column: 'ten' })).resolves.toBeUndefined();
    expect(same(await host.fileBytes(), before)).toBe(true);
  });

  it('tells listeners after each successful edit, not after a failed one, and stops after unsubscribing', async () => {
    const host = await FileHost.create('individual');
    let calls = 0;
    let seen = '';
    const off = host.onChange(() => {
      calls++;
      void host.snapshot().then((s) => (seen = s.fields.hoTen.text));
    });
    host.onChange(() => {
      throw new Error('a broken listener');
    });
    await host.setField('hoTen', 'TRẦN AN');
    expect(calls).toBe(1);
    await host.fileBytes();
    expect(seen).toBe('TRẦN AN');
    await errorKey(host.setField('tenTapThe', 'x'));
    expect(calls).toBe(1);
    off();
    await host.setField('hoTen', 'TRẦN BÌNH');
    expect(calls).toBe(1);
  });

  it('serialises quick edits: none is lost', async () => {
    const host = await FileHost.create('individual');
    await Promise.all([
      host.setField('hoTen', 'NGUYỄN VĂN AN'),
      host.setField('sinhNam', '1980'),
      host.writeTable([ROW]),
      host.setField('chucVuDonVi', 'Giáo viên'),
      host.recordSend({ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'x@y.vn' }),
    ]);
    const snap = await host.snapshot();
    expect([snap.fields.hoTen.text, snap.fields.sinhNam.text, snap.fields.chucVuDonVi.text]).toEqual(['NGUYỄN VĂN AN', '1980', 'Giáo viên']);
    expect(await host.readTable()).toEqual([ROW]);
    expect(snap.sendHistory).toHaveLength(1);
  });

  it('keeps the previous bytes when an edit fails midway (the result would not read back)', async () => {
    const host = await FileHost.create('individual');
    await host.setField('hoTen', 'LÊ AN');
    const before = await host.fileBytes();
    const hugeCell = 'x'.repeat(1000);
    // A limit the edited document breaks: the new bytes are refused when read back.
    const tight = await FileHost.open(before, { maxInputBytes: before.length + 500 });
    expect(await errorKey(tight.writeTable(Array.from({ length: 50 }, (_, i) => ({ ...ROW, moTa: hugeCell + i }))))).toBe('docx.tooLarge');
    expect(same(await tight.fileBytes(), before)).toBe(true);
    expect((await tight.snapshot()).fields.hoTen.text).toBe('LÊ AN');
  });
  it("drops Word's stale page count from app.xml on the first edit, so pages are estimated again", async () => {
    const host = await FileHost.open(
      await buildDocx({ pages: 3, report: { template: 'collective', version: '1.0' }, body: p('Nội dung') + p(r('')) }),
    );
    expect((await host.snapshot()).pages).toEqual({ count: 3, source: 'app.xml' });
    await host.applyFix({ kind: 'applyPageSetup' });
    expect((await host.snapshot()).pages).toBeNull();
    expect(await partText(await host.fileBytes(), 'docProps/app.xml')).not.toContain('<Pages>');
  });
});

describe('FileHost: a report made only through the host passes check()', () => {
  const summary = vietnameseProse(1150);

  it('individual', async () => {
    const host = await FileHost.create('individual');
    await host.setPhoto(pngHeader(400, 600));
    await host.setField('hoTen', 'Nguyễn Thị Mai');
    await host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' });
    await host.setField('sinhNam', '1984');
    await host.setField('chucVuDonVi', 'Hiệu trưởng Trường Tiểu học Lê Ngọc Hân, Quận 1');
    await host.insertSummarySkeleton(['1. Đặc điểm tình hình']);
    await host.setField('tomTat', summary.join('\n'));
    await host.writeTable([ROW]);
    const snap = await host.snapshot();
    expect(snap.fields.hoTen.text).toBe('NGUYỄN THỊ MAI');
    const findings = check(snap, { now: NOW });
    expect(errors(findings)).toEqual([]);
    expect(isReadyToSend(findings)).toBe(true);
    // The file is a real .docx any reader accepts.
    expect((await readDocx(await host.fileBytes())).fields.hoTen.text).toBe('NGUYỄN THỊ MAI');
  });

  it('collective', async () => {
    const host = await FileHost.create('collective');
    await host.setField('tenTapThe', 'Trường Tiểu học Lê Ngọc Hân, Phường Bến Thành, Thành phố Hồ Chí Minh');
    await host.setField('tomTat', summary.join('\n'));
    await host.writeTable([ROW, ROW]);
    const findings = check(await host.snapshot(), { now: NOW });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('FileHost fixes turn failing findings into passes', () => {
  const ruleFindings = async (host: FileHost, rule: string) => check(await host.snapshot(), { now: NOW }).filter((f) => f.rule === rule);

  it('uppercaseName', async () => {
    const host = await FileHost.create('individual');
    await host.setField('hoTen', 'nguyễn thị đào');
    const [finding] = await ruleFindings(host, 'name.uppercase');
    expect(finding.fix).toEqual({ kind: 'uppercaseName', fieldId: 'hoTen' });
    await host.applyFix(finding.fix!);
    expect(await ruleFindings(host, 'name.uppercase')).toEqual([]);
    expect((await host.snapshot()).fields.hoTen.text).toBe('NGUYỄN THỊ ĐÀO');
  });

  it('renumberTable', async () => {
    const bytes = await withPart(await writeTemplateDocx('individual', { kind: 'individual', models: [ROW, ROW] }), 'word/document.xml', (xml) =>
      xml.replace(/>2<\/w:t>/, '>7</w:t>'),
    );
    const host = await FileHost.open(bytes);
    const findings = await ruleFindings(host, 'models.table');
    const fix = findings.find((f) => f.fix)?.fix;
    expect(fix).toEqual({ kind: 'renumberTable' });
    await host.applyFix(fix!);
    expect((await ruleFindings(host, 'models.table')).filter((f) => f.fix?.kind === 'renumberTable')).toEqual([]);
    expect((await host.snapshot()).table?.rows.map((r) => r[0])).toEqual(['1', '2']);
    expect(await host.readTable()).toEqual([ROW, ROW]);
  });

  it.each(['hoTen', 'tomTat', 'moHinh', 'anh'])('restoreField %s: template.intact passes and the other values are kept', async (fieldId) => {
    const filled = await writeTemplateDocx('individual', {
      kind: 'individual',
      fields: { hoTen: 'LÊ THỊ HOA', sinhNam: '1985', chucVuDonVi: 'Giáo viên' },
      summary: ['Đoạn một.', 'Đoạn hai.'],
      models: [ROW],
      photo: { bytes: pngHeader(400, 600) },
      sendHistory: [{ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'x@y.vn' }],
    });
    const host = await FileHost.open(await withPart(filled, 'word/document.xml', (xml) => removeControl(xml, fieldId)));
    const [finding] = await ruleFindings(host, 'template.intact');
    // The label or heading is still there: the field is recognised by it (info), not reported deleted (issue 11).
    const byLabel = fieldId === 'hoTen' || fieldId === 'tomTat';
    expect(finding.fix).toEqual(byLabel ? { kind: 'restoreControls' } : { kind: 'restoreField', fieldId });
    expect(finding.severity).toBe(byLabel ? 'info' : 'error');
    await host.applyFix(finding.fix!);
    expect(await ruleFindings(host, 'template.intact')).toEqual([]);
    const snap = await host.snapshot();
    if (fieldId !== 'hoTen') expect(snap.fields.hoTen.text).toBe('LÊ THỊ HOA');
    else expect(snap.fields.hoTen.showingPlaceholder).toBe(true);
    expect(snap.fields.sinhNam.text).toBe('1985');
    if (fieldId !== 'tomTat') expect(snap.fields.tomTat.paragraphs).toEqual(['Đoạn một.', 'Đoạn hai.']);
    if (fieldId !== 'moHinh') expect(await host.readTable()).toEqual([ROW]);
    if (fieldId !== 'anh') expect(snap.fields.anh.picture).toMatchObject({ pixelWidth: 400, pixelHeight: 600 });
    expect(snap.sendHistory).toHaveLength(1);
  });

  it('restoreField on a field that is there changes nothing', async () => {
    const host = await FileHost.create('collective');
    const before = await host.fileBytes();
    await host.applyFix({ kind: 'restoreField', fieldId: 'tenTapThe' });
    expect(same(await host.fileBytes(), before)).toBe(true);
  });

  it('applyPageSetup', async () => {
    const host = await FileHost.open(
      await withPart(await writeTemplateDocx('collective'), 'word/document.xml', (xml) =>
        xml.replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>').replace(/w:left="1701"/, 'w:left="720"'),
      ),
    );
    expect((await ruleFindings(host, 'format.page')).length).toBe(2);
    await host.applyFix({ kind: 'applyPageSetup' });
    expect(await ruleFindings(host, 'format.page')).toEqual([]);
  });

  it('normalizeNfc', async () => {
    const host = await FileHost.open(
      await withPart(await writeTemplateDocx('collective', { kind: 'collective', summary: ['Thành tích nổi bật'] }), 'word/document.xml', (xml) =>
        xml.replace('Thành tích nổi bật', 'Thành tích nổi bật'.normalize('NFD')),
      ),
    );
    const [finding] = await ruleFindings(host, 'encoding.legacy');
    expect(finding.fix).toEqual({ kind: 'normalizeNfc' });
    await host.applyFix(finding.fix!);
    expect(await ruleFindings(host, 'encoding.legacy')).toEqual([]);
    expect((await host.snapshot()).fields.tomTat.text).toBe('Thành tích nổi bật');
  });

  it('removeBidiControls: a right-to-left override in the name is removed, the rest of the file kept', async () => {
    const filled = await writeTemplateDocx('individual', { kind: 'individual', fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984' } });
    const host = await FileHost.open(await withPart(filled, 'word/document.xml', (xml) => xml.replace('NGUYỄN THỊ MAI', 'NGUYỄN \u202EIAM ỊHT\u202C')));
    const [finding] = await ruleFindings(host, 'text.bidiControl');
    expect(finding).toMatchObject({ severity: 'error', field: 'hoTen', fix: { kind: 'removeBidiControls' } });
    await host.applyFix(finding.fix!);
    expect(await ruleFindings(host, 'text.bidiControl')).toEqual([]);
    expect((await host.snapshot()).fields.hoTen.text).toBe('NGUYỄN IAM ỊHT');
    expect((await host.snapshot()).fields.sinhNam.text).toBe('1984');
  });

  it('convertLegacy: .VnTime text becomes proper Vietnamese and the encoding.legacy error goes', async () => {
    const text = 'Trường Tiểu học Lê Lợi đạt danh hiệu tập thể lao động xuất sắc';
    const host = await FileHost.open(
      await buildDocx({ body: p(r(toLegacy(text, 'tcvn3'), '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'), { raw: true }) }),
    );
    const [finding] = await ruleFindings(host, 'encoding.legacy');
    expect(finding).toMatchObject({ severity: 'error', fix: { kind: 'convertLegacy', encoding: 'tcvn3' } });
    await host.applyFix(finding.fix!);
    expect(await ruleFindings(host, 'encoding.legacy')).toEqual([]);
    expect((await host.snapshot()).bodyText).toBe(text);
  });

  it('refuses an unknown fix kind without changing anything', async () => {
    const host = await FileHost.create('individual');
    expect(await errorKey(host.applyFix({ kind: 'makeCoffee' } as never))).toBe('host.fixUnsupported');
    expect(await errorKey(host.applyFix({ kind: 'convertLegacy', encoding: 'utf7' } as never))).toBe('host.invalidArgument');
  });
});
