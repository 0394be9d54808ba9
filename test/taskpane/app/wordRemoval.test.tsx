/** @jest-environment jsdom */
/**
 * Inside Word, through the pane (issue 11): the real WordHost over the Word test double. A table write with fewer rows
 * and "insert the template here" over a written report show the words they would remove in the pane's dialog first;
 * cancel keeps every word in the document (and the form keeps its edits); confirm goes ahead.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeTemplateDocx } from '../../../src/docx/write';
import { WordHost } from '../../../src/word/WordHost';
import { individualModel, mockEnv, type DocModel } from '../../word/support/mockWord';
import { PLATFORMS } from '../../word/support/platforms';
import { renderApp } from '../support/renderApp';

jest.setTimeout(60_000);

function twoRowReport(): DocModel {
  const model = individualModel(true);
  const table = model.controls.find((c) => c.tag === 'bctt.moHinh')!.table!;
  table.push(['2', 'Câu lạc bộ Toán học vui', 'Tổ 2', 'Học mà chơi', 'Tháng 10', 'Rất tốt']);
  return model;
}

function wordHost(model: DocModel, templateBytes: Uint8Array = new Uint8Array([0x50, 0x4b, 3, 4])) {
  return new WordHost({ env: mockEnv(model, { profile: PLATFORMS.web }), loadTemplate: async () => templateBytes });
}

/**
 * The removal dialog once it is open (its buttons are enabled only while it asks). Queried with `hidden: true`: under
 * jsdom, tabster's modalizer can mark the open surface aria-hidden when the form moves focus behind it.
 */
async function removalDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const surface = screen.getByTestId('guard-remove');
    expect(within(surface).getByRole('heading', { name: 'Xoá chữ bạn đã viết?', hidden: true })).toBeInTheDocument();
    expect(within(surface).getByRole('button', { name: 'Huỷ', hidden: true })).toBeEnabled();
    return surface;
  });
}

/** Answers the open removal dialog with `button`; the dialog then closes. */
async function answer(button: 'Huỷ' | 'Vẫn xoá'): Promise<void> {
  const surface = await removalDialog();
  fireEvent.click(within(surface).getByRole('button', { name: button, hidden: true }));
  await waitFor(() => expect(within(surface).getByRole('button', { name: button, hidden: true })).toBeDisabled());
}

beforeEach(() => localStorage.clear());

describe('Word mode: nothing the person wrote goes without a confirmation that shows it', () => {
  it('a table write with fewer rows lists the row\'s words; cancel keeps them and the form\'s edits', async () => {
    const model = twoRowReport();
    const table = () => model.controls.find((c) => c.tag === 'bctt.moHinh')!.table!;
    const before = JSON.stringify(table());
    renderApp({ mode: 'word', host: wordHost(model), initialView: 'models' });
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa mô hình 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi vào tài liệu' }));
    const dialog = await removalDialog();
    expect(within(dialog).getByTestId('removed-text')).toHaveTextContent('Câu lạc bộ Toán học vui Tổ 2 Học mà chơi Tháng 10 Rất tốt');
    await answer('Huỷ');
    expect(JSON.stringify(table())).toBe(before);
    // Refused, not reported as written: the form still shows one card and says nothing changed.
    expect(await screen.findByText(/Đã huỷ: tài liệu không bị thay đổi, 15 chữ/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Mô hình 2' })).toBeNull();
    expect(screen.getByText(/Có thay đổi chưa ghi vào tài liệu/)).toBeInTheDocument();
    // Confirmed, the row goes.
    fireEvent.click(screen.getByRole('button', { name: 'Ghi vào tài liệu' }));
    await answer('Vẫn xoá');
    await waitFor(() => expect(table()).toHaveLength(2));
    expect(table()[1][1]).toBe('Thư viện xanh');
  });

  it('"insert the template here" over a written report lists the person\'s words; cancel keeps the document', async () => {
    const model = twoRowReport();
    renderApp({ mode: 'word', host: wordHost(model, await writeTemplateDocx('individual')), initialView: 'start' });
    fireEvent.click(await screen.findByRole('button', { name: 'Chèn mẫu vào tài liệu này' }));
    // The first question (replace everything?), then the words that would go.
    const overwrite = await screen.findByRole('alertdialog', { name: 'Thay thế nội dung tài liệu?' });
    fireEvent.click(within(overwrite).getByRole('button', { name: 'Thay thế' }));
    const dialog = await removalDialog();
    const words = within(dialog).getByTestId('removed-text').textContent ?? '';
    expect(words).toContain('NGUYỄN THỊ MAI');
    expect(words).not.toContain('TÓM TẮT');
    await answer('Huỷ');
    expect(model.inserted).toEqual([]);
    expect(model.paragraphs.map((p) => p.text)).toContain('- Họ tên: NGUYỄN THỊ MAI');
  });
});
