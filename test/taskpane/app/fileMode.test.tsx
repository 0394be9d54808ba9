/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { emptyTemplate } from '../../support/snapshots';
import { emptySnapshot } from '../../../src/core/snapshot';
import { fakeHost, type FakeHost } from '../support/fakeHost';
import { renderApp } from '../support/renderApp';

const mockFileHost = { create: jest.fn(), open: jest.fn() };
jest.mock('../../../src/docx/fileHost', () => ({ FileHost: mockFileHost }));

function fileHost(): FakeHost {
  return fakeHost(emptyTemplate('individual'), { kind: 'file', insertModes: [], layoutPages: false, liveEvents: false });
}

function docx(name = 'BaoCao.docx') {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

beforeEach(() => {
  mockFileHost.create.mockReset();
  mockFileHost.open.mockReset();
});

describe('file mode (a plain browser, no office.js)', () => {
  it('starts on the start view with no file, and offers to create or open one', async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    renderApp({ mode: 'file', host: null });
    const bar = screen.getByRole('region', { name: 'Tệp báo cáo' });
    expect(within(bar).getByText('Chưa mở tệp nào')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Tải tệp về' })).toBeDisabled();
    expect(await screen.findByRole('button', { name: 'Tạo mẫu mới' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chèn mẫu vào tài liệu này' })).toBeNull();
  });

  it('creates a new template and checks it', async () => {
    const host = fileHost();
    mockFileHost.create.mockResolvedValue(host);
    renderApp({ mode: 'file', host: null });
    fireEvent.click(await screen.findByRole('radio', { name: 'Tập thể' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo mẫu mới' }));
    await waitFor(() => expect(mockFileHost.create).toHaveBeenCalledWith('collective'));
    expect(await screen.findByText('Tệp: BCTT_TapThe.docx')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Kiểm tra' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent(/Còn \d+ lỗi cần sửa/));
  });

  it('opens a .docx chosen from disk and shows its name', async () => {
    const host = fileHost();
    mockFileHost.open.mockResolvedValue(host);
    renderApp({ mode: 'file', host: null });
    const input = screen.getAllByTestId('open-file-input')[0] as HTMLInputElement;
    fireEvent.change(input, { target: { files: [docx('Báo cáo quý 4.docx')] } });
    await waitFor(() => expect(mockFileHost.open).toHaveBeenCalledTimes(1));
    expect(mockFileHost.open.mock.calls[0][0]).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(await screen.findByText('Tệp: Báo cáo quý 4.docx')).toBeInTheDocument();
    expect(await screen.findByTestId('findings-error')).toBeInTheDocument();
  });

  it('refuses a file that is not a .docx, with a localised message', async () => {
    renderApp({ mode: 'file', host: null });
    const input = screen.getAllByTestId('open-file-input')[0] as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'anh.png', { type: 'image/png' })] } });
    expect(await screen.findByText(/Tệp “anh.png” không phải tài liệu Word \(\.docx\)/)).toBeInTheDocument();
    expect(mockFileHost.open).not.toHaveBeenCalled();
  });

  it('opens a file dropped on the pane', async () => {
    mockFileHost.open.mockResolvedValue(fileHost());
    renderApp({ mode: 'file', host: null });
    const shell = screen.getByTestId('shell');
    fireEvent.dragOver(shell, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.getByText('Thả tệp .docx vào đây để mở')).toBeInTheDocument();
    fireEvent.drop(shell, { dataTransfer: { types: ['Files'], files: [docx('keo-tha.docx')] } });
    expect(await screen.findByText('Tệp: keo-tha.docx')).toBeInTheDocument();
    expect(screen.queryByText('Thả tệp .docx vào đây để mở')).toBeNull();
  });

  it('downloads the report under the name the Send view shows, not the name it was opened with', async () => {
    const host = fileHost();
    mockFileHost.open.mockResolvedValue(host);
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      renderApp({ mode: 'file', host: null });
      fireEvent.change(screen.getAllByTestId('open-file-input')[0], { target: { files: [docx('bao cao (1).docx')] } });
      const download = await screen.findByRole('button', { name: 'Tải tệp về' });
      await waitFor(() => expect(download).toBeEnabled());
      // Once checked, the document is known to be an individual report of the current quarter.
      await screen.findByRole('status', { name: 'Trạng thái báo cáo' });
      await waitFor(() => expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent(/lỗi cần sửa/));
      fireEvent.click(download);
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(host.fileBytes).toHaveBeenCalled();
      expect(clicked[0].download).toMatch(/^BCTT_\d{4}-Q[1-4]_CaNhan\.docx$/);
      expect(clicked[0].href).toBe('blob:report');
      expect(createObjectURL.mock.calls[0][0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    } finally {
      click.mockRestore();
    }
  });

  it('a .docx that is not our report: offers to start a report and copy its text in, or to open another file', async () => {
    const foreign = fakeHost(emptySnapshot(), { kind: 'file', insertModes: [], layoutPages: false, liveEvents: false });
    mockFileHost.open.mockResolvedValue(foreign);
    renderApp({ mode: 'file', host: null });
    fireEvent.change(screen.getAllByTestId('open-file-input')[0], { target: { files: [docx('thu-moi-hop.docx')] } });
    const notice = await screen.findByTestId('foreign-document');
    expect(notice).toHaveTextContent('Tệp này không phải báo cáo thành tích');
    expect(notice).toHaveTextContent('Tệp “thu-moi-hop.docx” không có mẫu báo cáo Cá nhân hoặc Tập thể');
    expect(notice).toHaveTextContent('tạo một báo cáo mới từ mẫu rồi chép nội dung của tệp này');
    expect(notice).not.toHaveTextContent(/chèn mẫu .* ở trang Bắt đầu/i);
    expect(within(notice).getByRole('button', { name: 'Mở tệp khác' })).toBeEnabled();
    fireEvent.click(within(notice).getByRole('button', { name: 'Tạo báo cáo mới' }));
    expect(await screen.findByRole('button', { name: 'Tạo mẫu mới' })).toBeInTheDocument();
  });
});
