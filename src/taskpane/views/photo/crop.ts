/**
 * Crop math for the 4x6 photo: a 2:3 (width:height) window over the source image that the person can move
 * and zoom, and what it yields when printed 4 cm wide.
 *
 * All sizes are in source pixels. The crop state is the window's centre and a zoom factor; the window itself
 * is derived and always kept inside the image, so no state a pointer or key can produce shows empty space.
 */

/** Width:height of the frame (4x6 cm portrait). */
export const FRAME_RATIO = 2 / 3;
/** Printed size of the photo. */
export const PRINT_WIDTH_CM = 4;
export const PRINT_HEIGHT_CM = 6;
/** 300 dpi at 4x6 cm: the output size when the source allows it. */
export const TARGET_OUTPUT = { width: 472, height: 709 } as const;
export const MAX_ZOOM = 8;

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CropState {
  /** Centre of the window, in source pixels. */
  cx: number;
  cy: number;
  /** 1 = the largest 2:3 window that fits; larger shows less of the image. */
  zoom: number;
}

export type PrintQuality = 'good' | 'fair' | 'low';

/** True for a usable image size: finite, positive. */
export function isValidSize(size: Size): boolean {
  return Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0 && size.height > 0;
}

function assertSize(size: Size): void {
  if (!isValidSize(size)) throw new RangeError(`invalid image size ${size.width}x${size.height}`);
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** The largest 2:3 window that fits inside the image (zoom 1). */
export function baseWindow(size: Size): Size {
  assertSize(size);
  if (size.width / size.height > FRAME_RATIO) return { width: size.height * FRAME_RATIO, height: size.height };
  return { width: size.width, height: size.width / FRAME_RATIO };
}

/** The highest zoom: MAX_ZOOM, but never a window narrower than one source pixel. */
export function maxZoom(size: Size): number {
  return clamp(baseWindow(size).width, 1, MAX_ZOOM);
}

/** Zoom 1, centred. */
export function initialCrop(size: Size): CropState {
  assertSize(size);
  return { cx: size.width / 2, cy: size.height / 2, zoom: 1 };
}

/** The state brought back inside its limits: zoom in [1, maxZoom], window inside the image. */
export function clampCrop(size: Size, state: CropState): CropState {
  const zoom = clamp(state.zoom, 1, maxZoom(size));
  const base = baseWindow(size);
  const w = base.width / zoom;
  const h = base.height / zoom;
  return { zoom, cx: clamp(state.cx, w / 2, size.width - w / 2), cy: clamp(state.cy, h / 2, size.height - h / 2) };
}

/** The window in source pixels, for the preview and the canvas. */
export function cropRect(size: Size, state: CropState): Rect {
  const s = clampCrop(size, state);
  const base = baseWindow(size);
  const width = base.width / s.zoom;
  const height = base.height / s.zoom;
  return { x: s.cx - width / 2, y: s.cy - height / 2, width, height };
}

/** Move the window by (dx, dy) source pixels. */
export function moveCrop(size: Size, state: CropState, dx: number, dy: number): CropState {
  return clampCrop(size, { ...state, cx: state.cx + dx, cy: state.cy + dy });
}

/** Set the zoom, keeping the window's centre where it is (as far as the image allows). */
export function zoomCrop(size: Size, state: CropState, zoom: number): CropState {
  return clampCrop(size, { ...state, zoom });
}

/**
 * Dragging the picture inside the frame: the picture follows the pointer, so the window moves the other way.
 * `frameWidth` is the frame's displayed width in CSS pixels.
 */
export function dragCrop(size: Size, state: CropState, dxDisplay: number, dyDisplay: number, frameWidth: number): CropState {
  if (!(frameWidth > 0)) return clampCrop(size, state);
  const scale = cropRect(size, state).width / frameWidth;
  return moveCrop(size, state, -dxDisplay * scale, -dyDisplay * scale);
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** Arrow keys move the window by 2 % of its width (10 % with Shift), in the direction of the arrow. */
export function nudgeCrop(size: Size, state: CropState, key: ArrowKey, large = false): CropState {
  const step = cropRect(size, state).width * (large ? 0.1 : 0.02);
  const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
  return moveCrop(size, state, d[0], d[1]);
}

/** Dots per inch of the window when printed 4 cm wide. */
export function printDpi(rect: Pick<Rect, 'width'>): number {
  return rect.width / (PRINT_WIDTH_CM / 2.54);
}

/** Window widths for the grades: 472 px is 300 dpi at 4 cm (the letter's 4x6 print), 236 px is 150 dpi. */
export const MIN_PRINT_WIDTH = 236;

export function printQuality(rect: Pick<Rect, 'width'>): PrintQuality {
  if (rect.width >= TARGET_OUTPUT.width) return 'good';
  if (rect.width >= MIN_PRINT_WIDTH) return 'fair';
  return 'low';
}

/**
 * Pixel size of the rendered photo: 472x709 (300 dpi at 4x6 cm) whenever the window holds at least that many
 * source pixels; otherwise the window's own size (never upscaled: that would hide a low resolution), at least 1x1,
 * always 2:3 to the pixel.
 */
export function outputSize(rect: Pick<Rect, 'width' | 'height'>): Size {
  if (rect.width >= TARGET_OUTPUT.width) return { ...TARGET_OUTPUT };
  const width = Math.max(1, Math.floor(rect.width));
  return { width, height: Math.max(1, Math.round(width / FRAME_RATIO)) };
}

/** Where to draw the whole image inside a frame of `frameWidth` CSS pixels so that the window fills it. */
export function previewPlacement(size: Size, state: CropState, frameWidth: number): { left: number; top: number; width: number; height: number } {
  const rect = cropRect(size, state);
  const scale = frameWidth / rect.width;
  return { left: -rect.x * scale, top: -rect.y * scale, width: size.width * scale, height: size.height * scale };
}
