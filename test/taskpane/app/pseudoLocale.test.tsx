/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { emptyTemplate } from '../../support/snapshots';
import { fakeHost, memoryStorage } from '../support/fakeHost';
import { renderApp } from '../support/renderApp';

const BRACKETED = /^⟦[\s\S]*⟧$/;

/** Every visible text node and every accessible name given as an attribute, outside bracketed messages. */
function unbracketed(root: HTMLElement): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest('style,script')) continue;
    const text = node.textContent?.trim() ?? '';
    if (text && !BRACKETED.test(text)) bad.push(text);
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label],[title],[placeholder]'))) {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value && !BRACKETED.test(value.trim())) bad.push(`${attr}=${value}`);
    }
  }
  return bad;
}

/** Fixed widths wider than the narrowest task pane, inline or in the generated style sheets. */
function widerThanPane(root: HTMLElement): string[] {
  const bad: string[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))]) {
    for (const prop of ['width', 'minWidth'] as const) {
      const m = /^(\d+(?:\.\d+)?)px$/.exec(el.style[prop]);
      if (m && Number(m[1]) > 320) bad.push(`${el.tagName} ${prop}=${el.style[prop]}`);
    }
  }
  for (const style of Array.from(document.querySelectorAll('style'))) {
    for (const m of (style.textContent ?? '').matchAll(/(?<![-\w])(min-width|width)\s*:\s*(\d+(?:\.\d+)?)px/g)) {
      if (Number(m[2]) > 320) bad.push(m[0]);
    }
  }
  return bad;
}

function wraps(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.overflowWrap === 'anywhere' || style.wordBreak === 'break-word';
}

describe('the pseudo-locale', () => {
  it('brackets every visible text of the shell and of the start, checklist and settings views', async () => {
    const { container } = renderApp({ host: fakeHost(emptyTemplate('individual')), pseudo: true });
    await screen.findByTestId('findings-error');
    await waitFor(() => expect(screen.getByTestId('progress-panel')).toHaveTextContent('⟦'));
    expect(unbracketed(container)).toEqual([]);

    const nav = screen.getByRole('navigation');
    for (const view of ['start', 'settings']) {
      fireEvent.click(within(nav).getAllByRole('button').find((b) => b.getAttribute('data-view') === view)!);
      await screen.findByRole('button', { name: /⟦(Tạo tài liệu mới từ mẫu|Lưu cài đặt)/ });
      if (view === 'settings') {
        fireEvent.click(screen.getByRole('button', { name: /Hiện phần nâng cao/ }));
        fireEvent.change(screen.getByRole('textbox', { name: /Địa chỉ nhận báo cáo/ }), { target: { value: 'x' } });
        fireEvent.click(screen.getByRole('button', { name: /Lưu cài đặt/ }));
        await screen.findByText(/⟦Địa chỉ nhận báo cáo: giá trị không hợp lệ/);
      }
      // Fluent's required-field asterisk is a symbol, not a message.
      const bad = unbracketed(container).filter((text) => text !== '*');
      expect(bad).toEqual([]);
    }
  });

  it('leaves nothing wider than a 320 px pane, and lets long texts wrap', async () => {
    const { container } = renderApp({ host: fakeHost(emptyTemplate('individual')), pseudo: true });
    const errors = await screen.findByTestId('findings-error');
    expect(widerThanPane(container)).toEqual([]);
    expect(wraps(screen.getByTestId('shell'))).toBe(true);
    for (const item of within(errors).getAllByRole('listitem')) {
      const text = item.querySelector('.fui-Text');
      expect(text && wraps(text)).toBe(true);
    }
    expect(wraps(screen.getByRole('status', { name: /Trạng thái báo cáo/ }).querySelector('.fui-Text')!)).toBe(true);
  });
});

describe('the language', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is Vietnamese when Office displays English and nothing is stored', async () => {
    renderApp({ host: fakeHost(emptyTemplate('collective')), displayLanguage: 'en-US', browserLanguage: 'en-US' });
    expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo thành tích' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent(/\d+ lỗi cần sửa/));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('is English only when English is stored (chosen in Settings), whatever Office and the browser say', async () => {
    const storage = memoryStorage({ 'bctt.settings.v1': JSON.stringify({ language: 'en' }) });
    renderApp({ host: fakeHost(emptyTemplate('collective')), displayLanguage: 'vi-VN', browserLanguage: 'vi-VN', storage });
    expect(screen.getByRole('heading', { level: 1, name: 'Achievement report' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Check again' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('outside Office is Vietnamese in an English, French or unknown browser', async () => {
    for (const browserLanguage of ['en-US', 'en-GB', 'fr-FR', '']) {
      const shown = renderApp({ mode: 'file', host: null, ...(browserLanguage ? { browserLanguage } : {}) });
      expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo thành tích' })).toBeInTheDocument();
      shown.unmount();
    }
  });

  it('starts in the stored language, else Vietnamese (startLanguage, used before the app renders)', async () => {
    const { startLanguage } = await import('../../../src/taskpane/app/App');
    expect(startLanguage(memoryStorage())).toBe('vi');
    expect(startLanguage(memoryStorage({ 'bctt.settings.v1': JSON.stringify({ language: 'en' }) }))).toBe('en');
    expect(startLanguage(memoryStorage({ 'bctt.settings.v1': '{not json' }))).toBe('vi');
  });
});
