/**
 * `bao-cao-thanh-tich check`, run as a real child process through the package's launcher (bundle built first).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTemplateDocx } from '../../src/docx/write';
import { AT_IN_QUARTER, INDIVIDUAL_FIELDS, buildCli, modelRows, pngPhoto, runCli, tempDir, writeReportJson } from './support/cli';
import { vietnameseProse } from '../support/prose';

jest.setTimeout(90_000);

/** The rule ids of DESIGN.md §3, the only ids the JSON output may carry. */
const DESIGN_RULE_IDS = [
  'template.present',
  'template.intact',
  'field.required',
  'name.uppercase',
  'name.noAbbreviation',
  'birthYear.valid',
  'photo.present',
  'unit.cityLevel',
  'summary.words',
  'summary.pages',
  'models.table',
  'instructions.leftover',
  'format.page',
  'format.font',
  'encoding.legacy',
  'submission.deadline',
  'submission.sent',
];

interface JsonReport {
  file: string;
  template: 'individual' | 'collective' | null;
  ready: boolean;
  findings: { rule: string; severity: string; field?: string; message: string }[];
  stats: { summaryWords: number; pages: number; pagesSource: string; summaryPages?: number } | null;
  sendHistory?: { at: string; path: string; to: string }[];
  period?: string;
  error?: string;
}

let dir: string;
let good: string;
let empty: string;

beforeAll(() => {
  buildCli();
  dir = tempDir();
  const json = writeReportJson(
    dir,
    'day-du.json',
    { kind: 'individual', fields: INDIVIDUAL_FIELDS, summary: vietnameseProse(1200, 11), models: modelRows(2), photo: 'anh.png' },
    pngPhoto(80, 120),
  );
  good = path.join(dir, 'day-du.docx');
  empty = path.join(dir, 'trong.docx');
  expect(runCli(['new', '--data', json, '--out', good]).code).toBe(0);
  expect(runCli(['new', '--kind', 'collective', '--out', empty]).code).toBe(0);
});

describe('check on one file', () => {
  it('passes a completely filled report (1,000+ words, models, 2:3 photo) inside the quarter: exit 0', () => {
    const result = runCli(['check', good, '--at', AT_IN_QUARTER]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/day-du\.docx\s+Cá nhân\s+0\s+0\s+1\.200\s+~?\d+\s+\d+(,\d)?\s+Sẵn sàng gửi/);
    expect(result.stdout).toContain('Tổng cộng 1 tệp: 1 sẵn sàng gửi');
  });

  it('prints a JSON array with one object per file in the documented shape', () => {
    const result = runCli(['check', good, empty, '--json', '--at', AT_IN_QUARTER]);
    expect(result.code).toBe(1);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    expect(reports.map((r) => [path.basename(r.file), r.template, r.ready])).toEqual([
      ['day-du.docx', 'individual', true],
      ['trong.docx', 'collective', false],
    ]);
    for (const r of reports) {
      expect(Object.keys(r).sort()).toEqual(['file', 'findings', 'period', 'ready', 'stats', 'template']);
      expect(r.period).toMatch(/^\d{4}-Q[1-4]$/);
      expect(r.stats).toEqual({ summaryWords: expect.any(Number), pages: expect.any(Number), pagesSource: expect.stringMatching(/^(app\.xml|estimate)$/), summaryPages: expect.any(Number) });
      for (const f of r.findings) {
        expect(Object.keys(f).every((k) => ['rule', 'severity', 'field', 'message'].includes(k))).toBe(true);
        expect(['error', 'warning', 'info']).toContain(f.severity);
        expect(f.message.length).toBeGreaterThan(0);
      }
    }
    expect(reports[0].stats?.summaryWords).toBe(1200);
    expect(reports[1].findings.some((f) => f.rule === 'field.required' && f.field === 'tenTapThe' && f.severity === 'error')).toBe(true);
  });

  it('uses only the rule ids of DESIGN.md', () => {
    const reports = JSON.parse(runCli(['check', good, empty, '--json', '--at', '2027-01-02T10:00']).stdout) as JsonReport[];
    const rules = reports.flatMap((r) => r.findings.map((f) => f.rule));
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(DESIGN_RULE_IDS).toContain(rule);
  });

  it('speaks English with --lang en', () => {
    const result = runCli(['check', empty, '--lang', 'en', '--at', AT_IN_QUARTER]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^File\s+Template\s+Errors\s+Warnings\s+Words\s+Pages\s+Summary pages\s+Result/);
    expect(result.stdout).toContain('Has errors');
    expect(result.stdout).toContain('ERROR');
    expect(result.stdout).not.toMatch(/Còn lỗi|Tổng cộng|LỖI/);
  });

  it('computes deadlines at --at, reading the deadline inclusively with --inclusive', () => {
    const deadline = (extra: string[]) => {
      const [r] = JSON.parse(runCli(['check', good, '--json', '--at', '2026-12-20', ...extra]).stdout) as JsonReport[];
      return r.findings.find((f) => f.rule === 'submission.deadline')?.message ?? '';
    };
    expect(deadline([])).toContain('02/01/2027');
    expect(deadline(['--inclusive'])).toContain('03/01/2027');
  });

  it('reports the send history recorded in the document', async () => {
    const bytes = await writeTemplateDocx('collective', {
      kind: 'collective',
      sendHistory: [{ at: '2026-12-30T01:00:00.000Z', path: 'graph', to: 'thiduakhenthuong@q1.edu.vn', period: '2026-Q4' }],
    });
    const sent = path.join(dir, 'da-gui.docx');
    writeFileSync(sent, bytes);
    const text = runCli(['check', sent, '--at', AT_IN_QUARTER]).stdout;
    expect(text).toContain('Đã gửi lúc 30/12/2026 08:00 tới thiduakhenthuong@q1.edu.vn');
    const [r] = JSON.parse(runCli(['check', sent, '--json', '--at', AT_IN_QUARTER]).stdout) as JsonReport[];
    expect(r.sendHistory).toEqual([{ at: '2026-12-30T01:00:00.000Z', path: 'graph', to: 'thiduakhenthuong@q1.edu.vn', period: '2026-Q4' }]);
  });
});

describe('check on a directory', () => {
  let batch: string;
  beforeAll(() => {
    batch = tempDir('bctt-batch-');
    mkdirSync(path.join(batch, 'Trường B'));
    copyFileSync(good, path.join(batch, 'a-tot.docx'));
    copyFileSync(empty, path.join(batch, 'Trường B', 'chua-xong.docx'));
    writeFileSync(path.join(batch, 'b-hong.docx'), 'đây không phải là tệp docx');
    writeFileSync(path.join(batch, '~$a-tot.docx'), 'Word owner file');
    writeFileSync(path.join(batch, '.an.docx'), 'hidden');
    writeFileSync(path.join(batch, 'ghi-chu.txt'), 'not a report');
  });

  it('lists every file, goes on after an unreadable one, and exits 2', () => {
    const result = runCli(['check', batch, '--json', '--at', AT_IN_QUARTER]);
    expect(result.code).toBe(2);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    expect(reports.map((r) => path.relative(batch, r.file))).toEqual(['Trường B/chua-xong.docx', 'a-tot.docx', 'b-hong.docx']);
    const [bad, ok, broken] = reports;
    expect(bad.ready).toBe(false);
    expect(ok.ready).toBe(true);
    expect(broken).toMatchObject({ template: null, ready: false, findings: [], stats: null });
    expect(broken.error).toEqual(expect.any(String));
    expect(broken.error!.length).toBeGreaterThan(0);
  });

  it('prints the table, each file’s findings and the reason a file could not be read', () => {
    const result = runCli(['check', '.', '--at', AT_IN_QUARTER], { cwd: batch });
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n');
    const rows = lines.slice(2, lines.indexOf('', 2));
    expect(rows.map((l) => l.split(/\s{2,}/)[0])).toEqual(['Trường B/chua-xong.docx', 'a-tot.docx', 'b-hong.docx']);
    expect(rows[1]).toMatch(/Sẵn sàng gửi$/);
    expect(rows[2]).toMatch(/Không đọc được$/);
    expect(result.stdout).toMatch(/b-hong\.docx: Không đọc được\n {2}\S/);
    expect(result.stdout).toContain('Tổng cộng 3 tệp: 1 sẵn sàng gửi, 1 còn lỗi, 1 không đọc được.');
  });

  it('exits 1, not 2, when every file is readable but one has an error', () => {
    expect(runCli(['check', path.join(batch, 'a-tot.docx'), path.join(batch, 'Trường B'), '--at', AT_IN_QUARTER]).code).toBe(1);
  });

  it('reports a path that does not exist with the rest, exit 2', () => {
    const result = runCli(['check', good, path.join(dir, 'khong-co.docx'), '--json', '--at', AT_IN_QUARTER]);
    expect(result.code).toBe(2);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    expect(reports[1].error).toMatch(/không tìm thấy/);
  });

  it('shows progress on stderr for many files with --progress, and none without', () => {
    const many = tempDir('bctt-many-');
    for (let i = 0; i < 11; i++) copyFileSync(good, path.join(many, `bao-cao-${String(i).padStart(2, '0')}.docx`));
    const withProgress = runCli(['check', many, '--progress', '--at', AT_IN_QUARTER]);
    expect(withProgress.code).toBe(0);
    expect(withProgress.stderr).toContain('Đang kiểm tra 11/11');
    expect(runCli(['check', many, '--at', AT_IN_QUARTER]).stderr).toBe('');
  });

  it('says so when a directory holds no .docx file', () => {
    const none = tempDir('bctt-none-');
    const result = runCli(['check', none]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không tìm thấy tệp .docx');
  });
});

describe('check on reports re-saved by other programs (issue 11)', () => {
  it('gives a LibreOffice re-save (both ways) the same template, words and verdict; a pandoc one is recognised by its labels', () => {
    const fixtures = path.join(__dirname, '..', 'fixtures', 'resaved');
    const folder = path.join(tempDir(), 'resaved');
    mkdirSync(folder);
    for (const way of ['ready', 'libreoffice', 'libreoffice-odt', 'pandoc']) copyFileSync(path.join(fixtures, `individual-${way}.docx`), path.join(folder, `${way}.docx`));
    const result = runCli(['check', folder, '--json', '--at', AT_IN_QUARTER]);
    expect(result.code).toBe(0);
    const reports = Object.fromEntries((JSON.parse(result.stdout) as JsonReport[]).map((r) => [path.basename(r.file, '.docx'), r]));
    const errors = (r: JsonReport) => r.findings.filter((f) => f.severity === 'error');
    for (const way of ['libreoffice', 'libreoffice-odt', 'pandoc']) {
      expect(reports[way]).toMatchObject({ template: 'individual', ready: true, stats: { summaryWords: reports.ready.stats?.summaryWords } });
      expect(errors(reports[way])).toEqual([]);
      const intact = reports[way].findings.filter((f) => f.rule === 'template.intact');
      expect(intact).toEqual([expect.objectContaining({ severity: 'info' })]);
      expect(intact[0].message).toMatch(way === 'libreoffice' ? /tên ô nhập/ : /nhãn và tiêu đề/);
    }
    expect(reports.ready.findings.some((f) => f.rule === 'template.intact')).toBe(false);
  });
});

describe('the report\'s own quarter (issue 13)', () => {
  let folder: string;

  beforeAll(async () => {
    folder = path.join(dir, 'quarters');
    mkdirSync(folder);
    const data = { kind: 'collective' as const, fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' } };
    writeFileSync(path.join(folder, 'a-q4.docx'), await writeTemplateDocx('collective', { ...data, period: '2026-Q4' }));
    writeFileSync(path.join(folder, 'b-q4.docx'), await writeTemplateDocx('collective', { ...data, period: '2026-Q4' }));
    writeFileSync(path.join(folder, 'c-q3.docx'), await writeTemplateDocx('collective', { ...data, period: '2026-Q3' }));
  });

  it('reads each file\'s quarter and prints the deadline advice once per run, not under every file', () => {
    const result = runCli(['check', folder, '--at', '2027-01-05T09:00:00+07:00']);
    const late = (text: string, what: string) => text.split(what).length - 1;
    // Q4 2026 was due on 02/01/2027: 3 days late, said once for the two Q4 files; Q3 was due 02/10/2026.
    expect(late(result.stdout, 'Báo cáo quý 4/2026 đã quá hạn 3 ngày')).toBe(1);
    expect(late(result.stdout, 'Báo cáo quý 3/2026 đã quá hạn 95 ngày')).toBe(1);
    expect(result.stdout).toContain('(2 tệp)');
    expect(result.stdout).not.toMatch(/quý 1\/2027/);
    const perFile = result.stdout.slice(result.stdout.indexOf('a-q4.docx:'));
    expect(perFile).not.toContain('quá hạn');
  });

  it('gives each file\'s quarter in the JSON', () => {
    const reports = JSON.parse(runCli(['check', folder, '--json', '--at', '2027-01-05T09:00:00+07:00']).stdout) as Array<{ file: string; period?: string }>;
    expect(reports.map((r) => [path.basename(r.file), r.period])).toEqual([
      ['a-q4.docx', '2026-Q4'],
      ['b-q4.docx', '2026-Q4'],
      ['c-q3.docx', '2026-Q3'],
    ]);
  });
});
