import { PNG } from 'pngjs';
import { detectImage, fitExtent } from '../../src/docx/image';

function png(width: number, height: number): Uint8Array {
  const p = new PNG({ width, height });
  return new Uint8Array(PNG.sync.write(p));
}

describe('detectImage', () => {
  it('reads a PNG and its pixel size', () => {
    expect(detectImage(png(40, 60))).toEqual({ type: 'png', width: 40, height: 60 });
  });

  it('reads a JPEG size from its SOF marker, skipping APPn segments before it', () => {
    const exif = [0xff, 0xe1, 0x00, 0x06, 0x45, 0x78, 0x69, 0x66];
    const sof2 = [
      0xff, 0xc2, 0x00, 0x11, 0x08, 0x01, 0x90, 0x01, 0x2c, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
    ];
    const bytes = new Uint8Array([0xff, 0xd8, ...exif, ...sof2, 0xff, 0xd9]);
    expect(detectImage(bytes)).toEqual({ type: 'jpeg', width: 300, height: 400 });
  });

  it('does not mistake a DHT (0xC4) segment for a frame header', () => {
    const dht = [0xff, 0xc4, 0x00, 0x05, 0x00, 0x00, 0x00];
    const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x64, 0x00, 0x32, 0x01, 0x01, 0x11, 0x00];
    expect(detectImage(new Uint8Array([0xff, 0xd8, ...dht, ...sof0]))).toEqual({
      type: 'jpeg',
      width: 50,
      height: 100,
    });
  });

  it('returns size 0 for a truncated JPEG rather than throwing', () => {
    expect(detectImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toEqual({ type: 'jpeg', width: 0, height: 0 });
  });

  it('rejects other formats and empty input', () => {
    expect(detectImage(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(detectImage(new Uint8Array(0))).toBeNull();
    expect(detectImage(new TextEncoder().encode('<svg/>'))).toBeNull();
  });
});

describe('fitExtent', () => {
  const W = 1440000;
  const H = 2160000;
  it('fills the frame for an exact 2:3 portrait', () => {
    expect(fitExtent(400, 600, W, H)).toEqual({ widthEmu: W, heightEmu: H });
  });
  it('limits a square by the width and keeps it square', () => {
    expect(fitExtent(500, 500, W, H)).toEqual({ widthEmu: W, heightEmu: W });
  });
  it('never exceeds the frame, whatever the size', () => {
    for (const [w, h] of [
      [1, 10000],
      [10000, 1],
      [3, 7],
      [65535, 65534],
    ]) {
      const e = fitExtent(w, h, W, H);
      expect(e.widthEmu).toBeLessThanOrEqual(W);
      expect(e.heightEmu).toBeLessThanOrEqual(H);
      expect(e.widthEmu).toBeGreaterThan(0);
      expect(e.heightEmu).toBeGreaterThan(0);
    }
  });
  it('fills the frame when the pixel size is unknown', () => {
    expect(fitExtent(0, 0, W, H)).toEqual({ widthEmu: W, heightEmu: H });
  });
});
