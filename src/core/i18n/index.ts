import { AREAS } from './catalogs';
import type { Lang } from './types';

export type { Lang, CatalogArea } from './types';

type Catalog = Record<string, string>;

function merge(lang: Lang): Catalog {
  const out: Catalog = {};
  for (const area of Object.values(AREAS)) Object.assign(out, area[lang]);
  return out;
}

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { vi: merge('vi'), en: merge('en') };

export const DEFAULT_LANG: Lang = 'vi';

/** Fill `{name}` placeholders; numbers are formatted for the language (1.000 in Vietnamese, 1,000 in English). */
export function format(template: string, params: Record<string, string | number> = {}, lang: Lang = DEFAULT_LANG): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

export function formatNumber(value: number, lang: Lang = DEFAULT_LANG): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const [intPart, fraction] = Math.abs(value).toString().split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  const decimal = fraction ? (lang === 'vi' ? ',' : '.') + fraction : '';
  return (negative ? '-' : '') + grouped + decimal;
}

/**
 * The localised text of a message key. Unknown keys fall back to Vietnamese, then to the key itself,
 * so a missing translation is visible instead of crashing.
 */
export function t(key: string, params?: Record<string, string | number>, lang: Lang = DEFAULT_LANG): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.vi[key] ?? key;
  return format(template, params, lang);
}

export function hasMessage(key: string): boolean {
  return key in CATALOGS.vi && key in CATALOGS.en;
}

/** Pick the UI language from an Office/browser display language such as "en-US" or "vi-VN". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'vi';
}
