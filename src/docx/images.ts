/** Pixel size of an image from its header (PNG IHDR, JPEG SOFn, GIF, BMP); null when unknown. */

export interface PixelSize {
  width: number;
  height: number;
}

function be16(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1];
}
function be32(b: Uint8Array, i: number): number {
  return b[i] * 0x1000000 + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
}
function le16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function le32s(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

function valid(width: number, height: number): PixelSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

export function imagePixelSize(b: Uint8Array): PixelSize | null {
  // PNG: signature, then the IHDR chunk first.
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return valid(be32(b, 16), be32(b, 20));
  }
  // JPEG: walk the marker segments up to a start-of-frame.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = b[i + 1];
      if (marker === 0xff) {
        i++;
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      const length = be16(b, i + 2);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return valid(be16(b, i + 7), be16(b, i + 5));
      if (marker === 0xd9 || marker === 0xda || length < 2) return null;
      i += 2 + length;
    }
    return null;
  }
  // GIF87a / GIF89a.
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return valid(le16(b, 6), le16(b, 8));
  // BMP (BITMAPINFOHEADER and later); height is negative for top-down bitmaps.
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) return valid(le32s(b, 18), Math.abs(le32s(b, 22)));
  return null;
}
