/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ModelsView from '../../../../src/taskpane/views/models/ModelsView';
import { DRAFTS_KEY } from '../../../../src/taskpane/views/models/modelsDraft';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { ready, renderView } from '../../support/renderView';

const HEADERS = ['Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'];

function card(n: number): HTMLElement {
  return screen.getByRole('group', { name: `Mô hình ${n}` });
}

function fillCard(n: number, values: string[]) {
  const boxes = within(card(n)).getAllByRole('textbox');
  values.forEach((value, i) => fireEvent.change(boxes[i], { target: { value } }));
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

beforeEach(() => localStorage.clear());

describe('ModelsView', () => {
  it('starts with one empty card whose five columns carry the template’s headers and hints', async () => {
    renderView(<ModelsView />, new FakeHost(templateSnapshot('individual')));
    await ready();
    const first = card(1);
    for (const header of HEADERS) expect(within(first).getByRole('textbox', { name: new RegExp(header.replace('/', '\\/')) })).toBeRequired();
    expect(within(first).getByText(/Thư viện xanh thân thiện/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Mô hình 2' })).toBeNull();
  });

  it('adds rows, writes them all with TT implied by order, and says so', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<ModelsView />, host);
    await ready();
    fillCard(1, ['A', 'Tổ 1', 'Mô tả A', 'Tháng 9', 'Tốt']);
    await click('Thêm mô hình');
    fillCard(2, ['B', 'Tổ 2', 'Mô tả B', 'Tháng 10', 'Rất tốt']);
    await click('Ghi vào tài liệu');
    await waitFor(() => expect(host.callsOf('writeTable')).toHaveLength(1));
    expect(host.callsOf('writeTable')[0][0]).toEqual([
      { ten: 'A', donVi: 'Tổ 1', moTa: 'Mô tả A', loTrinh: 'Tháng 9', ketQua: 'Tốt' },
      { ten: 'B', donVi: 'Tổ 2', moTa: 'Mô tả B', loTrinh: 'Tháng 10', ketQua: 'Rất tốt' },
    ]);
    expect(await screen.findByText('Đã ghi 2 mô hình vào tài liệu.')).toBeInTheDocument();
    expect(localStorage.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('reorders with keyboard-reachable buttons, keeping focus on the moved card', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<ModelsView />, host);
    await ready();
    fillCard(1, ['A']);
    await click('Thêm mô hình');
    fillCard(2, ['B']);
    await click('Thêm mô hình');
    fillCard(3, ['C']);
    expect(screen.getByRole('button', { name: 'Chuyển mô hình 1 lên trên' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Chuyển mô hình 3 xuống dưới' })).toBeDisabled();
    await click('Chuyển mô hình 3 lên trên');
    const firstBoxes = () => Array.from(document.querySelectorAll<HTMLTextAreaElement>('textarea[data-column="ten"]'), (b) => b.value);
    expect(firstBoxes()).toEqual(['A', 'C', 'B']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Chuyển mô hình 2 lên trên' }));
    await click('Chuyển mô hình 2 lên trên');
    expect(firstBoxes()).toEqual(['C', 'A', 'B']);
    // At the top "up" is disabled: focus goes to "down" of the same card.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Chuyển mô hình 1 xuống dưới' }));
    expect(screen.getByRole('status')).toHaveTextContent('Mô hình đã chuyển đến vị trí 1.');
  });

  it('removes a row with undo', async () => {
    renderView(<ModelsView />, new FakeHost(templateSnapshot('individual')));
    await ready();
    fillCard(1, ['A']);
    await click('Thêm mô hình');
    fillCard(2, ['B']);
    await click('Xóa mô hình 1');
    expect(screen.queryByRole('group', { name: 'Mô hình 2' })).toBeNull();
    expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('B');
    expect(screen.getByText('Đã xóa mô hình 1.')).toBeInTheDocument();
    await click('Hoàn tác');
    expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('A');
    expect(within(card(2)).getAllByRole('textbox')[0]).toHaveValue('B');
  });

  it('validates empty cells like models.table once a write is attempted (aria-invalid, role="alert")', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<ModelsView />, host);
    await ready();
    fillCard(1, ['A', 'Tổ 1', '', 'Tháng 9', 'Tốt']);
    expect(screen.queryByRole('alert')).toBeNull();
    await click('Ghi vào tài liệu');
    const description = within(card(1)).getByRole('textbox', { name: /Mô tả mô hình/ });
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(within(card(1)).getByRole('alert')).toHaveTextContent(/Mô tả mô hình\/ công trình/);
    expect(within(card(1)).getByRole('textbox', { name: /Tên mô hình/ })).not.toHaveAttribute('aria-invalid', 'true');
    // The partial table is still written: the checklist keeps reporting what is missing.
    expect(host.callsOf('writeTable')).toHaveLength(1);
  });

  it('reports a table with no model at all', async () => {
    renderView(<ModelsView />, new FakeHost(templateSnapshot('collective')));
    await ready();
    await click('Xóa mô hình 1');
    expect(screen.getByText('Chưa có mô hình nào. Bấm “Thêm mô hình” để bắt đầu.')).toBeInTheDocument();
    await click('Ghi vào tài liệu');
    expect(await screen.findByRole('alert')).toHaveTextContent('chưa có dòng nào');
  });

  it('keeps unwritten edits across an unmount and remount, and clears them after writing', async () => {
    const host = new FakeHost(templateSnapshot('individual', { hoTen: 'NGUYỄN VĂN AN' }));
    const first = renderView(<ModelsView />, host);
    await ready();
    fillCard(1, ['Thư viện xanh', 'Tổ Văn', '<b>&amp;</b>', '', '']);
    await click('Thêm mô hình');
    fillCard(2, ['Sân chơi']);
    first.unmount();

    renderView(<ModelsView />, host);
    await ready();
    expect(screen.getByText('Đã khôi phục bản nháp chưa ghi.')).toBeInTheDocument();
    expect(within(card(1)).getAllByRole('textbox').map((b) => (b as HTMLTextAreaElement).value)).toEqual(['Thư viện xanh', 'Tổ Văn', '<b>&amp;</b>', '', '']);
    expect(within(card(2)).getAllByRole('textbox')[0]).toHaveValue('Sân chơi');
    await click('Ghi vào tài liệu');
    await waitFor(() => expect(host.callsOf('writeTable')).toHaveLength(1));
    expect(host.callsOf('writeTable')[0][0]).toEqual([
      { ten: 'Thư viện xanh', donVi: 'Tổ Văn', moTa: '<b>&amp;</b>', loTrinh: '', ketQua: '' },
      { ten: 'Sân chơi', donVi: '', moTa: '', loTrinh: '', ketQua: '' },
    ]);
    expect(localStorage.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('does not offer a draft made for another document', async () => {
    const first = renderView(<ModelsView />, new FakeHost(templateSnapshot('individual', { hoTen: 'NGUYỄN VĂN AN' })));
    await ready();
    fillCard(1, ['Bản nháp của An']);
    first.unmount();
    renderView(<ModelsView />, new FakeHost(templateSnapshot('individual', { hoTen: 'TRẦN THỊ BÌNH' })));
    await ready();
    expect(screen.queryByText('Đã khôi phục bản nháp chưa ghi.')).toBeNull();
    expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('');
  });

  it('loads the rows already in the document, asking first when edits would be lost', async () => {
    const snapshot = templateSnapshot('individual');
    snapshot.table!.rows = [['1', 'Có sẵn', 'Tổ', 'Mô tả', 'Lộ trình', 'Kết quả']];
    const host = new FakeHost(snapshot);
    renderView(<ModelsView />, host);
    await ready();
    expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('Có sẵn');
    fillCard(1, ['Đã sửa']);
    host.doc.table!.rows.push(['2', 'Thêm trong Word', 'x', 'x', 'x', 'x']);
    await click('Tải từ tài liệu');
    expect(host.callsOf('readTable')).toHaveLength(0);
    expect(screen.getByText(/sẽ bỏ các thay đổi chưa ghi/)).toBeInTheDocument();
    await click('Tải và bỏ thay đổi');
    await waitFor(() => expect(host.callsOf('readTable')).toHaveLength(1));
    expect(within(card(1)).getAllByRole('textbox')[0]).toHaveValue('Có sẵn');
    expect(within(card(2)).getAllByRole('textbox')[0]).toHaveValue('Thêm trong Word');
    expect(screen.getByText('Đã tải 2 mô hình từ tài liệu.')).toBeInTheDocument();
  });
});
