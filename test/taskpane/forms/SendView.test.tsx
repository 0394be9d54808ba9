/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import SendView, { sendEffects } from '../../../src/taskpane/views/SendView';
import { formatSendTime, sendPlan, subjectName } from '../../../src/taskpane/forms/sendPlan';
import type { DocumentSnapshot } from '../../../src/core/snapshot';
import { FakeHost, templateSnapshot } from './support/fakeHost';
import { ready, renderView } from './support/render';

function readySnapshot(): DocumentSnapshot {
  const s = templateSnapshot('individual', {
    hoTen: 'NGUYỄN VĂN AN',
    sinhNam: '1984',
    chucVuDonVi: 'Giáo viên, Trường Tiểu học Trần Hưng Đạo',
    tomTat: 'Thành tích nổi bật. '.repeat(300),
  });
  s.fields.anh = { id: 'anh', text: '', showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 2160000 } };
  s.table!.rows = [['1', 'A', 'B', 'C', 'D', 'E']];
  s.bodyText = s.fields.tomTat.text;
  return s;
}

const original = { ...sendEffects };
let downloads: Array<[Uint8Array, string]>;
let opened: string[];
let copies: string[];

beforeEach(() => {
  downloads = [];
  opened = [];
  copies = [];
  sendEffects.download = (bytes, name) => void downloads.push([bytes, name]);
  sendEffects.openMail = (url) => void opened.push(url);
  sendEffects.copy = async (text) => {
    copies.push(text);
    return true;
  };
});
afterAll(() => Object.assign(sendEffects, original));

const MANUAL = 'Tải tệp và soạn thư';

describe('SendView', () => {
  it('blocks sending while errors remain, lists them and explains the disabled button', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<SendView />, host, { view: 'send' });
    await ready();
    await waitFor(() => expect(screen.getByText(/Chưa gửi được: còn \d+ lỗi cần sửa\./)).toBeInTheDocument());
    const list = screen.getByRole('list');
    expect(within(list).getByText('Chưa ghi họ tên. Ghi đầy đủ họ tên bằng chữ in hoa, không viết tắt.')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: MANUAL });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Nút gửi chỉ bật khi tài liệu không còn lỗi.');
    // A fresh check ran when the view opened (the first check and the view's refresh).
    expect(host.callsOf('snapshot').length).toBeGreaterThanOrEqual(2);
  });

  it('shows recipient, subject, file name and body from the settings and the document', async () => {
    renderView(<SendView />, new FakeHost(readySnapshot()), { view: 'send' });
    await ready();
    expect(await screen.findByText('Sẵn sàng gửi')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Người nhận' })).toHaveValue('tquong.ql@tphcm.gov.vn');
    expect(screen.getByRole('textbox', { name: 'Tiêu đề thư' })).toHaveValue(
      '[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN',
    );
    expect(screen.getByRole('textbox', { name: 'Tên tệp đính kèm' })).toHaveValue('BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx');
    expect((screen.getByRole('textbox', { name: 'Nội dung thư' }) as HTMLTextAreaElement).value).toContain('Kính gửi: Phòng Giáo dục và Đào tạo Quận 1.');
    expect(screen.getByText('Kỳ báo cáo: quý 4/2026')).toBeInTheDocument();
  });

  it('when ready, checks again, downloads the file and opens the prepared email; the send can then be recorded', async () => {
    const host = new FakeHost(readySnapshot());
    renderView(<SendView />, host, { view: 'send' });
    await ready();
    const button = await screen.findByRole('button', { name: MANUAL });
    await waitFor(() => expect(button).toBeEnabled());
    const before = host.callsOf('snapshot').length;
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(host.callsOf('snapshot').length).toBeGreaterThan(before);
    expect(downloads).toEqual([[new Uint8Array([0x50, 0x4b, 3, 4]), 'BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx']]);
    expect(opened[0]).toMatch(/^mailto:tquong\.ql@tphcm\.gov\.vn\?subject=%5BBCTT%20Qu%C3%BD%204%2F2026%5D/);
    expect(screen.getByRole('link', { name: 'Mở thư' })).toHaveAttribute('href', opened[0]);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tôi đã gửi thư này' }));
    });
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    expect(host.callsOf('recordSend')[0][0]).toMatchObject({ path: 'manual', to: 'tquong.ql@tphcm.gov.vn', period: '2026-Q4' });
    expect(await screen.findByRole('cell', { name: 'Tự gửi bằng chương trình thư' })).toBeInTheDocument();
  });

  it('does not send when the fresh check finds a new error', async () => {
    const host = new FakeHost(readySnapshot());
    renderView(<SendView />, host, { view: 'send' });
    await ready();
    const button = await screen.findByRole('button', { name: MANUAL });
    await waitFor(() => expect(button).toBeEnabled());
    host.doc.fields.hoTen = { id: 'hoTen', text: '', showingPlaceholder: true };
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(screen.getByRole('button', { name: MANUAL })).toBeDisabled());
    expect(downloads).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('copies recipient, subject and body', async () => {
    renderView(<SendView />, new FakeHost(readySnapshot()), { view: 'send' });
    await ready();
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Sao chép Người nhận' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép Tiêu đề thư' }));
    });
    expect(copies[0]).toBe('tquong.ql@tphcm.gov.vn');
    expect(copies[1]).toContain('NGUYỄN VĂN AN');
    expect(screen.getByText('Đã sao chép: Tiêu đề thư.')).toBeInTheDocument();
  });

  it('lists the send history in Vietnam time, newest first', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [
      { at: '2026-10-01T01:30:00Z', path: 'graph', to: 'a@b.vn', receipt: 'MSG-1', period: '2026-Q3' },
      { at: '2026-10-02T17:05:00Z', path: 'relay', to: 'c@d.vn', period: '2026-Q3' },
    ];
    renderView(<SendView />, new FakeHost(snapshot), { view: 'send' });
    await ready();
    const rows = await screen.findAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Thời gian (giờ Việt Nam)Cách gửiNgười nhậnMã xác nhận',
      '03/10/2026 00:05Máy chủ chuyển thưc@d.vn—',
      '01/10/2026 08:30Microsoft 365a@b.vnMSG-1',
    ]);
  });
});

describe('sendPlan', () => {
  const settings = { unitName: 'Trường THCS Lê Lợi', senderName: '', senderRole: '', recipientOffice: '' };
  const period = { year: 2026, quarter: 4 as const };

  it('is ready only without error findings', () => {
    const snapshot = readySnapshot();
    expect(sendPlan({ snapshot, findings: [], period }, 'individual', settings).ready).toBe(true);
    const error = { rule: 'field.required' as const, severity: 'error' as const, message: { key: 'x' } };
    const warning = { ...error, severity: 'warning' as const };
    expect(sendPlan({ snapshot, findings: [warning], period }, 'individual', settings)).toMatchObject({ ready: true, blocking: [] });
    expect(sendPlan({ snapshot, findings: [warning, error], period }, 'individual', settings)).toMatchObject({ ready: false, blocking: [error] });
  });

  it('reports an impossible period as a localised problem instead of throwing', () => {
    const plan = sendPlan({ snapshot: readySnapshot(), findings: [], period: { year: 99, quarter: 4 } }, 'individual', settings);
    expect(plan).toMatchObject({ ready: false, mail: null });
    expect(plan.problem?.messageKey).toBe('mail.invalidPeriod');
  });

  it('takes the subject name from the field of the document’s kind, not from its placeholder', () => {
    expect(subjectName(templateSnapshot('collective', { tenTapThe: 'Trường <A> & B' }), 'collective')).toBe('Trường <A> & B');
    expect(subjectName(templateSnapshot('individual'), 'individual')).toBe('');
  });

  it('formats send times in Vietnam time and leaves unreadable times as written', () => {
    expect(formatSendTime('2026-12-31T17:00:00Z')).toBe('01/01/2027 00:00');
    expect(formatSendTime('hôm qua')).toBe('hôm qua');
  });
});
