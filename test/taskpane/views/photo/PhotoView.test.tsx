/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import PhotoView, { PhotoToolsContext } from '../../../../src/taskpane/views/photo/PhotoView';
import type { LoadedImage, PhotoTools } from '../../../../src/taskpane/views/photo/photoCanvas';
import type { Rect, Size } from '../../../../src/taskpane/views/photo/crop';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { ready, renderView } from '../../support/renderView';

// jsdom has no PointerEvent: a MouseEvent with a pointer id is enough for the frame's handlers.
if (typeof window.PointerEvent === 'undefined') {
  class PointerEventPolyfill extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
    }
  }
  (window as unknown as { PointerEvent: unknown }).PointerEvent = PointerEventPolyfill;
}

/** Decoding reads the size from the file's name ("4000x3000.jpg"); rendering records its arguments. */
function fakeTools() {
  const renders: Array<{ crop: Rect; output: Size }> = [];
  const released: string[] = [];
  const tools: PhotoTools = {
    loadImage: async (file: Blob) => {
      const name = (file as File).name;
      const m = /^(\d+)x(\d+)/.exec(name);
      if (!m) throw new Error('cannot decode');
      const url = `blob:${name}`;
      return { width: Number(m[1]), height: Number(m[2]), url, source: {} as CanvasImageSource, release: () => void released.push(url) } satisfies LoadedImage;
    },
    renderJpeg: async (_image, crop, output) => {
      renders.push({ crop, output });
      return new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    },
  };
  return { tools, renders, released };
}

function photo(name: string, type = 'image/jpeg', size = 1000): File {
  const file = new File([new Uint8Array(4)], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function pick(file: File) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Tệp ảnh (JPEG hoặc PNG)'), { target: { files: [file] } });
  });
}

function setup(kind: 'individual' | 'collective' = 'individual') {
  const host = new FakeHost(templateSnapshot(kind));
  const fake = fakeTools();
  const view = renderView(
    <PhotoToolsContext.Provider value={fake.tools}>
      <PhotoView />
    </PhotoToolsContext.Provider>,
    host,
  );
  return { host, ...fake, view };
}

describe('PhotoView', () => {
  it('frames a picked photo at 2:3, says it prints well, and inserts a 472x709 JPEG', async () => {
    const { host, renders } = setup();
    await ready();
    await pick(photo('4000x3000.jpg'));
    const frame = screen.getByRole('group', { name: /Khung ảnh 4x6/ });
    expect(frame).toHaveAttribute('tabindex', '0');
    const img = frame.querySelector('img')!;
    expect(img).toHaveAttribute('src', 'blob:4000x3000.jpg');
    expect(img.style.width).toBe('320px');
    expect(img.style.left).toBe('-80px');
    expect(screen.getByText(/Đủ nét để in cỡ 4x6 cm/)).toBeInTheDocument();
    expect(screen.getByText('Ảnh gốc: 4.000 × 3.000 điểm ảnh. Phần được chọn: 2.000 × 3.000.')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Chèn ảnh' }));
    });
    await waitFor(() => expect(host.callsOf('setPhoto')).toHaveLength(1));
    expect(host.callsOf('setPhoto')[0][0]).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    expect(renders).toEqual([{ crop: { x: 1000, y: 0, width: 2000, height: 3000 }, output: { width: 472, height: 709 } }]);
    expect(await screen.findByText('Đã chèn ảnh vào khung 4x6 của tài liệu.')).toBeInTheDocument();
  });

  it('moves the crop with the arrow keys and by dragging, and zooms with the slider', async () => {
    const { renders } = setup();
    await ready();
    await pick(photo('4000x3000.png', 'image/png'));
    const frame = screen.getByRole('group', { name: /Khung ảnh 4x6/ });
    fireEvent.keyDown(frame, { key: 'ArrowRight' });
    fireEvent.keyDown(frame, { key: 'ArrowLeft', shiftKey: true });
    // +40 then -200 source pixels.
    fireEvent.pointerDown(frame, { clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerMove(frame, { clientX: 116, clientY: 100, pointerId: 1 });
    fireEvent.pointerUp(frame, { pointerId: 1 });
    // Dragging the picture 16 px right moves the window 200 px left.
    const slider = screen.getByRole('slider', { name: 'Phóng to' });
    fireEvent.change(slider, { target: { value: '200' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Chèn ảnh' }));
    });
    await waitFor(() => expect(renders).toHaveLength(1));
    // Centre 2000 + 40 - 200 - 200 = 1640; at zoom 2 the window is 1000x1500 around it.
    expect(renders[0].crop).toEqual({ x: 1140, y: 750, width: 1000, height: 1500 });
    expect(renders[0].output).toEqual({ width: 472, height: 709 });
  });

  it('warns when the crop is too small to print at 4x6 cm, and never upscales it', async () => {
    const { renders } = setup();
    await ready();
    await pick(photo('200x300.jpg'));
    expect(screen.getByText(/Ảnh quá nhỏ để in rõ cỡ 4x6 cm: phần được chọn chỉ có 200 × 300 điểm ảnh \(khoảng 127 dpi\)/)).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Chèn ảnh' }));
    });
    await waitFor(() => expect(renders).toHaveLength(1));
    expect(renders[0].output).toEqual({ width: 200, height: 300 });
  });

  it('refuses files that are not JPEG or PNG, and files too large, with a localised message', async () => {
    const { host } = setup();
    await ready();
    await pick(photo('anh.gif', 'image/gif'));
    expect(screen.getByRole('alert')).toHaveTextContent('Tệp “anh.gif” không phải ảnh JPEG hoặc PNG.');
    await pick(photo('4000x3000.jpg', 'image/jpeg', 64 * 1024 * 1024));
    expect(screen.getByRole('alert')).toHaveTextContent('Tệp “4000x3000.jpg” quá lớn (64 MB). Hãy chọn ảnh dưới 30 MB.');
    await pick(photo('hong.jpg'));
    expect(screen.getByRole('alert')).toHaveTextContent('Không đọc được ảnh “hong.jpg”.');
    expect(screen.queryByRole('button', { name: 'Chèn ảnh' })).toBeNull();
    expect(host.callsOf('setPhoto')).toEqual([]);
  });

  it('takes a dropped photo without letting the drop reach the pane (which opens .docx files)', async () => {
    const { released } = setup();
    await ready();
    const outer = jest.fn();
    document.body.addEventListener('drop', outer);
    const zone = screen.getByTestId('photo-drop');
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files: [photo('600x900.jpg')], types: ['Files'] } });
    });
    expect(screen.getByRole('group', { name: /Khung ảnh 4x6/ })).toBeInTheDocument();
    expect(outer).not.toHaveBeenCalled();
    await pick(photo('800x1200.jpg'));
    expect(released).toEqual(['blob:600x900.jpg']);
    document.body.removeEventListener('drop', outer);
  });

  it('shows a localised error when the picture cannot be rendered or inserted', async () => {
    const { host, tools } = setup();
    await ready();
    await pick(photo('600x900.jpg'));
    tools.renderJpeg = async () => {
      throw new Error('no canvas');
    };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Chèn ảnh' }));
    });
    expect(await screen.findByText('Không tạo được ảnh để chèn vào tài liệu.')).toBeInTheDocument();
    expect(host.callsOf('setPhoto')).toEqual([]);
  });

  it('says a collective report has no photo', async () => {
    setup('collective');
    await ready();
    expect(screen.getByText('Báo cáo tập thể không có ảnh 4x6.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Tệp ảnh (JPEG hoặc PNG)')).toBeNull();
  });
});
