/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../../src/core/errors';
import { emptySnapshot } from '../../../../src/core/snapshot';
import { fakeHost } from '../../support/fakeHost';
import { renderApp } from '../../support/renderApp';
import '../../../../src/word/messages'; // inside Word, the Word host's module registers these

describe('the start view in Word', () => {
  it('offers Cá nhân and Tập thể, each with its description and a picture of the page', async () => {
    renderApp({ host: fakeHost(emptySnapshot()), initialView: 'start' });
    const individual = await screen.findByRole('radio', { name: 'Cá nhân' });
    expect(individual).toBeChecked();
    expect(individual).toHaveAccessibleDescription('Giới thiệu một cá nhân điển hình: ảnh 4x6, họ tên, năm sinh, chức vụ và đơn vị.');
    expect(screen.getByRole('radio', { name: 'Tập thể' })).toHaveAccessibleDescription(/tên đơn vị ghi rõ đến cấp Thành phố/);
    // The individual page has a photo frame; the collective one does not.
    expect(screen.getByTestId('thumbnail-individual').querySelectorAll('rect').length).toBeGreaterThan(
      screen.getByTestId('thumbnail-collective').querySelectorAll('rect').length,
    );
  });

  it('inserts the chosen template as a new document or here', async () => {
    const host = fakeHost(emptySnapshot());
    renderApp({ host, initialView: 'start' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Tập thể' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài liệu mới từ mẫu' }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenCalledWith('collective', 'newDocument', undefined));
    expect(await screen.findByText(/Đã mở tài liệu mới từ mẫu/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'Cá nhân' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chèn mẫu vào tài liệu này' }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenCalledWith('individual', 'here', undefined));
    // After inserting here, the checklist follows.
    expect(await screen.findByRole('heading', { level: 2, name: 'Kiểm tra' })).toBeInTheDocument();
  });

  it('only offers what the host can do', async () => {
    renderApp({ host: fakeHost(emptySnapshot(), { insertModes: ['here'] }), initialView: 'start' });
    expect(await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo tài liệu mới từ mẫu' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo mẫu mới' })).toBeNull();
  });

  it("follows the host's order: on Word on the web 'insert here' is the primary action, with the reason given", async () => {
    renderApp({ host: fakeHost(emptySnapshot(), { insertModes: ['here', 'newDocument'] }), initialView: 'start' });
    const here = await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' });
    const fresh = screen.getByRole('button', { name: 'Tạo tài liệu mới từ mẫu' });
    expect(here.compareDocumentPosition(fresh) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Trên Word trên web, nên chèn mẫu vào tài liệu này/)).toBeInTheDocument();
  });

  /** The nearest element hiding `el` from assistive technology (aria-hidden="true"), or null. */
  const hiddenAncestor = (el: Element): Element | null => {
    for (let n: Element | null = el; n; n = n.parentElement) if (n.getAttribute('aria-hidden') === 'true') return n;
    return null;
  };

  it('asks before replacing content, and replaces it only when confirmed', async () => {
    const host = fakeHost(emptySnapshot());
    host.insertTemplate.mockImplementation(async (_kind, _mode, options) => {
      if (!options?.overwrite) throw new AppError('host.notEmpty', { kind: 'individual' });
    });
    renderApp({ host, initialView: 'start' });
    fireEvent.click(await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Thay thế nội dung tài liệu?');
    expect(dialog).toHaveTextContent('Tài liệu đang có nội dung.');
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(hiddenAncestor(screen.getByTestId('shell'))).toBeNull());
    expect(host.insertTemplate).toHaveBeenCalledTimes(1);

    // The closed dialog hands the page back (aria-hidden removed) asynchronously, after its exit motion: wait for
    // the button, generously (a busy machine delays the motion's timers).
    fireEvent.click(await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' }, { timeout: 30_000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thay thế' }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenLastCalledWith('individual', 'here', { overwrite: true }));
    expect(host.insertTemplate).toHaveBeenCalledTimes(3);
    expect(await screen.findByRole('heading', { level: 2, name: 'Kiểm tra' })).toBeInTheDocument();
    // No error was shown for the refusal itself.
    expect(screen.queryByRole('alert')).toBeNull();
    // The pane is not left hidden from screen readers by the closed question (microsoft/fluentui#35139).
    await waitFor(() => expect(hiddenAncestor(screen.getByTestId('shell'))).toBeNull());
  }, 90_000);

  it('shows any other failure as a localised error', async () => {
    const host = fakeHost(emptySnapshot());
    host.insertTemplate.mockRejectedValue(new AppError('word.templateLoad', { kind: 'individual' }));
    renderApp({ host, initialView: 'start' });
    fireEvent.click(await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/mẫu/i);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
