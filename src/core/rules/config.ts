import { DECREE30_LAYOUT as L } from '../template/layout';
import type { RuleConfig } from './types';

/**
 * Default thresholds of every rule (DESIGN.md §3). `now` is read when the config is resolved,
 * so callers that need a fixed instant (tests, the command line) pass their own.
 */
export const DEFAULT_RULE_CONFIG: Readonly<Omit<RuleConfig, 'now'>> = {
  summaryTargetWords: 1000,
  summaryErrorRatio: 0.9,
  minPages: 2,
  // The generated template lays out 450–550 words of summary per A4 page.
  wordsPerPageEstimate: 500,
  fixedPagesEstimate: 0.6,
  birthYear: { minAge: 18, maxAge: 75 },
  photoRatioTolerance: 0.1,
  // The decree's paper and ranges, from the one definition of the layout (src/core/template/layout.ts).
  page: {
    widthMm: L.paper.widthMm,
    heightMm: L.paper.heightMm,
    sizeToleranceMm: 2,
    topMm: [...L.marginRangesMm.top],
    bottomMm: [...L.marginRangesMm.bottom],
    leftMm: [...L.marginRangesMm.left],
    rightMm: [...L.marginRangesMm.right],
  },
  font: { name: L.font.name, minPt: L.font.minPt, maxPt: L.font.maxPt, tolerance: 0.05 },
  cityName: 'Thành phố Hồ Chí Minh',
  deadlineReading: 'strict',
  deadlineWarningDays: 7,
};

/** A partial configuration; nested objects may be given in part too. */
export type PartialRuleConfig = Partial<Omit<RuleConfig, 'birthYear' | 'page' | 'font'>> & {
  birthYear?: Partial<RuleConfig['birthYear']>;
  page?: Partial<RuleConfig['page']>;
  font?: Partial<RuleConfig['font']>;
};

/** The full configuration: defaults, overridden by `partial` (nested objects merged), `now` defaulting to the current instant. */
export function resolveConfig(partial: PartialRuleConfig = {}): RuleConfig {
  const d = DEFAULT_RULE_CONFIG;
  return {
    ...d,
    ...stripUndefined(partial),
    now: partial.now ?? new Date(),
    birthYear: { ...d.birthYear, ...stripUndefined(partial.birthYear ?? {}) },
    page: { ...d.page, ...stripUndefined(partial.page ?? {}) },
    font: { ...d.font, ...stripUndefined(partial.font ?? {}) },
  } as RuleConfig;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
