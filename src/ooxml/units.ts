/** Units of WordprocessingML: twips (1/20 pt), half-points, EMU (1 mm = 36,000 EMU). */

export const TWIPS_PER_MM = 1440 / 25.4;
export const EMU_PER_MM = 36000;
export const EMU_PER_TWIP = 635;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
