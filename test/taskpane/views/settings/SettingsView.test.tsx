/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SETTINGS_KEY } from '../../../../src/storage/settingsStore';
import { completeIndividual } from '../../../support/snapshots';
import { fakeHost, memoryStorage } from '../../support/fakeHost';
import { renderApp } from '../../support/renderApp';

async function openSettings(storage = memoryStorage()) {
  renderApp({ host: fakeHost(completeIndividual()), initialView: 'settings', storage });
  await screen.findByRole('button', { name: 'Lưu cài đặt' });
  return storage;
}

function input(label: string | RegExp) {
  return screen.getByRole('textbox', { name: label });
}

describe('the settings view', () => {
  it('starts from the defaults of the letter, with a label on every control', async () => {
    await openSettings();
    expect(input(/Địa chỉ nhận báo cáo/)).toHaveValue('tquong.ql@tphcm.gov.vn');
    expect(input(/Tên thành phố/)).toHaveValue('Thành phố Hồ Chí Minh');
    expect(screen.getByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi');
    expect(screen.getByRole('radio', { name: /Trước ngày 03/ })).toBeChecked();
    for (const box of screen.getAllByRole('textbox')) expect(box).toHaveAccessibleName();
  });

  it('shows an invalid address on its field (aria-invalid, role="alert") and does not save', async () => {
    const storage = await openSettings();
    fireEvent.change(input(/Địa chỉ nhận báo cáo/), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    const field = input(/Địa chỉ nhận báo cáo/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    const alerts = screen.getAllByRole('alert');
    expect(alerts.some((a) => a.textContent === 'Địa chỉ nhận báo cáo: giá trị không hợp lệ, hãy kiểm tra lại.')).toBe(true);
    expect(screen.getByText('Chưa lưu: hãy sửa các mục được đánh dấu.')).toBeInTheDocument();
    expect(storage.map.has(SETTINGS_KEY)).toBe(false);
    // Editing the field clears its message.
    fireEvent.change(field, { target: { value: 'vanthu@thtranhungdao.edu.vn' } });
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an empty city name', async () => {
    await openSettings();
    fireEvent.change(input(/Tên thành phố/), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Tên thành phố: không được để trống.')).toHaveAttribute('role', 'alert');
    expect(input(/Tên thành phố/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('opens the advanced section to show an invalid Microsoft 365 id', async () => {
    await openSettings();
    const toggle = screen.getByRole('button', { name: 'Hiện phần nâng cao' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    fireEvent.change(input(/Mã ứng dụng Microsoft 365/), { target: { value: '1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ẩn phần nâng cao' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Mã ứng dụng Microsoft 365: giá trị không hợp lệ, hãy kiểm tra lại.')).toBeInTheDocument();
    expect(input(/Mã ứng dụng Microsoft 365/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves cleaned values per user, notes what was adjusted, and switches the pane to English', async () => {
    const storage = await openSettings();
    fireEvent.change(input(/Tên đơn vị/), { target: { value: 'Trường Tiểu học Tra\u0302\u0300n Hưng Đạo\u0007' } });
    fireEvent.change(input(/Họ tên người gửi/), { target: { value: 'Nguyễn Thị Mai' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('radio', { name: /Đến hết ngày 03/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    // A control character was removed: saved, with a warning on the field (not an error).
    expect(await screen.findByText(/Unit name: contained control or invisible characters/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Achievement report' })).toBeInTheDocument();
    expect(input(/Unit name/)).not.toHaveAttribute('aria-invalid', 'true');
    const stored = JSON.parse(storage.map.get(SETTINGS_KEY)!);
    expect(stored).toMatchObject({
      unitName: 'Trường Tiểu học Trần Hưng Đạo',
      senderName: 'Nguyễn Thị Mai',
      language: 'en',
      deadlineReading: 'inclusive',
      recipient: 'tquong.ql@tphcm.gov.vn',
    });
    expect(stored.unitName).toBe(stored.unitName.normalize('NFC'));
  });

  it('confirms a clean save', async () => {
    const storage = await openSettings();
    fireEvent.change(input(/Chức vụ người gửi/), { target: { value: 'Hiệu trưởng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeInTheDocument();
    expect(JSON.parse(storage.map.get(SETTINGS_KEY)!).senderRole).toBe('Hiệu trưởng');
  });
});
