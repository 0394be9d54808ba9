import { missingSenderFields, senderFromReport, unitFromPosition } from '../../../src/core/mail/sender';
import type { DocumentSnapshot } from '../../../src/core/snapshot';

const fields = (entries: Record<string, string | null>): Pick<DocumentSnapshot, 'fields'> => ({
  fields: Object.fromEntries(
    Object.entries(entries).map(([id, text]) => [id, { id, text: text ?? '(hướng dẫn)', showingPlaceholder: text === null }]),
  ),
});

describe('unitFromPosition', () => {
  it.each([
    ['Giáo viên, Trường Tiểu học Trần Hưng Đạo', 'Trường Tiểu học Trần Hưng Đạo'],
    ['Hiệu trưởng Trường THCS Lê Lợi, Phường Bến Thành', 'Trường THCS Lê Lợi, Phường Bến Thành'],
    ['Tổ trưởng tổ 5, Trường Mầm non Hoa Sen', 'Trường Mầm non Hoa Sen'],
    ['Giáo viên - Nhà thiếu nhi Quận 3', 'Nhà thiếu nhi Quận 3'],
    ['Nhân viên; Phòng Giáo dục và Đào tạo', 'Phòng Giáo dục và Đào tạo'],
    ['  Giáo viên,\tTrường  TH  An Lạc  ', 'Trường TH An Lạc'],
  ])('%j → %j', (text, unit) => {
    expect(unitFromPosition(text)).toBe(unit);
  });

  it('reads decomposed (NFD) text and answers in NFC', () => {
    const unit = unitFromPosition('Giáo viên, Trường Tiểu học Trần Hưng Đạo'.normalize('NFD'));
    expect(unit).toBe('Trường Tiểu học Trần Hưng Đạo');
    expect(unit).toBe(unit.normalize('NFC'));
  });

  it.each(['', '   ', 'Giáo viên', 'Hiệu trưởng'])('finds no unit in %j', (text) => {
    expect(unitFromPosition(text)).toBe('');
  });

  it('does not mistake "trưởng" (head) for "trường" (school)', () => {
    expect(unitFromPosition('Phó Hiệu trưởng')).toBe('');
  });
});

describe('senderFromReport', () => {
  it('an individual: the unit from the position-and-unit field', () => {
    expect(senderFromReport(fields({ chucVuDonVi: 'Giáo viên, Trường TH An Lạc' }), 'individual')).toEqual({ unitName: 'Trường TH An Lạc' });
  });

  it('a collective: its name is the unit', () => {
    expect(senderFromReport(fields({ tenTapThe: 'Trường THCS Nguyễn Du, Phường Sài Gòn' }), 'collective')).toEqual({
      unitName: 'Trường THCS Nguyễn Du, Phường Sài Gòn',
    });
  });

  it('nothing from a field still showing its placeholder, or from a missing one', () => {
    expect(senderFromReport(fields({ chucVuDonVi: null }), 'individual')).toEqual({});
    expect(senderFromReport(fields({ tenTapThe: null }), 'collective')).toEqual({});
    expect(senderFromReport(fields({}), 'collective')).toEqual({});
  });
});

describe('missingSenderFields', () => {
  it('lists the empty ones in display order, blank and invisible text counting as empty', () => {
    expect(missingSenderFields({ unitName: 'A', senderName: 'B', senderRole: 'C' })).toEqual([]);
    expect(missingSenderFields({})).toEqual(['unitName', 'senderName', 'senderRole']);
    expect(missingSenderFields({ unitName: ' \u200b ', senderName: 'B', senderRole: '\u00a0' })).toEqual(['unitName', 'senderRole']);
  });

  it('accepts a very long unit name as given (length is the settings’ business)', () => {
    expect(missingSenderFields({ unitName: 'Trường '.repeat(1000), senderName: 'B', senderRole: 'C' })).toEqual([]);
  });
});
