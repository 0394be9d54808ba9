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
});
