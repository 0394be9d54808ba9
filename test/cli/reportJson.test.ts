import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lineColumnAt, loadJsonObject, loadPhoto, parseJsonText } from '../../src/cli/reportJson';
import { pngPhoto, tempDir } from './support/cli';

describe('JSON syntax errors point at line and column', () => {
  it('converts an offset to 1-based line and column', () => {
    expect(lineColumnAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\ncd\nef', 999)).toEqual({ line: 3, column: 3 });
  });

  it('locates a missing comma on the third line', () => {
    const text = '{\n  "kind": "individual"\n  "fields": {}\n}';
    const result = parseJsonText(text, 'r.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe('cli.error.jsonSyntax');
    expect(result.error.params).toMatchObject({ file: 'r.json', line: 3, column: 3 });
  });

  it('locates an unterminated document at its end', () => {
    const result = parseJsonText('{"kind": "individual",\n', 'r.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.params).toMatchObject({ line: 2 });
  });

  it('parses valid JSON with Vietnamese text untouched', () => {
    expect(parseJsonText('{"hoTen":"NGUYỄN THỊ MAI"}', 'r.json')).toEqual({ ok: true, value: { hoTen: 'NGUYỄN THỊ MAI' } });
  });
});

describe('loading the --data file', () => {
  const dir = tempDir();

  it('tolerates a UTF-8 byte-order mark (Windows Notepad)', async () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{"kind":"collective"}');
    expect(await loadJsonObject(file)).toEqual({ ok: true, json: { kind: 'collective' } });
  });

  it('refuses a JSON array or string', async () => {
    const file = path.join(dir, 'array.json');
    writeFileSync(file, '[1,2]');
    const result = await loadJsonObject(file);
    expect(result.ok === false && result.error.key).toBe('cli.error.jsonNotObject');
  });

  it('says when the file does not exist', async () => {
    const result = await loadJsonObject(path.join(dir, 'nope.json'));
    expect(result.ok === false && result.error.key).toBe('cli.error.dataNotFound');
  });

  it('reads the photo relative to the JSON file, not the working directory', async () => {
    writeFileSync(path.join(dir, 'anh.png'), pngPhoto());
    const result = await loadPhoto(path.join(dir, 'report.json'), 'anh.png');
    expect(result.ok).toBe(true);
  });

  it('refuses a missing photo and a file that is not an image', async () => {
    const missing = await loadPhoto(path.join(dir, 'report.json'), 'khong-co.jpg');
    expect(missing.ok === false && missing.error.key).toBe('cli.error.photoNotFound');
    writeFileSync(path.join(dir, 'fake.jpg'), 'not an image');
    const fake = await loadPhoto(path.join(dir, 'report.json'), 'fake.jpg');
    expect(fake.ok === false && fake.error.key).toBe('cli.error.photoFormat');
  });
});
