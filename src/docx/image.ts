/**
 * Photo bytes: type detection (JPEG / PNG, from the bytes, not the file name), pixel size, and the
 * extent that fits the 4x6 cm frame with the ratio kept ("contain": never cropped, never distorted).
 */

export type ImageType = 'jpeg' | 'png';

export interface ImageInfo {
  type: ImageType;
  /** Pixel size; 0 when the header could not be read. */
  width: number;
  height: number;
}

export const IMAGE_CONTENT_TYPES: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function u16be(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1];
}

function u32be(b: Uint8Array, i: number): number {
  return ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): { width: number; height: number } {
  // IHDR is the first chunk: length(4) "IHDR"(4) width(4) height(4).
  if (b.length >= 24 && b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52) {
    return { width: u32be(b, 16), height: u32be(b, 20) };
  }
  return { width: 0, height: 0 };
}

function jpegSize(b: Uint8Array): { width: number; height: number } {
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
    // Markers without a length.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = u16be(b, i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof && i + 9 <= b.length) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if (length < 2) break;
    i += 2 + length;
  }
  return { width: 0, height: 0 };
}

/** The image's type and pixel size, or null when the bytes are neither JPEG nor PNG. */
export function detectImage(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((v, i) => bytes[i] === v)) {
    return { type: 'png', ...pngSize(bytes) };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { type: 'jpeg', ...jpegSize(bytes) };
  }
  return null;
}

/**
 * The largest extent of ratio width:height that fits in maxWidth x maxHeight (EMU), rounded to whole EMU.
 * Unknown pixel sizes (0) fill the frame.
 */
export function fitExtent(
  width: number,
  height: number,
  maxWidthEmu: number,
  maxHeightEmu: number,
): { widthEmu: number; heightEmu: number } {
  if (!(width > 0) || !(height > 0)) return { widthEmu: maxWidthEmu, heightEmu: maxHeightEmu };
  const scale = Math.min(maxWidthEmu / width, maxHeightEmu / height);
  return {
    widthEmu: Math.min(maxWidthEmu, Math.max(1, Math.round(width * scale))),
    heightEmu: Math.min(maxHeightEmu, Math.max(1, Math.round(height * scale))),
  };
}
