import { formatVnDateTime } from '../../../src/core/calendar/format';

describe('formatVnDateTime, the one Vietnam-time formatter', () => {
  it('writes dd/mm/yyyy HH:mm in UTC+7 whatever the machine’s time zone', () => {
    expect(formatVnDateTime(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
    expect(formatVnDateTime(new Date('2026-11-25T02:00:00Z'))).toBe('25/11/2026 09:00');
    expect(formatVnDateTime(new Date('1969-12-31T16:59:00Z'))).toBe('31/12/1969 23:59');
  });
});
