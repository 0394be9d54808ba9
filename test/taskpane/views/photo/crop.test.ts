import {
  MAX_ZOOM,
  TARGET_OUTPUT,
  baseWindow,
  clampCrop,
  cropRect,
  dragCrop,
  initialCrop,
  isValidSize,
  maxZoom,
  moveCrop,
  nudgeCrop,
  outputSize,
  previewPlacement,
  printDpi,
  printQuality,
  zoomCrop,
  type Rect,
  type Size,
} from '../../../../src/taskpane/views/photo/crop';

function expectInside(size: Size, rect: Rect) {
  expect(rect.x).toBeGreaterThanOrEqual(-1e-9);
  expect(rect.y).toBeGreaterThanOrEqual(-1e-9);
  expect(rect.x + rect.width).toBeLessThanOrEqual(size.width + 1e-9);
  expect(rect.y + rect.height).toBeLessThanOrEqual(size.height + 1e-9);
  expect(rect.width / rect.height).toBeCloseTo(2 / 3, 9);
}

describe('the 2:3 window', () => {
  it('takes the full height of a landscape photo, centred', () => {
    const size = { width: 4000, height: 3000 };
    expect(baseWindow(size)).toEqual({ width: 2000, height: 3000 });
    expect(cropRect(size, initialCrop(size))).toEqual({ x: 1000, y: 0, width: 2000, height: 3000 });
  });

  it('takes the full width of a tall photo, centred', () => {
    const size = { width: 1000, height: 3000 };
    expect(cropRect(size, initialCrop(size))).toEqual({ x: 0, y: 750, width: 1000, height: 1500 });
  });

  it('is the whole image when it is already 2:3', () => {
    const size = { width: 472, height: 708 };
    expect(cropRect(size, initialCrop(size))).toEqual({ x: 0, y: 0, width: 472, height: 708 });
  });

  it.each([
    ['tiny', { width: 3, height: 2 }],
    ['one pixel', { width: 1, height: 1 }],
    ['huge', { width: 40000, height: 30000 }],
    ['panorama 1000:1', { width: 100000, height: 100 }],
    ['thread 1:1000', { width: 10, height: 10000 }],
  ])('stays inside a %s image, at any zoom and after any move', (_name, size) => {
    for (const zoom of [0, 0.5, 1, 2, 8, 100, Number.NaN]) {
      let state = zoomCrop(size, initialCrop(size), zoom);
      expectInside(size, cropRect(size, state));
      for (const [dx, dy] of [[1e9, 1e9], [-1e9, -1e9], [Number.NaN, 0]]) {
        state = moveCrop(size, state, dx, dy);
        expectInside(size, cropRect(size, state));
      }
    }
  });

  it('rejects sizes that are not images', () => {
    expect(isValidSize({ width: 0, height: 10 })).toBe(false);
    expect(isValidSize({ width: Number.POSITIVE_INFINITY, height: 10 })).toBe(false);
    expect(() => initialCrop({ width: -1, height: 10 })).toThrow(RangeError);
    expect(() => cropRect({ width: Number.NaN, height: 10 }, { cx: 0, cy: 0, zoom: 1 })).toThrow(RangeError);
  });
});

describe('zoom', () => {
  it('is limited to 1..8, and to 1 when the window is one pixel wide', () => {
    const size = { width: 3000, height: 4500 };
    expect(maxZoom(size)).toBe(MAX_ZOOM);
    expect(zoomCrop(size, initialCrop(size), 50).zoom).toBe(MAX_ZOOM);
    expect(zoomCrop(size, initialCrop(size), 0.2).zoom).toBe(1);
    expect(maxZoom({ width: 1, height: 1 })).toBe(1);
    expect(maxZoom({ width: 4, height: 6 })).toBe(4);
  });

  it('keeps the centre where it was, unless that would leave the image', () => {
    const size = { width: 3000, height: 4500 };
    const zoomed = zoomCrop(size, { cx: 1000, cy: 1000, zoom: 1 }, 3);
    expect(cropRect(size, zoomed)).toEqual({ x: 500, y: 250, width: 1000, height: 1500 });
    const backOut = zoomCrop(size, zoomed, 1);
    expect(cropRect(size, backOut)).toEqual({ x: 0, y: 0, width: 3000, height: 4500 });
    expect(clampCrop(size, zoomed)).toEqual(zoomed);
  });
});

describe('moving', () => {
  const size = { width: 4000, height: 3000 };

  it('drags the picture with the pointer: the window moves the other way, scaled to the frame', () => {
    // Window 2000 px wide shown in a 160 px frame: 1 CSS px = 12.5 source px.
    const moved = dragCrop(size, initialCrop(size), 16, 0, 160);
    expect(cropRect(size, moved).x).toBe(1000 - 200);
    expect(dragCrop(size, initialCrop(size), 16, 0, 0)).toEqual(initialCrop(size));
  });

  it('nudges by 2 % of the window with the arrows, 10 % with Shift', () => {
    const start = initialCrop(size);
    expect(cropRect(size, nudgeCrop(size, start, 'ArrowRight')).x).toBe(1040);
    expect(cropRect(size, nudgeCrop(size, start, 'ArrowLeft', true)).x).toBe(800);
    // Vertically there is no room at zoom 1: nothing moves.
    expect(cropRect(size, nudgeCrop(size, start, 'ArrowDown')).y).toBe(0);
    const zoomed = zoomCrop(size, start, 2);
    expect(cropRect(size, nudgeCrop(size, zoomed, 'ArrowUp')).y).toBe(750 - 20);
  });

  it('places the preview so that the window fills the frame', () => {
    expect(previewPlacement(size, initialCrop(size), 160)).toEqual({ left: -80, top: -0, width: 320, height: 240 });
  });
});

describe('print resolution', () => {
  it('measures dots per inch at 4 cm wide', () => {
    expect(printDpi({ width: 472 })).toBeCloseTo(299.7, 1);
    expect(printDpi({ width: 236 })).toBeCloseTo(149.9, 1);
  });

  it('grades the crop: good from 300 dpi, fair from 150, low below', () => {
    expect(printQuality({ width: 472 })).toBe('good');
    expect(printQuality({ width: 471 })).toBe('fair');
    expect(printQuality({ width: 236 })).toBe('fair');
    expect(printQuality({ width: 234 })).toBe('low');
    expect(printQuality({ width: 1 })).toBe('low');
  });

  it('renders at 472x709 when the source allows, otherwise at the crop’s own size (never upscaled)', () => {
    expect(outputSize({ width: 3000, height: 4500 })).toEqual(TARGET_OUTPUT);
    expect(outputSize({ width: 472, height: 708 })).toEqual(TARGET_OUTPUT);
    expect(outputSize({ width: 300.7, height: 451 })).toEqual({ width: 300, height: 450 });
    expect(outputSize({ width: 0.6667, height: 1 })).toEqual({ width: 1, height: 2 });
  });
});
