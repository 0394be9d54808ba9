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
    // Fake timers only, and waits on what happened, never on elapsed time: the check itself is promise work
    // (the rule engine's import included), which the *Async timer calls flush between timers.
    jest.useFakeTimers();
    try {
      const host = fakeHost(completeIndividual());
      renderApp({ host, delayMs: 400 });
      await waitFor(() => expect(status()).toHaveTextContent('Sẵn sàng gửi'));
      // Settle: the mount's own re-check (settings effect) and anything it scheduled run to the end.
      await act(async () => {
        await jest.runAllTimersAsync();
      });
      expect(jest.getTimerCount()).toBe(0);
      const calls = host.snapshot.mock.calls.length;
      act(() => host.setSnapshot(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' })));
      await act(async () => {
        await jest.advanceTimersByTimeAsync(399);
      });
      expect(host.snapshot.mock.calls.length).toBe(calls);
      expect(status()).toHaveTextContent('Sẵn sàng gửi');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1);
      });
      expect(host.snapshot.mock.calls.length).toBe(calls + 1);
      await waitFor(() => expect(status()).toHaveTextContent('Còn 1 lỗi cần sửa'));
      // One change, one check: nothing else is pending.
      await act(async () => {
        await jest.runAllTimersAsync();
      });
      expect(host.snapshot.mock.calls.length).toBe(calls + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('on a busy machine, a change during a slow check is followed by exactly one more check', async () => {
    // The snapshot resolves only when the test says so: the check takes as long as the machine makes it.
    jest.useFakeTimers();
    try {
      const host = fakeHost(completeIndividual());
      const pending: Array<() => void> = [];
      host.snapshot.mockImplementation(() => {
        const doc = host.current;
        return new Promise((resolve) => pending.push(() => resolve(doc)));
      });
      renderApp({ host, delayMs: 400 });
      await waitFor(() => expect(pending).toHaveLength(1));
      // The document changes twice while the first check is still reading it.
      act(() => host.setSnapshot(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' })));
      act(() => host.emitChange());
      await act(async () => {
        await jest.advanceTimersByTimeAsync(10_000);
      });
      expect(host.snapshot).toHaveBeenCalledTimes(1); // never two at once
      await act(async () => {
        pending.shift()?.();
        await jest.advanceTimersByTimeAsync(400);
      });
      await waitFor(() => expect(host.snapshot).toHaveBeenCalledTimes(2));
      await act(async () => {
        pending.shift()?.();
        await jest.runAllTimersAsync();
      });
      await waitFor(() => expect(status()).toHaveTextContent('Còn 1 lỗi cần sửa'));
      expect(host.snapshot).toHaveBeenCalledTimes(2);
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
