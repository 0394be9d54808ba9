/**
 * Image headers, read without decoding: type and pixel size of PNG (IHDR), JPEG (first SOFn), GIF and BMP.
 * One implementation for the .docx writer and reader, the Word host and the task pane.
 */

export type ImageType = 'png' | 'jpeg' | 'gif' | 'bmp';

/** An image's type and pixel size; hosts narrow `T` to the types they accept (the .docx writer: JPEG and PNG). */
export interface ImageInfo<T extends ImageType = ImageType> {
  type: T;
  /** Pixel size; 0 when the header could not be read (the type is still known). */
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): [number, number] {
  // IHDR is the first chunk: length(4) "IHDR"(4) width(4) height(4).
  return b.length >= 24 && b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52 ? [be32(b, 16), be32(b, 20)] : [0, 0];
}

/** Walks JPEG marker segments up to the first start-of-frame (C0–CF except C4, C8, CC). */
function jpegSize(b: Uint8Array): [number, number] {
  let i = 2;
  while (i + 4 <= b.length) {
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
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = be16(b, i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return i + 9 <= b.length ? [be16(b, i + 7), be16(b, i + 5)] : [0, 0];
    if (length < 2) break;
    i += 2 + length;
  }
  return [0, 0];
}

/** The image's type and pixel size from its header, or null when it is none of PNG, JPEG, GIF, BMP. */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  let type: ImageType;
  let size: [number, number];
  if (bytes.length >= 8 && PNG_SIGNATURE.every((v, i) => bytes[i] === v)) [type, size] = ['png', pngSize(bytes)];
  else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) [type, size] = ['jpeg', jpegSize(bytes)];
  else if (bytes.length >= 6 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x38)
    [type, size] = ['gif', bytes.length >= 10 ? [le16(bytes, 6), le16(bytes, 8)] : [0, 0]];
  // BMP (BITMAPINFOHEADER and later); the height is negative for top-down bitmaps.
  else if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d)
    [type, size] = ['bmp', bytes.length >= 26 ? [le32s(bytes, 18), Math.abs(le32s(bytes, 22))] : [0, 0]];
  else return null;
  const [width, height] = size;
  return width > 0 && height > 0 ? { type, width, height } : { type, width: 0, height: 0 };
}

/** Pixel size when the header gives one. */
export function imagePixelSize(bytes: Uint8Array): { width: number; height: number } | null {
  const info = imageInfo(bytes);
  return info && info.width > 0 ? { width: info.width, height: info.height } : null;
}

/** The 4x6 photo frame of the individual template (DESIGN.md §1). */
export const PHOTO_FRAME_MM = { width: 40, height: 60 } as const;

/**
 * The largest size with the ratio width:height that fits maxWidth x maxHeight ("contain": never cropped, never
 * distorted). Unknown sizes (0) fill the frame.
 */
export function fitWithin(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: maxWidth, height: maxHeight };
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: width * scale, height: height * scale };
}
