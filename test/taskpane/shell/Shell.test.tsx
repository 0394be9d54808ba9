/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { check } from '../../../src/core/rules';
import { completeCollective, completeIndividual, emptyTemplate, NOW, withFields } from '../../support/snapshots';
import { fakeHost } from '../support/fakeHost';
import { renderApp } from '../support/renderApp';

function status() {
  return screen.getByRole('status', { name: 'Trạng thái báo cáo' });
}

describe('the shell header', () => {
  it('says "Sẵn sàng gửi" in a polite live region when the report has no error', async () => {
    renderApp({ host: fakeHost(completeIndividual()) });
    expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo thành tích' })).toBeInTheDocument();
    await waitFor(() => expect(status()).toHaveTextContent('Sẵn sàng gửi'));
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('counts the errors still to fix', async () => {
    const snapshot = emptyTemplate('individual');
    const errors = check(snapshot, { now: NOW }).filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    renderApp({ host: fakeHost(snapshot) });
    await waitFor(() => expect(status()).toHaveTextContent(`Còn ${errors} lỗi cần sửa`));
  });

  it('says "1 lỗi" for a single error', async () => {
    renderApp({ host: fakeHost(withFields(completeIndividual(), { sinhNam: '3000' })) });
    await waitFor(() => expect(status()).toHaveTextContent('Còn 1 lỗi cần sửa'));
  });

  it('follows the document live: a change re-checks after the debounce', async () => {
    jest.useFakeTimers();
    try {
      const host = fakeHost(completeIndividual());
      renderApp({ host, delayMs: 400 });
      await waitFor(() => expect(status()).toHaveTextContent('Sẵn sàng gửi'));
      const calls = host.snapshot.mock.calls.length;
      act(() => host.setSnapshot(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' })));
      await act(async () => {
        jest.advanceTimersByTime(399);
      });
      expect(host.snapshot.mock.calls.length).toBe(calls);
      expect(status()).toHaveTextContent('Sẵn sàng gửi');
      await act(async () => {
        jest.advanceTimersByTime(1);
      });
      await waitFor(() => expect(status()).toHaveTextContent('Còn 1 lỗi cần sửa'));
      expect(host.snapshot.mock.calls.length).toBe(calls + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('has a named navigation with one labelled button per view, the current one marked', async () => {
    renderApp({ host: fakeHost(completeIndividual()) });
    const nav = screen.getByRole('navigation', { name: 'Các trang của ngăn tác vụ' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Bắt đầu',
      'Kiểm tra',
      'Thông tin',
      'Ảnh 4x6',
      'Hướng dẫn viết',
      'Mô hình, công trình',
      'Gửi báo cáo',
      'Cài đặt',
    ]);
    expect(within(nav).getByRole('button', { name: 'Kiểm tra' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(within(nav).getByRole('button', { name: 'Cài đặt' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cài đặt' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Cài đặt' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Kiểm tra' })).not.toHaveAttribute('aria-current');
  });

  it('hides the photo view for a collective report', async () => {
    renderApp({ host: fakeHost(completeCollective()) });
    await waitFor(() => expect(status()).toHaveTextContent('Sẵn sàng gửi'));
    const nav = screen.getByRole('navigation');
    expect(within(nav).queryByRole('button', { name: 'Ảnh 4x6' })).toBeNull();
    expect(within(nav).getAllByRole('button')).toHaveLength(7);
  });

  it('opens on the view asked for, with its name as the heading', async () => {
    renderApp({ host: fakeHost(completeIndividual()), initialView: 'settings' });
    expect(screen.getByRole('heading', { level: 2, name: 'Cài đặt' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Lưu cài đặt' })).toBeInTheDocument();
  });

  it('uses the dark theme when Office is dark', async () => {
    const { container } = renderApp({ host: fakeHost(completeIndividual()), theme: 'dark' });
    expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
    await waitFor(() => expect(status()).toHaveTextContent('Sẵn sàng gửi'));
  });
});
