import { PNG } from 'pngjs';
import { fitWithin, imageInfo, imagePixelSize, PHOTO_FRAME_MM } from '../../src/core/image';

const png = (w: number, h: number) => new Uint8Array(PNG.sync.write(new PNG({ width: w, height: h })));

/** A minimal JPEG header: SOI, an APP0 segment, then a baseline SOF0 with the size. */
function jpeg(w: number, h: number, sof = 0xc0): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, sof, 0x00, 0x11, 0x08, h >> 8, h & 255, w >> 8, w & 255, 0x03, 0, 0, 0]);
}

describe('image headers', () => {
  it('reads PNG, baseline and progressive JPEG, GIF and BMP sizes', () => {
    expect(imageInfo(png(472, 709))).toEqual({ type: 'png', width: 472, height: 709 });
    expect(imageInfo(jpeg(400, 600))).toEqual({ type: 'jpeg', width: 400, height: 600 });
    expect(imageInfo(jpeg(400, 600, 0xc2))).toEqual({ type: 'jpeg', width: 400, height: 600 });
    expect(imageInfo(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 15, 0]))).toEqual({ type: 'gif', width: 10, height: 15 });
    const bmp = new Uint8Array(26);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 20, true);
    new DataView(bmp.buffer).setInt32(22, -30, true); // top-down
    expect(imageInfo(bmp)).toEqual({ type: 'bmp', width: 20, height: 30 });
  });

  it('knows the type of a truncated header but not its size', () => {
    expect(imageInfo(png(10, 10).slice(0, 12))).toEqual({ type: 'png', width: 0, height: 0 });
    expect(imageInfo(jpeg(10, 10).slice(0, 9))).toEqual({ type: 'jpeg', width: 0, height: 0 });
    expect(imagePixelSize(jpeg(10, 10).slice(0, 9))).toBeNull();
  });

  it('returns null for anything else, including empty input and text', () => {
    expect(imageInfo(new Uint8Array())).toBeNull();
    expect(imageInfo(new TextEncoder().encode('<svg/>'))).toBeNull();
  });

  it('does not loop on a JPEG whose segment lengths are garbage', () => {
    const bad = new Uint8Array(10_000).fill(0xff);
    bad.set([0xff, 0xd8, 0xff]);
    expect(imageInfo(bad)).toEqual({ type: 'jpeg', width: 0, height: 0 });
  });
});

describe('fitting the 4x6 frame', () => {
  it('keeps the ratio and never exceeds the frame', () => {
    expect(fitWithin(400, 600, PHOTO_FRAME_MM.width, PHOTO_FRAME_MM.height)).toEqual({ width: 40, height: 60 });
    expect(fitWithin(600, 600, 40, 60)).toEqual({ width: 40, height: 40 });
    expect(fitWithin(100, 1000, 40, 60)).toEqual({ width: 6, height: 60 });
  });

  it('fills the frame when the size is unknown', () => {
    expect(fitWithin(0, 0, 40, 60)).toEqual({ width: 40, height: 60 });
  });
});
