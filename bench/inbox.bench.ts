/**
 * Benchmark of the office inbox at scale (issue 15): 500 schools × 8 quarters of submissions (4,000 generated .docx
 * files, each unique, written with src/docx/write.ts), then over HTTP against the real server:
 *   - GET /api/inbox/quarters/:q (one row per school, statuses, counts): median of --rounds requests (target < 300 ms);
 *   - GET /api/inbox/quarters/:q/export.xlsx: median of --rounds requests (target < 2 s).
 *
 *   npm run bench -- inbox        (or: npx tsx bench/inbox.bench.ts [--schools 500] [--quarters 8] [--rounds 15])
 *
 * Filing uses the intake's storage path (Submissions.insert: file stored by SHA-256, row, findings) with the
 * checks computed once per kind of report (ready, errors): the bench measures the quarter page and the export,
 * not the reading of 4,000 documents (that is `npm run bench -- cli`).
 *
 * Per quarter, one school in ten sends nothing and one in ten sends twice (a report with errors, then again one
 * still with errors): schools × quarters files in all (4,000 at the defaults), with every status on the page
 * (on time, late, with errors, missing) and schools whose latest report is not their first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRelay } from '../server/app';
import { defaultConfig } from '../server/config';
import { defaultInboxConfig } from '../server/inbox/config';
import { checkReport } from '../server/inbox/submissions';
import { type QuarterNumber, addDays, lastAllowedDay, quarterRef, vietnamInstant } from '../src/core/calendar';
import { writeTemplateDocx } from '../src/docx/write';
import { vietnameseProse } from '../test/support/prose';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SCHOOLS = arg('schools', 500);
const QUARTERS = arg('quarters', 8);
const ROUNDS = Math.max(1, arg('rounds', 15));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-inbox-bench-'));
  const now = new Date('2027-01-20T09:00:00+07:00');
  const relay = await startRelay(
    defaultConfig({
      smtpUrl: 'smtp://127.0.0.1:9',
      dbPath: path.join(dir, 'inbox.sqlite'),
      from: 'relay@truong.edu.vn',
      now: () => now,
      log: () => undefined,
      inbox: defaultInboxConfig({ reminderCheckMinutes: 0 }),
    }),
  );
  try {
    const { inbox } = relay;
    await inbox.accounts.createUser('admin', 'mat-khau-bench-2026', 'admin');
    const schools = [];
    const t0 = performance.now();
    for (let i = 0; i < SCHOOLS; i++) {
      const { school } = inbox.directory.create({
        name: `Trường số ${i + 1} Phường ${(i % 10) + 1}`,
        emails: [`truong${i + 1}@truong.edu.vn`],
        ward: `Phường ${(i % 10) + 1}`,
        cluster: (i % 5) + 1,
      });
      schools.push(school);
    }
    const summary = vietnameseProse(1050, 7);
    const ready = await checkReport(
      await writeTemplateDocx('collective', { kind: 'collective', fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' }, summary, models: [{ ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' }] }),
      now,
      'strict',
      10 * 1024 * 1024,
    );
    const errors = await checkReport(await writeTemplateDocx('collective'), now, 'strict', 10 * 1024 * 1024);
    if (!ready.ready || errors.ready) throw new Error('bench reports are not what they should be');
    let files = 0;
    let bytesTotal = 0;
    const quarters = [];
    for (let k = 0; k < QUARTERS; k++) {
      const q = quarterRef(2025 + Math.floor(k / 4), ((k % 4) + 1) as QuarterNumber);
      quarters.push(q);
      const lastDay = lastAllowedDay(q);
      for (let i = 0; i < schools.length; i++) {
        const kind = (i * 7 + k) % 10; // 0–6 on time, 7 late, 8 errors (sent twice), 9 missing
        if (kind === 9) continue;
        const isReady = kind !== 8;
        const sends = kind === 8 ? [-9, -5] : [kind === 7 ? 4 : -5];
        for (const [n, offset] of sends.entries()) {
          const receivedAt = vietnamInstant(addDays(lastDay, offset), 9, i % 60);
          // Small but unique reports: a short summary for the error kind, the school's name in the unit field.
          const bytes = await writeTemplateDocx('collective', {
            kind: 'collective',
            fields: { tenTapThe: `Tổ Toán, ${schools[i].name}, ${q.label}, Thành phố Hồ Chí Minh` },
            summary: isReady ? summary.slice(0, 3) : [n === 0 ? 'Chưa xong.' : 'Vẫn chưa xong.'],
          });
          bytesTotal += bytes.length;
          inbox.submissions.insert(
            { bytes, fileName: `bao-cao-${i + 1}-${q.label}${n ? `-lan-${n + 1}` : ''}.docx`, schoolId: schools[i].id, source: i % 2 ? 'relay' : 'imap', receivedAt },
            isReady ? ready : errors,
          );
          files++;
        }
      }
    }
    const stored = inbox.db.prepare('SELECT (SELECT count(*) FROM inbox_submissions) AS subs, (SELECT count(*) FROM inbox_files) AS files').get() as {
      subs: number;
      files: number;
    };
    if (stored.subs !== files || stored.files !== files) throw new Error(`stored ${stored.subs} submissions and ${stored.files} files, generated ${files}`);
    console.log(`generated ${SCHOOLS} schools and ${files} files (${(bytesTotal / 1048576).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const login = await fetch(`${relay.url}/api/inbox/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'mat-khau-bench-2026' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const q = quarters[QUARTERS - 1].label;
    const time = async (url: string): Promise<{ ms: number; bytes: number; body: ArrayBuffer }> => {
      const started = performance.now();
      const res = await fetch(`${relay.url}${url}`, { headers: { Cookie: cookie } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      return { ms: performance.now() - started, bytes: body.byteLength, body };
    };
    const warm = await time(`/api/inbox/quarters/${q}`); // warm-up
    const { counts } = JSON.parse(Buffer.from(warm.body).toString('utf8')) as { counts: Record<string, number> };
    console.log(`quarter ${q} counts: ${JSON.stringify(counts)}`);
    const page: number[] = [];
    let pageBytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const m = await time(`/api/inbox/quarters/${q}`);
      page.push(m.ms);
      pageBytes = m.bytes;
    }
    const xlsx: number[] = [];
    let xlsxBytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const m = await time(`/api/inbox/quarters/${q}/export.xlsx`);
      xlsx.push(m.ms);
      xlsxBytes = m.bytes;
    }
    const pageMedian = median(page);
    const xlsxMedian = median(xlsx);
    console.log(
      `quarter page ${q} (${SCHOOLS} rows, ${(pageBytes / 1024).toFixed(0)} KB JSON): median ${pageMedian.toFixed(1)} ms over ${ROUNDS} requests ` +
        `(target < 300 ms: ${pageMedian < 300 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `quarter .xlsx export (${(xlsxBytes / 1024).toFixed(0)} KB): median ${xlsxMedian.toFixed(1)} ms over ${ROUNDS} requests ` +
        `(target < 2000 ms: ${xlsxMedian < 2000 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await relay.close({ graceful: false });
    rmSync(dir, { recursive: true, force: true });
  }
}
