import { AppError } from '../../src/core/errors';
import { hasMessage } from '../../src/core/i18n';
import { bytesToBase64 } from '../../src/core/base64';
import { toWordError } from '../../src/word/errors';
import { fitToFrame, imageInfo, PHOTO_FRAME_PT } from '../../src/word/imageSize';
import { buildReportXml, parseReportXml } from '../../src/docx/reportPart';
import { matchColumns, rowValues, validateRows } from '../../src/core/template';
import { rowsFromValues } from '../../src/word/table';
import { searchPrefix } from '../../src/word/WordHost';

const HEADER = ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'];

describe('report custom XML part', () => {
  it('round-trips the template and send history, escaping attribute values', () => {
    const sends = [
      { at: '2026-12-30T08:00:00.000Z', path: 'graph' as const, to: 'a"<b>&c@x.vn', receipt: 'r-1', period: '2026-Q4' },
      { at: '2026-12-31T08:00:00.000Z', path: 'manual' as const, to: 'Phòng GD&ĐT' },
    ];
    const xml = buildReportXml({ template: { id: 'collective', version: '1.0' }, sends });
    expect(xml).toContain('urn:bao-cao-thanh-tich:report');
    expect(parseReportXml(xml)).toEqual({ template: { id: 'collective', version: '1.0' }, sends, period: null });
  });

  it('records the quarter the report is written for, and drops a malformed one', () => {
    const xml = buildReportXml({ template: { id: 'individual', version: '1.0' }, sends: [], period: '2026-Q4' });
    expect(xml).toContain('period="2026-Q4"');
    expect(parseReportXml(xml)?.period).toBe('2026-Q4');
    expect(parseReportXml(xml.replace('2026-Q4', '2026-Q5'))?.period).toBeNull();
    expect(parseReportXml(xml.replace(' period="2026-Q4"', ''))?.period).toBeNull();
  });

  it('accepts another prefix and rejects other namespaces, unknown templates and garbage', () => {
    expect(parseReportXml('<r:report xmlns:r="urn:bao-cao-thanh-tich:report" template="individual" version="2"><r:send at="2026-12-30T08:00:00.000Z" path="relay" to="y"/></r:report>')).toEqual({
      template: { id: 'individual', version: '2' },
      sends: [{ at: '2026-12-30T08:00:00.000Z', path: 'relay', to: 'y' }],
      period: null,
    });
    expect(parseReportXml('<bctt:report xmlns:bctt="urn:other" template="individual"/>')).toBeNull();
    expect(parseReportXml('<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="x"/>')?.template).toBeNull();
    expect(parseReportXml('')).toBeNull();
    expect(parseReportXml('not xml')).toBeNull();
  });

  it('drops characters XML forbids', () => {
    const xml = buildReportXml({ template: { id: 'individual', version: '1.0' }, sends: [{ at: '2026-12-30T08:00:00.000Z', path: 'manual', to: 'a\u0001b' }] });
    expect(parseReportXml(xml)?.sends[0].to).toBe('ab');
  });
});

describe('imageInfo and fitToFrame', () => {
  it('reads PNG, GIF and JPEG sizes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 2, 0, 0, 0, 3, 0]);
    expect(imageInfo(png)).toEqual({ type: 'png', width: 512, height: 768 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 40, 0, 60, 0]);
    expect(imageInfo(gif)).toEqual({ type: 'gif', width: 40, height: 60 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0x2c, 0x00, 0xc8, 3, 0, 0, 0]);
    expect(imageInfo(jpeg)).toEqual({ type: 'jpeg', width: 200, height: 300 });
  });

  it('returns null for anything else, empty or truncated', () => {
    expect(imageInfo(new Uint8Array())).toBeNull();
    expect(imageInfo(new TextEncoder().encode('%PDF-1.7 hello world, not a picture'))).toBeNull();
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
  });

  it('fits any ratio inside 4 x 6 cm', () => {
    expect(fitToFrame(200, 300).width).toBeCloseTo(PHOTO_FRAME_PT.width, 5);
    expect(fitToFrame(4000, 1000).width).toBeCloseTo(PHOTO_FRAME_PT.width, 5);
    expect(fitToFrame(1000, 4000).height).toBeCloseTo(PHOTO_FRAME_PT.height, 5);
  });
});

describe('table helpers', () => {
  it('matches headers ignoring NFC, case and spacing around the slash', () => {
    const nfd = HEADER.map((h) => h.normalize('NFD').toUpperCase().replace('/ ', '/'));
    expect(matchColumns(nfd).missing).toEqual([]);
    const m = matchColumns(['Kết quả đạt được', 'TT', 'Ghi chú']);
    expect(m.index.ketQua).toBe(0);
    expect(m.extra).toEqual([2]);
    expect(m.missing).toEqual(['ten', 'donVi', 'moTa', 'loTrinh']);
  });

  it('reads rows by header and turns paragraph marks into newlines', () => {
    expect(rowsFromValues([HEADER, ['1', 'A', 'B', 'dòng 1\rdòng 2', 'D', 'E']])).toEqual([{ ten: 'A', donVi: 'B', moTa: 'dòng 1\ndòng 2', loTrinh: 'D', ketQua: 'E' }]);
    expect(rowsFromValues([])).toEqual([]);
  });

  it('validates rows: strings or absent only, NFC', () => {
    expect(validateRows([{ ten: 'Vie\u0323\u0302t' }])).toEqual([{ ten: 'Việt', donVi: '', moTa: '', loTrinh: '', ketQua: '' }]);
    expect(() => validateRows([{}, null])).toThrow(AppError);
    expect(() => validateRows('rows')).toThrow(AppError);
    expect(validateRows(Array.from({ length: 1000 }, () => ({ ten: 'x' })))).toHaveLength(1000);
  });

  it('lays out a row in document order with TT numbered', () => {
    const m = matchColumns([...HEADER, 'Ghi chú']);
    expect(rowValues({ ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' }, 4, m, 7, ['x', 'x', 'x', 'x', 'x', 'x', 'keep'])).toEqual(['5', 'A', 'B', 'C', 'D', 'E', 'keep']);
  });
});

describe('base64, search prefix and errors', () => {
  it('encodes like the standard', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'Việt Nam', 'x'.repeat(10000)]) {
      const bytes = new TextEncoder().encode(s);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('searches the first non-empty line, at most 255 characters', () => {
    expect(searchPrefix('\n  (ghi rõ)\nsecond')).toBe('(ghi rõ)');
    expect(searchPrefix('a'.repeat(300))).toHaveLength(255);
    expect(searchPrefix('')).toBe('');
  });

  it("escapes Word's caret notation (^^ is a caret), counting the escapes in the 255 and never splitting one", () => {
    expect(searchPrefix('10^3 ^p')).toBe('10^^3 ^^p');
    expect(searchPrefix('^'.repeat(200))).toBe('^'.repeat(254));
    expect(searchPrefix('a' + '^'.repeat(200))).toHaveLength(255);
    expect(searchPrefix('Việt Nam ^')).toBe('Việt Nam ^^');
  });

  it('maps Office error codes to localised keys and keeps the cause', () => {
    const cause = Object.assign(new Error('x'), { code: 'AccessDenied' });
    const error = toWordError(cause, 'setField');
    expect(error.messageKey).toBe('word.accessDenied');
    expect(error.cause).toBe(cause);
    expect(toWordError(Object.assign(new Error('y'), { code: 'Weird' }), 'op')).toMatchObject({ messageKey: 'word.unknown', params: { code: 'Weird' } });
    expect(toWordError('plain', 'op').messageKey).toBe('word.unknown');
    const app = new AppError('host.notEmpty');
    expect(toWordError(app, 'op')).toBe(app);
    for (const code of ['GeneralException', 'ItemNotFound', 'AccessDenied', 'InvalidArgument', 'InvalidRequest', 'ApiNotFound', 'ActivityLimitReached']) {
      expect(hasMessage(toWordError(Object.assign(new Error(), { code }), 'op').messageKey)).toBe(true);
    }
  });
});

describe('report custom XML part: hostile input', () => {
  it('refuses a DOCTYPE with entities instead of expanding it', () => {
    const bomb = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="individual" version="1.0"><bctt:send at="2026-12-30T08:00:00.000Z" path="manual" to="&b;"/></bctt:report>';
    expect(parseReportXml(bomb)).toBeNull();
  });
});
