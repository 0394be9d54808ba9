/** The inbox page's status labels, filters, counts, reminder days and audit labels (src/inbox/logic.ts). */
import {
  AUDIT_GROUPS,
  NO_FILTERS,
  auditActionLabel,
  auditGroupOf,
  countRows,
  filterRows,
  parseEmails,
  parseReminderDays,
  quarterLabel,
  statusDetail,
  statusLabel,
} from '../../src/inbox/logic';
import { t } from '../../src/core/i18n/runtime';
import type { QuarterRow } from '../../src/inbox/types';

function row(name: string, ward: string, cluster: number | null, status: QuarterRow['status'], extra: Partial<QuarterRow> = {}): QuarterRow {
  return { school: { id: name, name, ward, cluster, emails: [] }, status, latest: null, submissions: status === 'missing' ? 0 : 1, ...extra };
}

const ROWS = [
  row('Trường THCS Nguyễn Du', 'Phường Bến Thành', 1, 'onTime'),
  row('Trường Tiểu học Lê Văn Tám', 'Phường Bến Thành', 2, 'late', { lateDays: 4 }),
  row('Trường Mầm non Hoa Hồng', 'Phường Sài Gòn', 2, 'errors', { errors: [{ rule: 'field.required', key: 'k', message: 'Thiếu họ tên' }, { rule: 'photo.present', key: 'p', message: 'Thiếu ảnh' }] }),
  row('Trường THPT Lê Quý Đôn', 'Phường Sài Gòn', null, 'missing'),
];

describe('status labels', () => {
  it('names each status in Vietnamese by default and in English when chosen', () => {
    expect(ROWS.map((r) => statusLabel(r, 'vi'))).toEqual(['Đúng hạn', 'Trễ 4 ngày', 'Gửi nhưng còn lỗi', 'Chưa gửi']);
    expect(ROWS.map((r) => statusLabel(r, 'en'))).toEqual(['On time', '4 days late', 'Sent with errors', 'Not yet sent']);
  });

  it('lists which errors a report was sent with; other statuses have no detail', () => {
    expect(statusDetail(ROWS[2], 'vi')).toBe('Gửi nhưng còn lỗi: Thiếu họ tên; Thiếu ảnh');
    expect(statusDetail(ROWS[0], 'vi')).toBe('Đúng hạn');
    expect(statusDetail(row('X', '', null, 'errors', { errors: [] }), 'en')).toBe('Sent with errors');
  });

  it('labels quarters; an unknown label is shown as it is', () => {
    expect(quarterLabel('2026-Q3', 'vi')).toBe('Quý 3/2026');
    expect(quarterLabel('2026-Q3', 'en')).toBe('Quarter 3/2026');
    expect(quarterLabel('2026-Q5', 'vi')).toBe('2026-Q5');
  });
});

describe('filters', () => {
  it('keeps every row without filters', () => {
    expect(filterRows(ROWS, NO_FILTERS)).toHaveLength(4);
  });

  it('filters by ward, whatever the Unicode form or case', () => {
    expect(filterRows(ROWS, { ...NO_FILTERS, ward: 'Phường Sài Gòn' }).map((r) => r.school.name)).toEqual(['Trường Mầm non Hoa Hồng', 'Trường THPT Lê Quý Đôn']);
    expect(filterRows(ROWS, { ...NO_FILTERS, ward: ' phường sài gòn'.normalize('NFD') })).toHaveLength(2);
    expect(filterRows(ROWS, { ...NO_FILTERS, ward: 'Phường Tân Định' })).toEqual([]);
  });

  it('filters by cluster and status together; a school without a cluster matches no cluster', () => {
    expect(filterRows(ROWS, { ward: '', cluster: 2, status: 'late' }).map((r) => r.school.name)).toEqual(['Trường Tiểu học Lê Văn Tám']);
    expect(filterRows(ROWS, { ward: '', cluster: 5, status: '' })).toEqual([]);
    expect(filterRows(ROWS, { ward: 'Phường Sài Gòn', cluster: null, status: 'missing' })).toHaveLength(1);
  });

  it('counts the shown rows, keeping the quarter-wide unsorted count', () => {
    expect(countRows(ROWS, 3)).toEqual({ total: 4, onTime: 1, late: 1, errors: 1, missing: 1, unsorted: 3 });
    expect(countRows(filterRows(ROWS, { ...NO_FILTERS, ward: 'Phường Bến Thành' }))).toEqual({ total: 2, onTime: 1, late: 1, errors: 0, missing: 0, unsorted: 0 });
    expect(countRows([])).toEqual({ total: 0, onTime: 0, late: 0, errors: 0, missing: 0, unsorted: 0 });
  });

  it('splits a directory form email field on commas, semicolons and spaces', () => {
    expect(parseEmails(' a@x.vn, b@x.vn;c@x.vn  d@x.vn ,, ')).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn']);
    expect(parseEmails('')).toEqual([]);
  });
});

describe('reminder days typed on the page', () => {
  it('reads commas, semicolons and spaces; drops duplicates; largest first', () => {
    expect(parseReminderDays('7, 2')).toEqual([7, 2]);
    expect(parseReminderDays(' 2;7  14,2 ')).toEqual([14, 7, 2]);
    expect(parseReminderDays('0')).toEqual([0]);
    expect(parseReminderDays('60')).toEqual([60]);
  });

  it('an empty text is no scheduled reminder', () => {
    expect(parseReminderDays('')).toEqual([]);
    expect(parseReminderDays(' , ')).toEqual([]);
  });

  it('refuses what the server would refuse: above 60, negative, fractions, words, more than five', () => {
    expect(parseReminderDays('61')).toBeNull();
    expect(parseReminderDays('-1')).toBeNull();
    expect(parseReminderDays('2.5')).toBeNull();
    expect(parseReminderDays('bảy')).toBeNull();
    expect(parseReminderDays('１')).toBeNull(); // a full-width digit
    expect(parseReminderDays('1 2 3 4 5 6')).toBeNull();
    expect(parseReminderDays('1 2 3 4 5 5')).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('audit log', () => {
  it('groups the actions the issue names: viewed, chose, exported, reminded', () => {
    expect(auditGroupOf('viewed')).toBe('viewed');
    expect(['chose', 'unchose', 'shortlisted'].map(auditGroupOf)).toEqual(['chose', 'chose', 'chose']);
    expect(auditGroupOf('exported')).toBe('exported');
    expect(auditGroupOf('reminded')).toBe('reminded');
    expect(auditGroupOf('loginFailed')).toBe('signIn');
    expect(auditGroupOf('userDisabled')).toBe('accounts');
    expect(auditGroupOf('imported')).toBe('directory');
    expect(auditGroupOf('somethingNew')).toBe('directory');
  });

  it('labels every group and every action the server writes, in both languages; an unknown action as it is', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const g of AUDIT_GROUPS) expect(t(`inboxPage.audit.group.${g}`, undefined, lang)).not.toMatch(/^inboxPage\./);
      for (const action of [
        'login', 'loginFailed', 'loginLocked', 'logout', 'passwordChanged', 'passwordWrong', 'passwordReset', 'userCreated',
        'userDisabled', 'userEnabled', 'viewed', 'chose', 'unchose', 'shortlisted', 'exported', 'reminded', 'reminderSettings',
        'schoolCreated', 'schoolUpdated', 'schoolArchived', 'keyIssued', 'imported', 'assigned', 'mailboxPolled',
      ])
        expect(auditActionLabel(action, lang)).not.toBe(action);
    }
    expect(auditActionLabel('chose', 'vi')).toBe('Chọn báo cáo');
    expect(auditActionLabel('chose', 'en')).toBe('Chose a report');
    expect(auditActionLabel('somethingNew', 'vi')).toBe('somethingNew');
  });
});
