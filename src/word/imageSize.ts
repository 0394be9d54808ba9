/** Pixel size and type of a PNG, JPEG or GIF from its header, without decoding it; null for anything else. */
export interface ImageInfo {
  type: 'png' | 'jpeg' | 'gif';
  width: number;
  height: number;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const width = ((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]) >>> 0;
    const height = ((bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]) >>> 0;
    return width > 0 && height > 0 ? { type: 'png', width, height } : null;
  }
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    const width = bytes[6] | (bytes[7] << 8);
    const height = bytes[8] | (bytes[9] << 8);
    return width > 0 && height > 0 ? { type: 'gif', width, height } : null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      if (marker === 0xff) {
        i++;
        continue;
      }
      const length = (bytes[i + 2] << 8) | bytes[i + 3];
      // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = (bytes[i + 5] << 8) | bytes[i + 6];
        const width = (bytes[i + 7] << 8) | bytes[i + 8];
        return width > 0 && height > 0 ? { type: 'jpeg', width, height } : null;
      }
      if (length < 2) return null;
      i += 2 + length;
    }
    return null;
  }
  return null;
}

/** Points for a 4 x 6 cm photo frame (1 cm = 72 / 2.54 pt). */
export const PHOTO_FRAME_PT = { width: (4 * 72) / 2.54, height: (6 * 72) / 2.54 };

/** Largest size with the image's ratio that fits the frame. */
export function fitToFrame(width: number, height: number, frame = PHOTO_FRAME_PT): { width: number; height: number } {
  const scale = Math.min(frame.width / width, frame.height / height);
  return { width: width * scale, height: height * scale };
}
