import type { FileReport } from '../../src/cli/checkFiles';
import { exitCodeOf } from '../../src/cli/checkCommand';
import { displayWidth, formatVietnamTime, renderText, shorten } from '../../src/cli/textReport';

const ready: FileReport = {
  file: 'truong-a/NGUYEN-THI-MAI.docx',
  template: 'individual',
  ready: true,
  findings: [{ rule: 'submission.deadline', severity: 'info', message: 'Còn 38 ngày' }],
  stats: { summaryWords: 1234, pages: 3, pagesSource: 'estimate', summaryPages: 2.4 },
  sendHistory: [{ at: '2026-12-30T01:00:00.000Z', path: 'graph', to: 'thiduakhenthuong@q1.edu.vn', period: '2026-Q4' }],
};
const failing: FileReport = {
  file: 'truong-b/to-toan.docx',
  template: 'collective',
  ready: false,
  findings: [
    { rule: 'summary.words', severity: 'warning', message: 'Tóm tắt 950 chữ' },
    { rule: 'field.required', severity: 'error', field: 'tenTapThe', message: 'Chưa điền Tên tập thể' },
  ],
  stats: { summaryWords: 950, pages: 2, pagesSource: 'app.xml', summaryPages: 1.9 },
};
const broken: FileReport = { file: 'hong.docx', template: null, ready: false, findings: [], stats: null, error: 'không phải tệp .docx' };

describe('the check table for a district officer', () => {
  const text = renderText([ready, failing, broken], 'vi');

  it('has one aligned line per file with template, counts, words and pages ("~" when estimated)', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Tệp\s+Mẫu\s+Lỗi\s+Cảnh báo\s+Số chữ\s+Số trang\s+Trang tóm tắt\s+Kết quả$/);
    const row = lines.find((l) => l.startsWith('truong-a/'))!;
    expect(row).toMatch(/Cá nhân\s+0\s+0\s+1\.234\s+~3\s+2,4\s+Sẵn sàng gửi/);
    expect(lines.find((l) => l.startsWith('truong-b/'))).toMatch(/Tập thể\s+1\s+1\s+950\s+2\s+1,9\s+Còn lỗi/);
    expect(lines.find((l) => l.startsWith('hong.docx'))).toMatch(/Không đọc được/);
    const starts = ['truong-a/', 'truong-b/', 'hong.docx'].map((p) => lines.find((l) => l.startsWith(p))!);
    const statusColumn = starts.map((l) => displayWidth(l.slice(0, l.search(/(Sẵn|Còn|Không)/))));
    expect(new Set(statusColumn).size).toBe(1);
    expect(text).toContain('bố cục của mẫu');
  });

  it('lists each file’s findings, errors first, with the rule id, and the send history in Vietnam time', () => {
    const block = text.slice(text.indexOf('truong-b/to-toan.docx: Còn lỗi'));
    expect(block.indexOf('LỖI')).toBeLessThan(block.indexOf('CẢNH BÁO') === -1 ? Infinity : block.indexOf('CẢNH BÁO'));
    expect(text).toContain('Chưa điền Tên tập thể  [field.required]');
    expect(text).toContain('Đã gửi lúc 30/12/2026 08:00 tới thiduakhenthuong@q1.edu.vn');
    expect(text).toContain('hong.docx: Không đọc được\n  không phải tệp .docx');
  });

  it('ends with a total', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('Tổng cộng 3 tệp: 1 sẵn sàng gửi, 1 còn lỗi, 1 không đọc được.');
    expect(renderText([ready], 'en')).toContain('1 file(s) in all: 1 ready to send, 0 with errors, 0 unreadable.');
  });
});

describe('exit status of check', () => {
  it('is 0 when all are ready, 1 when any has an error, 2 when any is unreadable', () => {
    expect(exitCodeOf([ready])).toBe(0);
    expect(exitCodeOf([ready, failing])).toBe(1);
    expect(exitCodeOf([ready, failing, broken])).toBe(2);
  });
});

describe('text helpers', () => {
  it('counts decomposed (NFD) Vietnamese by what the terminal shows', () => {
    expect(displayWidth('Nguyễn'.normalize('NFD'))).toBe(6);
    expect(displayWidth('Nguyễn')).toBe(6);
  });

  it('shortens long paths in the middle, keeping the file name', () => {
    const long = 'ho-so/quan-1/truong-tieu-hoc-le-van-tam/to-khoi-5/bao-cao-thanh-tich-nguyen-thi-mai.docx';
    const short = shorten(long, 40);
    expect([...short].length).toBe(40);
    expect(short).toContain('…');
    expect(short.endsWith('nguyen-thi-mai.docx')).toBe(true);
    expect(shorten('a.docx', 40)).toBe('a.docx');
  });

  it('formats send instants in Vietnam time and leaves bad ones as they are', () => {
    expect(formatVietnamTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatVietnamTime('hôm qua')).toBe('hôm qua');
  });
});
