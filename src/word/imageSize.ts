import { fitWithin, imageInfo as headerInfo, PHOTO_FRAME_MM, type ImageInfo as CoreImageInfo } from '../core/image';

/** Pixel size and type of a PNG, JPEG or GIF from its header, without decoding it. */
export type ImageInfo = CoreImageInfo<'png' | 'jpeg' | 'gif'>;

/** The picture types Word's insertInlinePictureFromBase64 is given here, with a readable size. */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = headerInfo(bytes);
  if (!info || info.type === 'bmp' || !(info.width > 0)) return null;
  return { type: info.type, width: info.width, height: info.height };
}

/** Points for a 4 x 6 cm photo frame (1 mm = 72 / 25.4 pt). */
export const PHOTO_FRAME_PT = { width: (PHOTO_FRAME_MM.width * 72) / 25.4, height: (PHOTO_FRAME_MM.height * 72) / 25.4 };

/** Largest size with the image's ratio that fits the frame. */
export function fitToFrame(width: number, height: number, frame = PHOTO_FRAME_PT): { width: number; height: number } {
  return fitWithin(width, height, frame.width, frame.height);
}
