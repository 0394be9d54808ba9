/**
 * `check --xlsx FILE` writes the office inbox's quarter table for a folder (real CLI bundle, re-read with exceljs):
 * one row per file, ready on time / late (by the file's time, as the inbox reads a reception) / with errors.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { completeIndividual, emptyIndividual } from '../server/support/reports';
import { buildCli, runCli, tempDir } from './support/cli';

jest.setTimeout(120_000);

beforeAll(() => buildCli());

test('the quarter table lists every file with its status, in Vietnamese or English', async () => {
  const dir = tempDir();
  const files = {
    'truong-a.docx': [await completeIndividual(), new Date('2026-10-01T10:00:00+07:00')],
    'truong-b.docx': [await completeIndividual(4), new Date('2026-10-07T10:00:00+07:00')],
    'truong-c.docx': [await emptyIndividual(), new Date('2026-09-20T10:00:00+07:00')],
  } as const;
  for (const [name, [bytes, time]] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), bytes);
    utimesSync(path.join(dir, name), time, time);
  }
  const out = path.join(dir, 'tong-hop.xlsx');
  const result = runCli(['check', dir, '--xlsx', out, '--at', '2026-10-08']);
  expect(result.code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.worksheets[0];
  expect(sheet.getCell(1, 1).text).toBe('STT');
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push([sheet.getCell(r, 2).text, sheet.getCell(r, 5).text, sheet.getCell(r, 6).text]);
  expect(rows).toEqual([
    ['truong-a', 'Đúng hạn', ''],
    ['truong-b', 'Trễ 5 ngày', '5'],
    ['truong-c', 'Gửi nhưng còn lỗi', ''],
  ]);
  expect(sheet.getCell(4, 7).text.length).toBeGreaterThan(0);

  const en = path.join(dir, 'summary.xlsx');
  expect(runCli(['check', path.join(dir, 'truong-a.docx'), '--xlsx', en, '--lang', 'en', '--at', '2026-10-08']).code).toBe(0);
  const wbEn = new ExcelJS.Workbook();
  await wbEn.xlsx.readFile(en);
  expect(wbEn.worksheets[0].getCell(1, 2).text).toBe('School');
  expect(wbEn.worksheets[0].getCell(2, 5).text).toBe('On time');
});
