/**
 * Draws the add-in icons (assets/icon-<size>.png) with pngjs: a blue rounded square holding a white
 * document with a folded corner, two text lines and a green check mark. Shapes are described in a
 * unit square and sampled 4x4 per pixel, so every size is anti-aliased from the same drawing.
 *
 * Run: npx tsx scripts/make-icons.ts   (the PNGs are committed; rerun only when the design changes)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const FOLD: Rgba = [198, 222, 245, 255];
const LINE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [16, 124, 16, 255]; // #107C10
const NONE: Rgba = [0, 0, 0, 0];

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of the drawing at a point of the unit square (y grows downwards). */
export function colourAt(x: number, y: number, size: number): Rgba {
  // Check mark on top of everything, so it stays readable at 16 px.
  const stroke = size <= 16 ? 0.075 : 0.06;
  const check =
    Math.min(distanceToSegment(x, y, 0.4, 0.64, 0.5, 0.74), distanceToSegment(x, y, 0.5, 0.74, 0.7, 0.5)) <= stroke;
  if (check) return GREEN;
  const [docL, docT, docR, docB, fold] = [0.26, 0.14, 0.74, 0.86, 0.14];
  if (x >= docL && x <= docR && y >= docT && y <= docB) {
    const fromCorner = docR - x + (y - docT); // distance-like measure from the top-right corner
    if (fromCorner < fold) return inRoundedRect(x, y, 0, 0, 1, 1, 0.18) ? BLUE : NONE; // cut corner
    if (x > docR - fold && y < docT + fold) return FOLD; // the folded flap
    if (size >= 32) {
      const lineHalf = 0.025;
      for (const ly of [0.36, 0.47]) {
        if (Math.abs(y - ly) <= lineHalf && x >= 0.34 && x <= 0.66) return LINE;
      }
    }
    return WHITE;
  }
  return inRoundedRect(x, y, 0, 0, 1, 1, 0.18) ? BLUE : NONE;
}

/** Renders one icon as a PNG buffer. */
export function renderIcon(size: number, samples = 4): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          // Premultiplied accumulation keeps anti-aliased edges free of dark fringes.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round(a / (samples * samples));
    }
  }
  return PNG.sync.write(png);
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
