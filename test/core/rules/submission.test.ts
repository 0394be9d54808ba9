import { submissionDeadline, submissionSent } from '../../../src/core/rules/submission';
import { formatFinding } from '../../../src/core/rules/check';
import type { SendRecord } from '../../../src/core/snapshot';
import { emptySnapshot } from '../../../src/core/snapshot';
import { completeIndividual, config } from '../../support/snapshots';

const at = (iso: string) => config({ now: new Date(iso) });
const deadline = (iso: string, extra = {}) => submissionDeadline(completeIndividual(), { ...at(iso), ...extra });

describe('submission.deadline', () => {
  it('is always an information with the quarter, the last day and the days left', () => {
    const f = deadline('2026-11-25T09:00:00+07:00');
    expect(f).toEqual([
      {
        rule: 'submission.deadline',
        severity: 'info',
        message: {
          key: 'findings.submission.deadline.info.weekendNextToHoliday',
          params: { quarter: '4', year: '2026', lastDay: '02/01/2027', days: 38, sendBy: '31/12/2026' },
        },
      },
    ]);
    expect(formatFinding(f[0])).toBe(
      'Báo cáo quý 4/2026: hạn gửi chậm nhất ngày 02/01/2027, còn 38 ngày. Ngày 02/01/2027 là ngày nghỉ cuối tuần liền sau kỳ nghỉ lễ, nên gửi chậm nhất vào ngày làm việc 31/12/2026.',
    );
    expect(formatFinding(f[0], 'en')).toBe(
      'Q4 2026 report: send it by 02/01/2027 at the latest, 38 days left. 02/01/2027 is a weekend day right after a public holiday; send it by the working day 31/12/2026 at the latest.',
    );
  });

  it('has no advice when the last day is a working day', () => {
    const f = deadline('2026-08-15T09:00:00+07:00');
    expect(f[0].message).toEqual({
      key: 'findings.submission.deadline.info',
      params: { quarter: '3', year: '2026', lastDay: '02/10/2026', days: 48 },
    });
  });

  it('becomes a warning within the configured number of days, and on the last day', () => {
    expect(deadline('2026-09-24T09:00:00+07:00')[0].severity).toBe('info'); // 8 days
    const soon = deadline('2026-09-25T09:00:00+07:00'); // 7 days
    expect(soon[0]).toMatchObject({ severity: 'warning', message: { key: 'findings.submission.deadline.soon', params: { days: 7 } } });
    const last = deadline('2026-10-02T23:59:00+07:00');
    expect(last[0]).toMatchObject({ severity: 'warning', message: { key: 'findings.submission.deadline.today', params: { days: 0 } } });
    expect(deadline('2026-09-20T09:00:00+07:00', { deadlineWarningDays: 14 })[0].severity).toBe('warning');
  });

  it('moves to the next quarter once the deadline has passed, in Vietnam time', () => {
    // 2 October 2026 17:30 UTC is already 3 October in Vietnam.
    expect(deadline('2026-10-02T17:30:00Z')[0].message.params).toMatchObject({ quarter: '4', year: '2026' });
    expect(deadline('2026-10-02T16:30:00Z')[0].message.params).toMatchObject({ quarter: '3', days: 0 });
  });

  it('follows the inclusive reading of "trước ngày 03"', () => {
    const f = deadline('2026-10-03T09:00:00+07:00', { deadlineReading: 'inclusive' });
    // 3 October 2026 is a Saturday: advise the Friday before.
    expect(f[0].message).toEqual({
      key: 'findings.submission.deadline.today.weekend',
      params: { quarter: '3', year: '2026', lastDay: '03/10/2026', days: 0, sendBy: '02/10/2026' },
    });
  });

  it('says "1 day", not "1 days", the day before the deadline', () => {
    const f = deadline('2026-10-01T09:00:00+07:00');
    expect(f[0]).toMatchObject({ severity: 'warning', message: { key: 'findings.submission.deadline.oneDay', params: { days: 1 } } });
    expect(formatFinding(f[0], 'en')).toContain('only 1 day left');
    expect(formatFinding(f[0], 'en')).not.toContain('1 days');
  });

  describe('for the quarter recorded in the report', () => {
    const q4 = { ...completeIndividual(), period: '2026-Q4' };
    const on = (iso: string, snapshot = q4) => submissionDeadline(snapshot, at(iso));

    it('keeps a Q4 report on Q4 after the deadline and says how late it is (not Q1 with 87 days left)', () => {
      const f = on('2027-01-05T09:00:00+07:00');
      expect(f[0]).toMatchObject({
        severity: 'warning',
        message: { key: 'findings.submission.deadline.late', params: { quarter: '4', year: '2026', lastDay: '02/01/2027', daysLate: 3 } },
      });
      expect(formatFinding(f[0])).toBe('Báo cáo quý 4/2026 đã quá hạn 3 ngày (hạn cuối ngày 02/01/2027). Gửi ngay và báo với nơi nhận.');
      expect(formatFinding(f[0], 'en')).toContain('is 3 days late');
      const one = on('2027-01-03T09:00:00+07:00');
      expect(one[0].message.key).toBe('findings.submission.deadline.lateOne');
      expect(formatFinding(one[0], 'en')).toContain('is 1 day late');
    });

    it('counts the days left to its own deadline, even from an earlier quarter', () => {
      expect(on('2026-11-25T09:00:00+07:00')[0].message.params).toMatchObject({ quarter: '4', days: 38 });
      expect(on('2026-09-30T09:00:00+07:00')[0].message.params).toMatchObject({ quarter: '4', days: 94 });
    });

    it('falls back to today\'s quarter when the recorded one is malformed', () => {
      expect(on('2026-11-25T09:00:00+07:00', { ...q4, period: '2026-Q9' })[0].message.params).toMatchObject({ quarter: '4', days: 38 });
      expect(on('2027-01-05T09:00:00+07:00', { ...q4, period: 'garbage' })[0].message.params).toMatchObject({ quarter: '1', year: '2027' });
    });
  });

  it('runs without a template and says nothing for an invalid instant', () => {
    expect(submissionDeadline(emptySnapshot(), at('2026-11-25T09:00:00+07:00'))).toHaveLength(1);
    expect(submissionDeadline(emptySnapshot(), { ...at('2026-11-25T09:00:00+07:00'), now: new Date('nonsense') })).toEqual([]);
  });
});

describe('submission.sent', () => {
  const now = at('2026-11-25T09:00:00+07:00');
  const send = (iso: string, to = 'tquong.ql@tphcm.gov.vn', period?: string): SendRecord => ({ at: iso, path: 'relay', to, ...(period ? { period } : {}) });
  const withHistory = (sendHistory: SendRecord[]) => ({ ...completeIndividual(), sendHistory });

  it('says nothing for a report never sent', () => {
    expect(submissionSent(completeIndividual(), now)).toEqual([]);
  });

  it('lists each send of the current period, when and to whom, in Vietnam time', () => {
    const f = submissionSent(withHistory([send('2026-11-20T02:05:00Z'), send('2026-11-21T10:00:00Z', 'khac@example.vn', '2026-Q4')]), now);
    expect(f).toEqual([
      { rule: 'submission.sent', severity: 'info', message: { key: 'findings.submission.sent', params: { at: '20/11/2026 09:05', to: 'tquong.ql@tphcm.gov.vn' } } },
      { rule: 'submission.sent', severity: 'info', message: { key: 'findings.submission.sent', params: { at: '21/11/2026 17:00', to: 'khac@example.vn' } } },
    ]);
  });

  it('counts a send on 1 January as the previous year’s fourth quarter', () => {
    const f = submissionSent(withHistory([send('2027-01-01T03:00:00Z')]), at('2027-01-02T09:00:00+07:00'));
    expect(f[0].message.key).toBe('findings.submission.sent');
  });

  it('trusts the recorded period over the date', () => {
    const f = submissionSent(withHistory([send('2026-11-20T02:05:00Z', 'a@b.vn', '2026-Q3')]), now);
    expect(f[0].message).toEqual({
      key: 'findings.submission.sentEarlier',
      params: { at: '20/11/2026 09:05', to: 'a@b.vn', quarter: '3', year: '2026' },
    });
  });

  it('mentions only the latest earlier send when none belongs to this period', () => {
    const f = submissionSent(withHistory([send('2026-04-01T02:00:00Z', 'old@b.vn'), send('2026-07-01T02:00:00Z', 'last@b.vn')]), now);
    expect(f.map((x) => x.message)).toEqual([
      { key: 'findings.submission.sentEarlier', params: { at: '01/07/2026 09:00', to: 'last@b.vn', quarter: '2', year: '2026' } },
    ]);
    expect(formatFinding(f[0], 'en')).toBe('This report was sent on 01/07/2026 09:00 to last@b.vn (Q2 2026).');
  });

  it('shows an unreadable date as recorded rather than failing', () => {
    const f = submissionSent(withHistory([send('hôm qua', 'a@b.vn')]), now);
    expect(f[0].message).toEqual({ key: 'findings.submission.sentEarlier', params: { at: 'hôm qua', to: 'a@b.vn', quarter: '?', year: '?' } });
  });

  it('keeps special characters of the address as they are', () => {
    const f = submissionSent(withHistory([send('2026-11-20T02:05:00Z', '"Phòng GD&ĐT" <pgd@q1.vn>')]), now);
    expect(f[0].message.params!.to).toBe('"Phòng GD&ĐT" <pgd@q1.vn>');
  });
});
