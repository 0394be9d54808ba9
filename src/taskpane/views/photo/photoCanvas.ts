/**
 * The browser side of the photo form: decoding a picked file and drawing the crop to a JPEG.
 * Kept apart (and injected into the view through PhotoToolsContext) because jsdom has neither image decoding
 * nor canvas: tests replace these two functions and exercise everything else.
 */
import type { Rect, Size } from './crop';

export interface LoadedImage extends Size {
  /** Object URL for the preview; revoked by `release`. */
  url: string;
  /** What the canvas draws from. */
  source: CanvasImageSource;
  release: () => void;
}

export interface PhotoTools {
  loadImage(file: Blob): Promise<LoadedImage>;
  /** Draw `crop` of the source at `output` pixels and encode it as JPEG. */
  renderJpeg(image: LoadedImage, crop: Rect, output: Size): Promise<Uint8Array>;
}

export const ACCEPTED_TYPES = ['image/jpeg', 'image/png'] as const;
/** Larger files are refused before decoding (a phone photo is 2–8 MB). */
export const MAX_PHOTO_BYTES = 30 * 1024 * 1024;
export const JPEG_QUALITY = 0.92;

export function isAcceptedType(type: string): boolean {
  return (ACCEPTED_TYPES as readonly string[]).includes(type.toLowerCase());
}

function loadImage(file: Blob): Promise<LoadedImage> {
  const url = URL.createObjectURL(file);
  const img = new Image();
  return new Promise<LoadedImage>((resolve, reject) => {
    img.onload = () => {
      if (!(img.naturalWidth > 0 && img.naturalHeight > 0)) {
        URL.revokeObjectURL(url);
        reject(new Error('image has no size'));
        return;
      }
      resolve({ width: img.naturalWidth, height: img.naturalHeight, url, source: img, release: () => URL.revokeObjectURL(url) });
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image could not be decoded'));
    };
    img.src = url;
  });
}

async function renderJpeg(image: LoadedImage, crop: Rect, output: Size): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = output.width;
  canvas.height = output.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  // JPEG has no transparency: a transparent PNG gets a white background, as on paper.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image.source, crop.x, crop.y, crop.width, crop.height, 0, 0, output.width, output.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  if (!blob) throw new Error('canvas could not encode JPEG');
  return new Uint8Array(await blob.arrayBuffer());
}

export const browserPhotoTools: PhotoTools = { loadImage, renderJpeg };
