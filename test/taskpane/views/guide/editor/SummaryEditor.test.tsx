/** @jest-environment jsdom */
/**
 * The writing guide in file mode opens the summary editor on a real FileHost: it is named for assistive technology,
 * opens with what the file holds, counts words live, saves into the document (the host's summary and the checks
 * follow), and "Đi tới" on a finding puts the cursor at its place.
 */
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { FileHost } from '../../../../../src/docx/fileHost';
import GuideView from '../../../../../src/taskpane/views/guide/GuideView';
import { useNavigation } from '../../../../../src/taskpane/state/navigation';
import { renderView } from '../../../support/renderView';
import { useEffect } from 'react';
import { fireEvent, within } from '@testing-library/react';
import { renderApp } from '../../../support/renderApp';
import { instructionTexts } from '../../../../../src/core/template';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoding API that the .docx reader uses (browsers and Node have it).
Object.assign(globalThis, { TextDecoder, TextEncoder });
// jsdom does no layout: ProseMirror's scrollIntoView asks ranges for rectangles, which jsdom does not implement.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const zeroRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= zeroRect;

jest.setTimeout(60_000);

/** Tiptap keeps its editor on the editable element (for tests, as its own code says). */
function editorOf(el: HTMLElement): Editor {
  return (el as HTMLElement & { editor: Editor }).editor;
}

async function textbox(name: string | RegExp = 'Tóm tắt thành tích'): Promise<HTMLElement> {
  return screen.findByRole('textbox', { name }, { timeout: 15_000 });
}

describe('the summary editor in the writing guide (file mode)', () => {
  it('opens with the file’s summary, is named “Tóm tắt thành tích”, counts live and saves into the document', async () => {
    const host = await FileHost.create('individual', { kind: 'individual', summary: ['Một hai ba bốn năm.'] });
    renderView(<GuideView />, host, { view: 'guide' });
    const box = await textbox();
    expect(box).toHaveAttribute('aria-multiline', 'true');
    expect(box).toHaveTextContent('Một hai ba bốn năm.');
    await waitFor(() => expect(screen.getByTestId('summary-editor-words')).toHaveTextContent('5/1.000 chữ'));
    expect(screen.getByRole('group', { name: 'Định dạng phần tóm tắt' })).toBeInTheDocument();
    for (const name of ['Đề mục', 'Đậm', 'Nghiêng', 'Gạch đầu dòng', 'Đánh số']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }

    const editor = editorOf(box);
    act(() => {
      editor.chain().focus('end').insertContent(' Sáu bảy').run();
    });
    await waitFor(() => expect(screen.getByTestId('summary-editor-words')).toHaveTextContent('7/1.000 chữ'));
    await waitFor(() => expect(screen.getByTestId('summary-editor-save')).toHaveTextContent('Đã lưu vào tài liệu.'), {
      timeout: 10_000,
    });
    await expect(host.readSummary()).resolves.toEqual([
      { kind: 'paragraph', runs: [{ text: 'Một hai ba bốn năm. Sáu bảy' }] },
    ]);

    // The toolbar's "insert the guide's headings" adds the three headings as headings.
    act(() => {
      screen.getByRole('button', { name: 'Chèn các đề mục hướng dẫn' }).click();
    });
    await waitFor(
      async () => {
        const blocks = await host.readSummary();
        expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.runs[0].text)).toEqual([
          '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
          '2. Hiệu quả được thừa nhận, suy tôn',
          '3. Sự lan tỏa tại cơ quan, đơn vị, địa phương',
        ]);
      },
      { timeout: 10_000 },
    );
    // The old "insert into the document" button is not offered beside the editor.
    expect(screen.queryByRole('button', { name: 'Chèn các đề mục vào phần tóm tắt' })).toBeNull();
  });

  it('is named in English when the pane is in English', async () => {
    const host = await FileHost.create('collective');
    renderView(<GuideView />, host, { view: 'guide', lang: 'en' });
    const box = await textbox('Achievement summary');
    expect(box).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('summary-editor-words')).toHaveTextContent('0/1,000 words'));
  });

  it('"Đi tới" a finding with a text puts the selection on that text', async () => {
    const host = await FileHost.create('individual', {
      kind: 'individual',
      summary: ['Đầu.', 'Đoạn có chữ cần sửa ở giữa.', 'Cuối.'],
    });
    function GoThere() {
      const { go } = useNavigation();
      useEffect(() => go('guide', { fieldId: 'tomTat', text: 'cần sửa' }), [go]);
      return <GuideView />;
    }
    renderView(<GoThere />, host, { view: 'guide' });
    const box = await textbox();
    const editor = editorOf(box);
    await waitFor(() => {
      const { from, to } = editor.state.selection;
      expect(editor.state.doc.textBetween(from, to)).toBe('cần sửa');
    });
  });

  it('"Đi tới" on leftover instruction text in the summary opens the editor with that text selected (across a bold run)', async () => {
    // The summary's own instruction, left in the middle of a long summary, with a bold run inside it.
    const instruction = instructionTexts('individual').find((s) => s.includes('1.000 chữ'))!;
    const words = instruction.replace(/^\(|\)$/g, '').split(' ');
    const before = Array.from({ length: 60 }, (_, i) => ({ kind: 'paragraph' as const, runs: [{ text: `Đoạn ${i + 1} kể việc đã làm trong quý.` }] }));
    const host = await FileHost.create('individual', {
      kind: 'individual',
      fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Giáo viên, Trường Tiểu học Lê Lợi' },
    });
    await host.writeSummary([
      ...before,
      {
        kind: 'paragraph',
        runs: [
          { text: `Mở đầu. ${words.slice(0, 4).join(' ')} ` },
          { text: words.slice(4, 7).join(' '), bold: true },
          { text: ` ${words.slice(7).join(' ')} Kết thúc.` },
        ],
      },
      { kind: 'paragraph', runs: [{ text: 'Đoạn cuối.' }] },
    ]);
    renderApp({ mode: 'file', host, initialView: 'checklist' });
    const errors = await screen.findByTestId('findings-error', {}, { timeout: 15_000 });
    const item = within(errors)
      .getAllByRole('listitem')
      .find((li) => /hướng dẫn|chỉ dẫn/i.test(li.textContent ?? '') && (li.textContent ?? '').includes('1.000'));
    expect(item).toBeDefined();
    fireEvent.click(within(item!).getByRole('button', { name: 'Đi tới' }));
    const box = await textbox();
    const editor = editorOf(box);
    await waitFor(() => {
      const { from, to } = editor.state.selection;
      const selected = editor.state.doc.textBetween(from, to, ' ');
      expect(selected.toLowerCase()).toContain(words.slice(2, 10).join(' ').toLowerCase());
    });
    expect(box).toHaveFocus();
  });

  it('"Đi tới" on the word count (no text) puts the cursor at the end of the summary', async () => {
    const host = await FileHost.create('individual', { kind: 'individual', summary: ['Đầu.', 'Giữa.', 'Cuối cùng.'] });
    renderApp({ mode: 'file', host, initialView: 'checklist' });
    const errors = await screen.findByTestId('findings-error', {}, { timeout: 15_000 });
    const item = within(errors)
      .getAllByRole('listitem')
      .find((li) => (li.textContent ?? '').includes('1.000'));
    fireEvent.click(within(item!).getByRole('button', { name: 'Đi tới' }));
    const editor = editorOf(await textbox());
    await waitFor(() => expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1));
  });
});

describe('findText (the place of a finding in the editor)', () => {
  it('finds text across marks and paragraphs, whatever its case, spacing and normalisation; null when absent or empty', async () => {
    const { findText } = await import('../../../../../src/taskpane/views/guide/editor/SummaryEditor');
    const host = await FileHost.create('individual');
    await host.writeSummary([
      { kind: 'paragraph', runs: [{ text: 'Một ' }, { text: 'Hai', bold: true }, { text: '  ba' }] },
      { kind: 'paragraph', runs: [{ text: 'bốn\u00a0năm' }] },
    ]);
    renderView(<GuideView />, host, { view: 'guide' });
    const editor = editorOf(await textbox());
    const doc = editor.state.doc;
    const text = (r: { from: number; to: number } | null) => (r ? doc.textBetween(r.from, r.to, '|') : null);
    expect(text(findText(doc, 'hai ba'))?.replace(/ +/g, ' ')).toBe('Hai ba');
    expect(text(findText(doc, 'BA BỐN'.normalize('NFD')))).toBe('ba|bốn');
    expect(text(findText(doc, 'bốn năm'))).toBe('bốn\u00a0năm');
    expect(findText(doc, 'sáu')).toBeNull();
    expect(findText(doc, '  ')).toBeNull();
  });
});
