/**
 * Photo bytes: type detection (JPEG / PNG, from the bytes, not the file name), pixel size, and the
 * extent that fits the 4x6 cm frame with the ratio kept ("contain": never cropped, never distorted).
 */

import { fitWithin, imageInfo, type ImageInfo as CoreImageInfo } from '../core/image';

/** The picture types a .docx photo may have here (Word and the templates take JPEG and PNG). */
export type ImageType = 'jpeg' | 'png';

/** Pixel size 0 when the header could not be read. */
export type ImageInfo = CoreImageInfo<ImageType>;

export const IMAGE_CONTENT_TYPES: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The image's type and pixel size, or null when the bytes are neither JPEG nor PNG. */
export function detectImage(bytes: Uint8Array): ImageInfo | null {
  const info = imageInfo(bytes);
  return info && (info.type === 'jpeg' || info.type === 'png') ? { type: info.type, width: info.width, height: info.height } : null;
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
  const fit = fitWithin(width, height, maxWidthEmu, maxHeightEmu);
  return {
    widthEmu: Math.min(maxWidthEmu, Math.max(1, Math.round(fit.width))),
    heightEmu: Math.min(maxHeightEmu, Math.max(1, Math.round(fit.height))),
  };
}
