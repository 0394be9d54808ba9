import { AppError } from '../../../src/core/errors';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  MAX_FILE_NAME_LENGTH,
  MAX_SUBJECT_LENGTH,
  cleanLine,
  truncate,
  submissionMail,
  type SubmissionInput,
} from '../../../src/core/mail';

const individual: SubmissionInput = {
  kind: 'individual',
  subjectName: 'Nguyễn Văn An',
  unitName: 'Trường Tiểu học Trần Hưng Đạo',
  senderName: 'Trần Thị Bích',
  senderRole: 'Hiệu trưởng',
  recipientOffice: 'Phòng Giáo dục và Đào tạo Quận 1',
  period: { year: 2026, quarter: 4 },
};

const collective: SubmissionInput = {
  ...individual,
  kind: 'collective',
  subjectName: 'Tổ Khối 5 - Trường Tiểu học Trần Hưng Đạo',
  period: { year: 2027, quarter: 1 },
};

const ASCII_FILE = /^[A-Za-z0-9_-]+\.docx$/;

describe('submissionMail: individual', () => {
  const mail = submissionMail(individual);

  it('has the conventional subject, the name in capitals', () => {
    expect(mail.subject).toBe(
      '[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN',
    );
  });

  it('has an ASCII file name with period, kind, name and abbreviated unit', () => {
    expect(mail.fileName).toBe('BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx');
  });

  it('has a polite Vietnamese body citing letter 1307/GDĐT, the attachment and the signature', () => {
    const lines = mail.body.split('\n');
    expect(lines[0]).toBe('Kính gửi: Phòng Giáo dục và Đào tạo Quận 1.');
    expect(mail.body).toContain('Công văn số 1307/GDĐT');
    expect(mail.body).toContain('quý 4/2026');
    expect(mail.body).toContain('Trường Tiểu học Trần Hưng Đạo trân trọng gửi báo cáo');
    expect(mail.body).toContain('- Cá nhân được giới thiệu: NGUYỄN VĂN AN');
    expect(mail.body).toContain(`- Tệp đính kèm: ${mail.fileName}`);
    expect(lines.slice(-3)).toEqual(['Trần Thị Bích', 'Hiệu trưởng', 'Trường Tiểu học Trần Hưng Đạo']);
    expect(mail.body).not.toContain('\r');
    expect(mail.body).not.toContain('video');
    expect(mail.body.normalize('NFC')).toBe(mail.body);
  });

  it('adds a valid video link and ignores an unsafe one', () => {
    expect(submissionMail({ ...individual, videoLink: ' https://youtu.be/abc123 ' }).body).toContain(
      '- Phim tư liệu (video): https://youtu.be/abc123',
    );
    const unsafe = submissionMail({ ...individual, videoLink: 'javascript:alert(1)' }).body;
    expect(unsafe).not.toContain('javascript');
    expect(unsafe).not.toContain('video');
  });
});

describe('submissionMail: nothing frozen to one year or one office', () => {
  const ward = { ...individual, recipientOffice: 'Phòng Văn hóa - Xã hội phường Sài Gòn', period: { year: 2027, quarter: 2 as const } };

  it('addresses the office from the settings and dates the report by its own quarter', () => {
    const mail = submissionMail(ward);
    expect(mail.body.split('\n')[0]).toBe('Kính gửi: Phòng Văn hóa - Xã hội phường Sài Gòn.');
    expect(mail.body).toContain('quý 2/2027');
    expect(mail.subject.startsWith('[BCTT Quý 2/2027] ')).toBe(true);
    expect(mail.fileName.startsWith('BCTT_2027-Q2_CaNhan_')).toBe(true);
    expect(mail.body).not.toMatch(/Quận 1|2023-2025|giai đoạn/);
    // The letter is still cited by its number and date: that is where the quarterly report is asked for.
    expect(mail.body).toContain('Công văn số 1307/GDĐT ngày 29 tháng 9 năm 2023');
  });

  it('with the default settings, names no district and no period of the letter', () => {
    const mail = submissionMail({ ...ward, recipientOffice: DEFAULT_SETTINGS.recipientOffice, unitName: DEFAULT_SETTINGS.unitName });
    expect(mail.body.split('\n')[0]).toBe('Kính gửi: Phòng Giáo dục và Đào tạo.');
    expect(`${mail.subject}\n${mail.body}`).not.toMatch(/Quận|2023-2025|giai đoạn|\(Người gửi\)/);
  });

  it('falls back to a generic office name when the setting is empty or only spaces', () => {
    expect(submissionMail({ ...ward, recipientOffice: ' \u00a0 ' }).body.split('\n')[0]).toBe('Kính gửi: Phòng Giáo dục và Đào tạo.');
  });

  it('puts the school in the individual’s subject, cleaned to NFC', () => {
    const mail = submissionMail({ ...individual, unitName: 'Trường Tiểu học Trần Hưng Đạo'.normalize('NFD') });
    expect(mail.subject).toBe('[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN');
  });

  it('never writes a placeholder for a missing sender: the body ends after the courtesy lines', () => {
    const body = submissionMail({ ...individual, unitName: '', senderName: '', senderRole: '' }).body;
    expect(body).not.toContain('(Người gửi)');
    expect(body.split('\n').slice(-1)).toEqual(['Trân trọng./.']);
  });

  it('signs with name, position and school, each on its own line', () => {
    expect(submissionMail(ward).body.split('\n').slice(-3)).toEqual(['Trần Thị Bích', 'Hiệu trưởng', 'Trường Tiểu học Trần Hưng Đạo']);
  });
});

describe('submissionMail: collective', () => {
  const mail = submissionMail(collective);

  it('has the collective subject, name as written', () => {
    expect(mail.subject).toBe(
      '[BCTT Quý 1/2027] Gương điển hình tiên tiến (tập thể): Tổ Khối 5 - Trường Tiểu học Trần Hưng Đạo',
    );
    expect(mail.body).toContain('- Tập thể được giới thiệu: Tổ Khối 5 - Trường Tiểu học Trần Hưng Đạo');
  });

  it('does not repeat the unit in the file name when the collective names it', () => {
    expect(mail.fileName).toBe('BCTT_2027-Q1_TapThe_To-Khoi-5-Truong-TH-Tran-Hung-Dao.docx');
  });

  it('keeps the unit when the collective is named differently', () => {
    const other = submissionMail({ ...collective, subjectName: 'Tổ Văn phòng' });
    expect(other.subject).toBe('[BCTT Quý 1/2027] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (tập thể): Tổ Văn phòng');
    expect(other.fileName).toBe('BCTT_2027-Q1_TapThe_To-Van-phong_Truong-TH-Tran-Hung-Dao.docx');
  });
});

describe('submissionMail: hostile and unusual input', () => {
  it('keeps the subject on one line when names carry line breaks (no header injection)', () => {
    const mail = submissionMail({
      ...individual,
      subjectName: 'Nguyễn Văn An\r\nBcc: victim@example.com',
      unitName: 'Trường\nTiểu học\u0000 Trần\u202eHưng Đạo',
    });
    expect(mail.subject).not.toMatch(/[\r\n\u0000-\u001f\u202e]/);
    expect(mail.subject).toContain('NGUYỄN VĂN AN BCC: VICTIM@EXAMPLE.COM');
    expect(mail.fileName).toMatch(ASCII_FILE);
    for (const line of mail.body.split('\n')) expect(line).not.toMatch(/^Bcc:/i);
    expect(mail.body).not.toMatch(/[\r\u0000\u202e]/);
  });

  it('removes control, bidi and zero-width characters from every value', () => {
    expect(cleanLine('  A\tB\u0007C\u200bD\u2066E\u2069\u00a0\u00a0F  ')).toBe('A BCDE F');
    expect(cleanLine(undefined)).toBe('');
  });

  it('shortens very long names: subject ≤ 150 characters with an ellipsis, file name ≤ 100', () => {
    const long = submissionMail({
      ...individual,
      subjectName: 'Nguyễn '.repeat(40),
      unitName: 'Trường Trung học cơ sở '.repeat(20),
    });
    expect(Array.from(long.subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(long.subject).toContain('…');
    expect(long.subject.startsWith('[BCTT Quý 4/2026] Trường Trung học cơ sở')).toBe(true);
    expect(long.subject).toContain('(cá nhân): NGUYỄN NGUYỄN');
    expect(long.fileName.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long.fileName).toMatch(ASCII_FILE);
    expect(long.fileName.startsWith('BCTT_2026-Q4_CaNhan_NGUYEN-NGUYEN')).toBe(true);
  });

  it('falls back gracefully when names are empty', () => {
    const empty = submissionMail({
      ...individual,
      kind: 'collective',
      subjectName: '  ',
      unitName: '',
      senderName: '',
      senderRole: '',
      recipientOffice: '',
    });
    expect(empty.fileName).toBe('BCTT_2026-Q4_TapThe.docx');
    expect(empty.subject).toBe('[BCTT Quý 4/2026] Gương điển hình tiên tiến (tập thể)');
    expect(empty.body.startsWith('Kính gửi: Phòng Giáo dục và Đào tạo.')).toBe(true);
    expect(empty.body).toContain('(chưa ghi tên)');
  });

  it('treats NFD names like NFC ones', () => {
    const nfd = submissionMail({
      ...individual,
      subjectName: individual.subjectName.normalize('NFD'),
      unitName: individual.unitName.normalize('NFD'),
      recipientOffice: individual.recipientOffice.normalize('NFD'),
    });
    expect(nfd).toEqual(submissionMail(individual));
  });

  it('drops names that have no ASCII letters from the file name', () => {
    expect(submissionMail({ ...individual, subjectName: '😀 – …', unitName: '中文' }).fileName).toBe(
      'BCTT_2026-Q4_CaNhan.docx',
    );
  });

  it('refuses an impossible period', () => {
    expect(() => submissionMail({ ...individual, period: { year: 2026, quarter: 5 as 1 } })).toThrow(AppError);
    expect(() => submissionMail({ ...individual, period: { year: Number.NaN, quarter: 1 } })).toThrow(AppError);
  });
});

describe('truncate', () => {
  it('cuts at a nearby word boundary and adds an ellipsis', () => {
    expect(truncate('NGUYỄN NGUYỄN NGUYỄN', 17)).toBe('NGUYỄN NGUYỄN…');
    expect(truncate('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)).toBe('ABCDEFGHI…');
    expect(truncate('ngắn', 10)).toBe('ngắn');
  });
});
