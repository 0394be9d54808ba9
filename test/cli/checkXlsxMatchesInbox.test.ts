/**
 * `check FOLDER --xlsx FILE` (offices without the server) writes the same quarter table as the inbox's export:
 * the same reports, received at the same instants, re-read from both workbooks with exceljs — the same columns
 * with the same headings in the same order (one definition: src/export/quarterTable.ts), and for each school the
 * same status, days late, errors and reception time. Real CLI bundle, real relay with its inbox.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { TABLE_COLUMNS } from '../../src/export/quarterTable';
import { completeIndividual, emptyIndividual } from '../server/support/reports';
import { Client, startInbox, submit, type InboxEnv } from '../server/inbox/support';
import { buildCli, runCli, tempDir } from './support/cli';

jest.setTimeout(180_000);

let env: InboxEnv;
beforeAll(async () => {
  buildCli();
  env = await startInbox({ now: new Date('2026-09-20T10:00:00+07:00') });
});
afterAll(() => env.stop());

/** Header cells and data rows (by the school column) of a workbook's first sheet. */
async function readTable(source: string | ArrayBuffer): Promise<{ header: string[]; rows: Map<string, Record<string, string>> }> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source);
  const sheet = wb.worksheets[0];
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => header.push(cell.text));
  const rows = new Map<string, Record<string, string>>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row: Record<string, string> = {};
    TABLE_COLUMNS.forEach((c, i) => (row[c] = sheet.getCell(r, i + 1).text));
    rows.set(row.school, row);
  }
  return { header, rows };
}

test.each(['vi', 'en'] as const)('the folder table and the inbox export have the same columns and the same verdicts (%s)', async (lang) => {
  const client = await Client.login(env.relay.url, undefined, lang);
  const schools = [
    // name (also the file's name in the folder), report, reception instant (the file's time for `check`)
    ['Trường THCS Nguyễn Du', await completeIndividual(11), new Date('2026-09-20T10:00:00+07:00')], // Q3, on time
    ['Trường Tiểu học Lê Ngọc Hân', await completeIndividual(12), new Date('2026-10-07T10:00:00+07:00')], // Q3, 5 days late
    ['Trường Mầm non Hoa Lư', await emptyIndividual(), new Date('2026-09-25T10:00:00+07:00')], // Q3, with errors
  ] as const;
  const dir = tempDir();
  const created = [];
  for (const [name] of schools)
    created.push(
      await client.json<{ school: { id: string }; onboarding: { key: string } }>(
        client.post('/api/inbox/schools', { name: `${name} ${lang}`, emails: [], ward: 'Phường Bến Thành', cluster: 1 }),
        201,
      ),
    );
  for (const [i, [name, bytes, at]] of schools.entries()) {
    const { school, onboarding } = created[i];
    env.clock.now = at;
    if (name === 'Trường Mầm non Hoa Lư') {
      // The relay refuses a report with errors (422): such reports arrive by mail; file it as the mailbox intake does.
      await env.relay.inbox.submissions.file({ bytes, fileName: 'bao-cao.docx', schoolId: school.id, source: 'imap', receivedAt: at });
    } else {
      expect((await submit(env.relay.url, bytes, onboarding.key)).status).toBe(202);
    }
    const file = path.join(dir, `${name} ${lang}.docx`);
    writeFileSync(file, bytes);
    utimesSync(file, at, at);
  }
  env.clock.now = new Date('2026-10-08T09:00:00+07:00');

  const signedIn = await Client.login(env.relay.url, undefined, lang);
  const res = await signedIn.get('/api/inbox/quarters/2026-Q3/export.xlsx');
  expect(res.status).toBe(200);
  const inbox = await readTable(await res.arrayBuffer());

  const out = path.join(dir, 'tong-hop.xlsx');
  const cli = runCli(['check', dir, '--xlsx', out, '--lang', lang, '--at', '2026-10-08']);
  expect(cli.code).toBe(1); // one report has errors
  const folder = await readTable(out);

  // The same columns, headed alike, in the same order.
  expect(folder.header).toEqual(inbox.header);
  expect(folder.header).toHaveLength(TABLE_COLUMNS.length);
  expect(folder.header[1]).toBe(lang === 'vi' ? 'Đơn vị' : 'School');

  // Each school: the same verdict whichever way the table was made.
  expect(folder.rows.size).toBe(3);
  for (const [name] of schools) {
    const a = inbox.rows.get(`${name} ${lang}`);
    const b = folder.rows.get(`${name} ${lang}`);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    for (const column of ['status', 'lateDays', 'errors', 'receivedAt'] as const) expect([name, column, b![column]]).toEqual([name, column, a![column]]);
  }
  const late = folder.rows.get(`Trường Tiểu học Lê Ngọc Hân ${lang}`)!;
  expect(late.status).toBe(lang === 'vi' ? 'Trễ 5 ngày' : '5 days late');
  expect(late.lateDays).toBe('5');
  expect(folder.rows.get(`Trường Mầm non Hoa Lư ${lang}`)!.errors.length).toBeGreaterThan(0);
  expect(folder.rows.get(`Trường THCS Nguyễn Du ${lang}`)!.receivedAt).toBe('20/09/2026 10:00');
});
