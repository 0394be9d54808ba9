import { calendar } from './catalogs/calendar';
import { findings } from './catalogs/findings';
import { mail } from './catalogs/mail';
import { settings } from './catalogs/settings';
import type { CatalogArea, Lang } from './types';

export type { Lang, CatalogArea } from './types';

type Catalog = Record<string, string>;

/**
 * The messages known so far. The core's own areas are always there; every other area is registered by the module
 * that uses it (the docx reader, the Word host, the mail clients, the task pane, the command line), so the task
 * pane's first download does not carry the command line's or the mail clients' messages.
 */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { vi: {}, en: {} };

export function registerCatalog(...areas: CatalogArea[]): void {
  for (const area of areas) {
    Object.assign(CATALOGS.vi, area.vi);
    Object.assign(CATALOGS.en, area.en);
  }
}

registerCatalog(calendar, findings, mail, settings);

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
