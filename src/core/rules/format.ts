/** format.page and format.font: the layout of Decree 30/2020/NĐ-CP. */
import type { DocumentSnapshot, FontUsage } from '../snapshot';
import { legacyEncodingOfFont } from '../text';
import type { Finding, RuleConfig } from './types';

/** Hosts report sizes converted from twips or points; allow for rounding. */
const MM_EPSILON = 0.1;

function inRange(value: number, [min, max]: [number, number]): boolean {
  return value >= min - MM_EPSILON && value <= max + MM_EPSILON;
}

export function formatPage(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  const setup = snapshot.pageSetup;
  if (!setup) {
    if (!snapshot.unavailable.includes('pageSetup')) return [];
    return [{ rule: 'format.page', severity: 'info', message: { key: 'findings.format.page.unavailable' } }];
  }
  const out: Finding[] = [];
  const p = config.page;
  const fits = (w: number, h: number) => Math.abs(w - p.widthMm) <= p.sizeToleranceMm && Math.abs(h - p.heightMm) <= p.sizeToleranceMm;
  if (!fits(setup.widthMm, setup.heightMm)) {
    const landscape = fits(setup.heightMm, setup.widthMm);
    out.push({
      rule: 'format.page',
      severity: 'warning',
      message: {
        key: landscape ? 'findings.format.page.landscape' : 'findings.format.page.paper',
        params: { width: round1(setup.widthMm), height: round1(setup.heightMm) },
      },
      fix: { kind: 'applyPageSetup' },
    });
  }
  const m = setup.margins;
  if (!inRange(m.topMm, p.topMm) || !inRange(m.bottomMm, p.bottomMm) || !inRange(m.leftMm, p.leftMm) || !inRange(m.rightMm, p.rightMm)) {
    out.push({
      rule: 'format.page',
      severity: 'warning',
      message: {
        key: 'findings.format.page.margins',
        params: { top: round1(m.topMm), bottom: round1(m.bottomMm), left: round1(m.leftMm), right: round1(m.rightMm) },
      },
      fix: { kind: 'applyPageSetup' },
    });
  }
  return out;
}

function sameFont(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function describe(usage: FontUsage): string {
  return usage.sizePt === null ? usage.name : `${usage.name} ${round1(usage.sizePt)} pt`;
}

/** Body text in another font or size than the decree's, beyond a small share (headings, symbols), is a warning. */
export function formatFont(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  const { name, minPt, maxPt, tolerance } = config.font;
  // Legacy fonts (TCVN3, VNI) are encoding.legacy's: converting them also changes the font.
  const usages = snapshot.fonts.filter((f) => f.chars > 0 && !legacyEncodingOfFont(f.name));
  const total = usages.reduce((sum, f) => sum + f.chars, 0);
  if (total === 0) return [];
  const off = usages.filter(
    (f) => !sameFont(f.name, name) || (f.sizePt !== null && (f.sizePt < minPt - 0.01 || f.sizePt > maxPt + 0.01)),
  );
  const offChars = off.reduce((sum, f) => sum + f.chars, 0);
  if (offChars / total <= tolerance) return [];
  const details = [...off]
    .sort((a, b) => b.chars - a.chars)
    .slice(0, 3)
    .map(describe)
    .join(', ');
  return [
    {
      rule: 'format.font',
      severity: 'warning',
      message: {
        key: 'findings.format.font',
        params: { details, percent: Math.round((offChars / total) * 100), font: name, min: minPt, max: maxPt },
      },
      fix: { kind: 'applyBodyFont' },
    },
  ];
}

/** Round to one decimal (millimetres and points in messages). */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
