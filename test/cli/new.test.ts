/**
 * `bao-cao-thanh-tich new`, run as a real child process through the package's launcher (bundle built first).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx/read';
import { AT_IN_QUARTER, COLLECTIVE_FIELDS, INDIVIDUAL_FIELDS, buildCli, modelRows, pngPhoto, runCli, tempDir, writeReportJson } from './support/cli';
import { vietnameseProse } from '../support/prose';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  buildCli();
  dir = tempDir();
});

describe('new writes a template', () => {
  it('writes an empty individual template that check then rejects, listing the missing fields in Vietnamese', async () => {
    const out = path.join(dir, 'trong.docx');
    const made = runCli(['new', '--kind', 'individual', '--out', out]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('Đã tạo');

    const snapshot = await readDocx(new Uint8Array(readFileSync(out)));
    expect(snapshot.template).toEqual({ id: 'individual', version: '1.0' });

    const checked = runCli(['check', out, '--at', AT_IN_QUARTER]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('Còn lỗi');
    // Each missing field is named, in Vietnamese.
    for (const words of [/họ tên/i, /năm sinh/i, /chức vụ, đơn vị công tác/i, /tóm tắt/i, /ảnh/i, /mô hình/i]) {
      expect(checked.stdout).toMatch(words);
    }
    const json = JSON.parse(runCli(['check', out, '--json', '--at', AT_IN_QUARTER]).stdout) as { findings: { rule: string; field?: string }[] }[];
    const required = json[0].findings.filter((f) => f.rule === 'field.required').map((f) => f.field);
    expect(required).toEqual(expect.arrayContaining(['hoTen', 'sinhNam', 'chucVuDonVi', 'tomTat']));
  });

  it('writes a filled individual report from JSON, with the photo read relative to the JSON file', async () => {
    const sub = tempDir();
    const json = writeReportJson(
      sub,
      'bao-cao.json',
      { kind: 'individual', fields: INDIVIDUAL_FIELDS, summary: vietnameseProse(1100, 7), models: modelRows(3), photo: 'anh-4x6.png' },
      pngPhoto(),
    );
    const out = path.join(dir, 'day-du.docx');
    // Run from another directory: the photo path must still resolve against the JSON file.
    expect(runCli(['new', '--data', json, '--out', out], { cwd: dir }).code).toBe(0);
    const snapshot = await readDocx(new Uint8Array(readFileSync(out)));
    expect(snapshot.fields.hoTen.text).toBe('NGUYỄN THỊ MAI');
    expect(snapshot.fields.anh.picture).not.toBeNull();
    expect(snapshot.table?.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
  });

  it('writes a collective report, taking the kind from the JSON file', async () => {
    const json = writeReportJson(dir, 'tap-the.json', { kind: 'collective', fields: COLLECTIVE_FIELDS, summary: ['Một đoạn.'], models: modelRows(1) });
    const out = path.join(dir, 'tap-the.docx');
    expect(runCli(['new', '--data', json, '--out', out]).code).toBe(0);
    const snapshot = await readDocx(new Uint8Array(readFileSync(out)));
    expect(snapshot.template?.id).toBe('collective');
    expect(snapshot.fields.tenTapThe.text).toBe(COLLECTIVE_FIELDS.tenTapThe);
  });
});

describe('new protects existing files', () => {
  it('refuses to overwrite --out, leaving it untouched, unless --force', () => {
    const out = path.join(dir, 'co-san.docx');
    writeFileSync(out, 'bản cũ');
    const refused = runCli(['new', '--kind', 'collective', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');

    const forced = runCli(['new', '--kind', 'collective', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('new explains bad input data', () => {
  const newFrom = (name: string, text: string, extra: string[] = []) => {
    const json = path.join(dir, name);
    writeFileSync(json, text);
    const out = path.join(dir, name.replace('.json', '.docx'));
    return { result: runCli(['new', '--data', json, '--out', out, ...extra]), out };
  };

  it('gives the line and column of a JSON syntax error', () => {
    const { result, out } = newFrom('sai-cu-phap.json', '{\n  "kind": "individual",\n  "fields": { "hoTen": "A" }\n  "summary": []\n}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/dòng 4, cột 3/);
    expect(existsSync(out)).toBe(false);
  });

  it('names unknown fields and the valid ones', () => {
    const { result, out } = newFrom('la.json', JSON.stringify({ kind: 'individual', fields: { hoTen: 'A', queQuan: 'Huế' } }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('queQuan');
    expect(result.stderr).toContain('hoTen');
    expect(existsSync(out)).toBe(false);
  });

  it('says which photo is missing', () => {
    const { result, out } = newFrom('thieu-anh.json', JSON.stringify({ kind: 'individual', fields: INDIVIDUAL_FIELDS, photo: 'anh/khong-co.jpg' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('anh/khong-co.jpg');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --kind that contradicts the JSON file', () => {
    const { result } = newFrom('mau.json', JSON.stringify({ kind: 'collective', fields: COLLECTIVE_FIELDS }), ['--kind', 'individual']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('collective');
  });

  it('says when the data file does not exist, in English with --lang en', () => {
    const result = runCli(['new', '--data', path.join(dir, 'khong-co.json'), '--out', path.join(dir, 'x.docx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Data file ".*khong-co\.json" not found/);
  });
});
