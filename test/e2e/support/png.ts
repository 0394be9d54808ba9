/** A synthetic portrait photo as PNG (pngjs): plain background, shoulders and a face, any size. */
import { PNG } from 'pngjs';

export function portraitPng(width = 600, height = 900): Buffer {
  const png = new PNG({ width, height });
  const cx = width / 2;
  const faceY = height * 0.38;
  const rx = width * 0.2;
  const ry = height * 0.17;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb: [number, number, number] = [214, 228, 242]; // light blue background, as ID photos
      const dx = (x - cx) / rx;
      const dy = (y - faceY) / ry;
      const shoulders = y > height * 0.62 && Math.abs(x - cx) < width * 0.45 - (height - y) * 0.3;
      if (shoulders) rgb = [40, 52, 80]; // dark jacket
      if (dx * dx + dy * dy <= 1) rgb = [233, 196, 160]; // face
      if (dy < -0.45 && dx * dx + dy * dy <= 1.15) rgb = [40, 30, 25]; // hair
      const i = (y * width + x) * 4;
      png.data[i] = rgb[0];
      png.data[i + 1] = rgb[1];
      png.data[i + 2] = rgb[2];
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
