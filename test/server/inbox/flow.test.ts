/**
 * The office's quarter, through the HTTP API of a real relay (SQLite, SMTP): import the directory (CSV and .xlsx),
 * schools submit with their keys (and without: 401), the quarter shows on time / late / errors / missing with
 * filters and counts, a submission opens to its findings and file, one is chosen, and the exports come out.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { submitToRelay } from '../../../src/mail/relay';
import { completeCollective, completeIndividual, emptyIndividual } from '../support/reports';
import { Client, startInbox, submit, type InboxEnv } from './support';

jest.setTimeout(60_000);

const CSV = [
  'Tên trường;Email;Phường;Khối thi đua',
  'Trường THCS Nguyễn Du;thcsnguyendu@truong.edu.vn;Phường Bến Thành;1',
  'Trường Tiểu học Lê Văn Tám;thlevantam@truong.edu.vn, hieutruong.lvt@truong.edu.vn;Phường Bến Thành;Khối 2',
  'Trường Mầm non Hoa Hồng;mnhoahong@truong.edu.vn;Phường Sài Gòn;2',
  'Trường THPT Lê Quý Đôn;;Phường Sài Gòn;5',
  ';thieu-ten@truong.edu.vn;Phường Sài Gòn;1',
  'Trường Sai Khối;saikhoi@truong.edu.vn;Phường Sài Gòn;7',
].join('\r\n');

let env: InboxEnv;
let client: Client;
const keys = new Map<string, string>();
const ids = new Map<string, string>();

beforeAll(async () => {
  env = await startInbox();
  client = await Client.login(env.relay.url);
});
afterAll(() => env.stop());

interface ImportAnswer {
  created: number;
  updated: number;
  errors: Array<{ row: number; code: string; error: string }>;
  onboarding: Array<{ schoolId: string; schoolName: string; key: string; link: string; qrSvg: string; manifestUrl: string }>;
}

test('a CSV directory imports with Vietnamese headings, reporting the bad rows by line', async () => {
  const answer = await client.json<ImportAnswer>(
    client.post('/api/inbox/schools/import', new TextEncoder().encode('\uFEFF' + CSV), { 'Content-Type': 'text/csv' }),
  );
  expect(answer.created).toBe(4);
  expect(answer.errors.map((e) => [e.row, e.code])).toEqual([
    [6, 'inbox.school.nameRequired'],
    [7, 'inbox.school.clusterInvalid'],
  ]);
  expect(answer.errors[1].error).toBe('Khối thi đua phải là một số từ 1 đến 5.');
  for (const o of answer.onboarding) {
    keys.set(o.schoolName, o.key);
    ids.set(o.schoolName, o.schoolId);
    expect(o.key).toMatch(/^bctt_[A-Za-z0-9_-]{43}$/);
    const link = new URL(o.link);
    expect(link.pathname).toBe('/taskpane.html');
    expect(link.searchParams.get('bctt_key')).toBe(o.key);
    expect(link.searchParams.get('bctt_to')).toBe('tquong.ql@tphcm.gov.vn');
    expect(link.searchParams.get('bctt_office')).toBe('Phòng Giáo dục và Đào tạo');
    expect(o.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(o.manifestUrl).toBe(`${env.relay.url}/manifest.xml`);
  }
  const { schools } = await client.json<{ schools: Array<{ name: string; emails: string[]; cluster: number }> }>(
    client.get('/api/inbox/schools'),
  );
  expect(schools.map((s) => s.name)).toEqual([
    'Trường Mầm non Hoa Hồng',
    'Trường THCS Nguyễn Du',
    'Trường THPT Lê Quý Đôn',
    'Trường Tiểu học Lê Văn Tám',
  ]);
  expect(schools.find((s) => s.name.includes('Lê Văn Tám'))).toMatchObject({
    emails: ['thlevantam@truong.edu.vn', 'hieutruong.lvt@truong.edu.vn'],
    cluster: 2,
  });
});

test('an .xlsx directory updates existing schools (keys kept, names matched in NFD too) and adds new ones', async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('DS');
  sheet.addRow(['STT', 'Tên trường', 'Địa chỉ email', 'Phường/xã', 'Khối']);
  sheet.addRow([1, 'Trường THCS Nguyễn Du'.normalize('NFD'), 'thcsnguyendu@truong.edu.vn; vanthu.nd@truong.edu.vn', 'Phường Bến Thành', 1]);
  sheet.addRow([2, 'Trường Tiểu học Kết Đoàn', 'ketdoan@truong.edu.vn', 'Phường Cầu Ông Lãnh', 3]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const answer = await client.json<ImportAnswer>(
    client.post('/api/inbox/schools/import', bytes, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  expect(answer).toMatchObject({ created: 1, updated: 1, errors: [] });
  keys.set('Trường Tiểu học Kết Đoàn', answer.onboarding[0].key);
  ids.set('Trường Tiểu học Kết Đoàn', answer.onboarding[0].schoolId);
  const nd = await client.json<{ school: { emails: string[] } }>(client.get(`/api/inbox/schools/${ids.get('Trường THCS Nguyễn Du')}`));
  expect(nd.school.emails).toEqual(['thcsnguyendu@truong.edu.vn', 'vanthu.nd@truong.edu.vn']);
});

test('school CRUD validates, refuses duplicates and addresses of another school', async () => {
  const bad = await client.json<{ code: string; fields: Array<{ field: string; code: string; error: string }> }>(
    client.post('/api/inbox/schools', { name: ' ', emails: ['khong-hop-le'], cluster: 9 }),
    400,
  );
  expect(bad.code).toBe('inbox.invalid');
  expect(bad.fields.map((f) => f.code).sort()).toEqual(['inbox.school.clusterInvalid', 'inbox.school.emailInvalid', 'inbox.school.nameRequired']);
  await client.json(client.post('/api/inbox/schools', { name: 'trường thcs nguyễn du', emails: [], ward: '', cluster: 1 }), 409);
  const taken = await client.json<{ code: string }>(
    client.post('/api/inbox/schools', { name: 'Trường Mới', emails: ['mnhoahong@truong.edu.vn'], ward: 'Phường Sài Gòn', cluster: 2 }),
    409,
  );
  expect(taken.code).toBe('inbox.school.emailTaken');
  const created = await client.json<{ school: { id: string }; onboarding: { key: string } }>(
    client.post('/api/inbox/schools', { name: 'Trường Tạm', emails: [], ward: 'Phường Sài Gòn', cluster: 4 }),
    201,
  );
  const updated = await client.json<{ school: { cluster: number } }>(
    client.put(`/api/inbox/schools/${created.school.id}`, { name: 'Trường Tạm', emails: [], ward: 'Phường Sài Gòn', cluster: 3 }),
  );
  expect(updated.school.cluster).toBe(3);
  expect((await client.delete(`/api/inbox/schools/${created.school.id}`)).status).toBe(204);
  expect((await client.get(`/api/inbox/schools/${created.school.id}`)).status).toBe(404);
  // The archived school's key no longer submits.
  const refused = await submit(env.relay.url, await completeIndividual(), created.onboarding.key);
  expect(refused.status).toBe(401);
});

test('the relay refuses a submission without a valid key (401) and files one with a key under its school', async () => {
  const report = await completeIndividual();
  const none = await submit(env.relay.url, report, null);
  expect(none.status).toBe(401);
  expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(((await none.json()) as { code: string }).code).toBe('relay.schoolKeyMissing');
  const wrong = await submit(env.relay.url, report, 'bctt_' + 'A'.repeat(43));
  expect(((await wrong.json()) as { code: string }).code).toBe('relay.schoolKeyInvalid');
  expect(wrong.status).toBe(401);
  // On time for Q3 2026 (20 September).
  const ok = await submit(env.relay.url, report, keys.get('Trường THCS Nguyễn Du')!);
  expect(ok.status).toBe(202);
  const ok2 = await submit(env.relay.url, await completeCollective(), keys.get('Trường Mầm non Hoa Hồng')!, 'x-school-key');
  expect(ok2.status).toBe(202);
  // The pane's relay client sends the key from its settings.
  const receipt = await submitToRelay(
    env.relay.url,
    {
      file: await completeIndividual(11),
      schoolKey: keys.get('Trường THCS Nguyễn Du')!,
      fields: { unitName: 'Trường THCS Nguyễn Du, Thành phố Hồ Chí Minh', senderName: 'Nguyễn Văn An', senderRole: 'Hiệu trưởng' },
    },
    { maxAttempts: 1 },
  );
  expect(receipt.status).toBe('pending');
  await expect(submitToRelay(env.relay.url, { file: report }, { maxAttempts: 1 })).rejects.toMatchObject({
    status: 401,
    messageKey: 'relay.schoolKeyMissing',
  });
  // A rotated key stops working.
  const rotated = await client.json<{ onboarding: { key: string } }>(
    client.post(`/api/inbox/schools/${ids.get('Trường Mầm non Hoa Hồng')}/key`),
  );
  expect((await submit(env.relay.url, report, keys.get('Trường Mầm non Hoa Hồng')!)).status).toBe(401);
  keys.set('Trường Mầm non Hoa Hồng', rotated.onboarding.key);
});

interface QuarterView {
  quarter: string;
  lastDay: string;
  counts: Record<string, number>;
  rows: Array<{
    school: { id: string; name: string; ward: string; cluster: number };
    status: string;
    lateDays?: number;
    errors?: Array<{ rule: string; message: string }>;
    latest: { id: string; ready: boolean; source: string } | null;
  }>;
  choice: { submissionId: string; note: string; schoolName: string } | null;
}

test('the quarter shows each school once: on time, late by days, sent with errors (which), not yet sent', async () => {
  // A report with errors reaches the inbox only by mail; file one directly as the mailbox intake does.
  await env.relay.inbox.submissions.file({
    bytes: await emptyIndividual(),
    fileName: 'bao-cao-le-van-tam.docx',
    schoolId: ids.get('Trường Tiểu học Lê Văn Tám')!,
    source: 'imap',
    receivedAt: new Date('2026-09-25T10:00:00+07:00'),
    from: 'thlevantam@truong.edu.vn',
  });
  // 6 October: Q3's last day was 2 October (strict reading) → 4 days late.
  env.clock.now = new Date('2026-10-06T08:00:00+07:00');
  // Sixteen days later the session has expired (12 h at most): sign in again.
  expect((await client.get('/api/inbox/session')).status).toBe(401);
  client = await Client.login(env.relay.url);
  expect((await submit(env.relay.url, await completeIndividual(5), keys.get('Trường Tiểu học Kết Đoàn')!)).status).toBe(202);

  const view = await client.json<QuarterView>(client.get('/api/inbox/quarters/2026-Q3'));
  expect(view.lastDay).toBe('2026-10-02');
  const status = Object.fromEntries(view.rows.map((r) => [r.school.name, [r.status, r.lateDays]]));
  expect(status).toEqual({
    'Trường THCS Nguyễn Du': ['onTime', undefined],
    'Trường Mầm non Hoa Hồng': ['onTime', undefined],
    'Trường Tiểu học Lê Văn Tám': ['errors', undefined],
    'Trường Tiểu học Kết Đoàn': ['late', 4],
    'Trường THPT Lê Quý Đôn': ['missing', undefined],
  });
  expect(view.counts).toMatchObject({ total: 5, onTime: 2, late: 1, errors: 1, missing: 1, unsorted: 0 });
  const errorsRow = view.rows.find((r) => r.status === 'errors')!;
  expect(errorsRow.errors!.length).toBeGreaterThan(0);
  expect(errorsRow.errors!.every((e) => e.message.length > 0 && !e.message.startsWith('findings.'))).toBe(true);
  // Rows by cluster, then name.
  expect(view.rows.map((r) => r.school.cluster)).toEqual([1, 2, 2, 3, 5]);

  const ward = await client.json<QuarterView>(client.get(`/api/inbox/quarters/2026-Q3?ward=${encodeURIComponent('Phường Sài Gòn')}`));
  expect(ward.rows.map((r) => r.school.name)).toEqual(['Trường Mầm non Hoa Hồng', 'Trường THPT Lê Quý Đôn']);
  expect(ward.counts).toMatchObject({ total: 2, onTime: 1, missing: 1 });
  const cluster = await client.json<QuarterView>(client.get('/api/inbox/quarters/2026-Q3?cluster=2&status=errors'));
  expect(cluster.rows.map((r) => r.school.name)).toEqual(['Trường Tiểu học Lê Văn Tám']);
  await client.json(client.get('/api/inbox/quarters/2026-Q9'), 400);
  const quarters = await client.json<{ current: string; quarters: string[]; wards: string[] }>(client.get('/api/inbox/quarters'));
  expect(quarters.current).toBe('2026-Q3');
  expect(quarters.wards).toEqual(['Phường Bến Thành', 'Phường Cầu Ông Lãnh', 'Phường Sài Gòn']);
});

test('a submission opens to its findings, summary and the file as received; one is chosen with a note', async () => {
  const view = await client.json<QuarterView>(client.get('/api/inbox/quarters/2026-Q3'));
  const nd = view.rows.find((r) => r.school.name === 'Trường THCS Nguyễn Du')!;
  const detail = await client.json<{
    submission: { summary: string; findings: Array<{ severity: string; message: string }>; fields: Record<string, string>; sha256: string; schoolName: string };
  }>(client.get(`/api/inbox/submissions/${nd.latest!.id}`));
  expect(detail.submission.schoolName).toBe('Trường THCS Nguyễn Du');
  expect(detail.submission.fields.hoTen).toBe('NGUYỄN THỊ MAI');
  expect(detail.submission.summary.split(/\s+/).length).toBeGreaterThan(1000);
  expect(detail.submission.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const file = await client.get(`/api/inbox/submissions/${nd.latest!.id}/file`);
  expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { createHash } = await import('node:crypto');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(detail.submission.sha256);

  const errors = view.rows.find((r) => r.status === 'errors')!;
  const notReady = await client.json<{ code: string }>(
    client.put('/api/inbox/quarters/2026-Q3/choice', { submissionId: errors.latest!.id, note: '' }),
    409,
  );
  expect(notReady.code).toBe('inbox.choice.notReady');
  await client.json(client.get('/api/inbox/quarters/2026-Q3/letter'), 409);
  await client.json(client.post(`/api/inbox/submissions/${nd.latest!.id}/shortlist`, { shortlisted: true }));
  const chosen = await client.json<{ choice: { submissionId: string; note: string; by: string } }>(
    client.put('/api/inbox/quarters/2026-Q3/choice', { submissionId: nd.latest!.id, note: 'Mô hình thư viện xanh lan tỏa cả phường.' }),
  );
  expect(chosen.choice).toMatchObject({ submissionId: nd.latest!.id, by: 'admin' });
  const after = await client.json<QuarterView & { shortlist: Array<{ id: string }> }>(client.get('/api/inbox/quarters/2026-Q3'));
  expect(after.choice).toMatchObject({ schoolName: 'Trường THCS Nguyễn Du', note: 'Mô hình thư viện xanh lan tỏa cả phường.' });
  expect(after.shortlist.map((s) => s.id)).toEqual([nd.latest!.id]);

  const letter = await client.get('/api/inbox/quarters/2026-Q3/letter');
  expect(letter.status).toBe(200);
  const zip = await JSZip.loadAsync(await letter.arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(xml).toContain('V/v giới thiệu gương điển hình tiên tiến quý 3/2026');
  expect(xml).toContain('Nơi nhận:');
  expect(xml).toContain('Trường THCS Nguyễn Du');
});

test('exports: the .xlsx re-reads as the quarter table, the .zip holds every report, the print view is HTML', async () => {
  const view = await client.json<QuarterView>(client.get('/api/inbox/quarters/2026-Q3'));
  const res = await client.get('/api/inbox/quarters/2026-Q3/export.xlsx');
  expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''tong-hop-quy-3-2026.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['STT', 'Đơn vị', 'Phường/xã', 'Khối thi đua', 'Tình trạng', 'Số ngày trễ', 'Lỗi', 'Nhận lúc', 'Tệp', 'Nguồn']);
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push([sheet.getCell(r, 2).text, sheet.getCell(r, 5).text, sheet.getCell(r, 6).text]);
  expect(rows).toEqual(
    view.rows.map((r) => [
      r.school.name,
      { onTime: 'Đúng hạn', late: `Trễ ${r.lateDays} ngày`, errors: 'Gửi nhưng còn lỗi', missing: 'Chưa gửi' }[r.status],
      r.status === 'late' ? String(r.lateDays) : '',
    ]),
  );
  const en = new Client(client.base, 'en');
  en.cookie = client.cookie;
  const enRes = await en.get('/api/inbox/quarters/2026-Q3/export.xlsx?cluster=1');
  const wbEn = new ExcelJS.Workbook();
  await wbEn.xlsx.load(await enRes.arrayBuffer());
  expect(wbEn.worksheets[0].getCell(1, 2).text).toBe('School');
  expect(wbEn.worksheets[0].getCell(2, 5).text).toBe('On time');
  expect(wbEn.worksheets[0].rowCount).toBe(2);

  const zipRes = await client.get('/api/inbox/quarters/2026-Q3/export.zip');
  const zip = await JSZip.loadAsync(await zipRes.arrayBuffer());
  const names = Object.keys(zip.files).sort();
  expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(4);
  expect(names).toContain('tong-hop-quy-3-2026.xlsx');
  expect(names.some((n) => n.startsWith('Khoi-1/Trường THCS Nguyễn Du/'))).toBe(true);

  const print = await client.get('/api/inbox/quarters/2026-Q3/print?lang=en');
  expect(print.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await print.text();
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('4 days late');
  expect(html).toContain('Trường THPT Lê Quý Đôn');
});

test('the audit log records who viewed, chose and exported', async () => {
  const { entries } = await client.json<{ entries: Array<{ action: string; username: string; detail: string }> }>(
    client.get('/api/inbox/audit'),
  );
  const actions = new Set(entries.map((e) => `${e.action}:${e.detail ?? ''}`));
  for (const a of ['viewed:quarter', 'viewed:submission', 'viewed:file', 'exported:xlsx', 'exported:zip', 'exported:letter', 'exported:print'])
    expect(actions).toContain(a);
  expect(entries.some((e) => e.action === 'chose' && e.username === 'admin')).toBe(true);
});
