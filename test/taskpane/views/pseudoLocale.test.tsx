/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import FieldsView from '../../../src/taskpane/views/fields/FieldsView';
import GuideView from '../../../src/taskpane/views/guide/GuideView';
import ModelsView from '../../../src/taskpane/views/models/ModelsView';
import PhotoView, { PhotoToolsContext } from '../../../src/taskpane/views/photo/PhotoView';
import SendView from '../../../src/taskpane/views/send/SendView';
import type { PhotoTools } from '../../../src/taskpane/views/photo/photoCanvas';
import { FakeHost, templateSnapshot } from '../../support/fakeHost';
import { ready, renderView } from '../support/renderView';

/** Text that is not ours to translate: Fluent's required-field asterisk. */
const ALLOWED = new Set(['*']);

/** Every visible text node and every aria-label/alt/placeholder must come from the catalogs (bracketed by the pseudo-locale). */
function unlocalised(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '' || ALLOWED.has(text)) continue;
    const parent = node.parentElement;
    // Values of boxes are data (the document's or the mail's own text), not interface text.
    if (parent?.closest('[aria-hidden="true"], style, script, textarea')) continue;
    if (!/^⟦[\s\S]*⟧$/.test(text)) out.push(text);
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label], [alt], [placeholder], [title]'))) {
    for (const name of ['aria-label', 'alt', 'placeholder', 'title']) {
      const value = el.getAttribute(name);
      if (value && value.trim() !== '' && !/^⟦[\s\S]*⟧$/.test(value)) out.push(`${name}=${value}`);
    }
  }
  return out;
}

const tools: PhotoTools = {
  loadImage: async () => ({ width: 200, height: 300, url: 'blob:x', source: {} as CanvasImageSource, release: () => undefined }),
  renderJpeg: async () => new Uint8Array([1]),
};

async function show(ui: ReactElement, kind: 'individual' | 'collective' = 'individual') {
  const view = renderView(<PhotoToolsContext.Provider value={tools}>{ui}</PhotoToolsContext.Provider>, new FakeHost(templateSnapshot(kind)), {
    pseudo: true,
  });
  await ready();
  return view;
}

describe('pseudo-locale: no hard-coded text in the form views', () => {
  it.each([
    ['fields (individual)', <FieldsView key="f" />, 'individual'],
    ['fields (collective)', <FieldsView key="f" />, 'collective'],
    ['guide', <GuideView key="g" />, 'individual'],
    ['send (blocked)', <SendView key="s" />, 'individual'],
    ['photo (collective)', <PhotoView key="p" />, 'collective'],
  ] as const)('%s', async (_name, ui, kind) => {
    const { container } = await show(ui, kind);
    expect(unlocalised(container)).toEqual([]);
  });

  it('fields with validation messages and the capitalise offer', async () => {
    const { container } = await show(<FieldsView />);
    const boxes = screen.getAllByRole('textbox');
    fireEvent.change(boxes[0], { target: { value: 'Nguyễn Văn An' } });
    fireEvent.change(boxes[1], { target: { value: '12/5/1984' } });
    await act(async () => {
      fireEvent.blur(boxes[2]);
    });
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(0);
    expect(unlocalised(container)).toEqual([]);
  });

  it('models with notices and validation', async () => {
    const { container } = await show(<ModelsView />);
    fireEvent.change(screen.getAllByRole('textbox')[0], { target: { value: 'A' } });
    const buttons = screen.getAllByRole('button');
    await act(async () => {
      fireEvent.click(buttons[buttons.length - 2]); // write
    });
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button')[2]); // remove the card: notice with undo
    });
    expect(unlocalised(container)).toEqual([]);
  });

  it('photo with a low-resolution picture loaded', async () => {
    const { container } = await show(<PhotoView />);
    const input = container.querySelector('input[type="file"]')!;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([new Uint8Array(1)], 'a.jpg', { type: 'image/jpeg' })] } });
    });
    expect(screen.getByRole('slider')).toBeInTheDocument();
    expect(unlocalised(container)).toEqual([]);
  });
});
