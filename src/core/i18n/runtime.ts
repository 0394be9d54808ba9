import type { MessageKey } from './keys';
import type { CatalogArea, Lang } from './types';

export type { Lang, CatalogArea } from './types';

type Catalog = Record<string, string>;

/**
 * The message store and `t`, without any message: src/core/i18n/index.ts adds the core's own areas. Every other
 * area is registered by the module that uses it (the docx reader, the Word host, the mail clients, the task pane, the
 * command line), so the task pane's first download does not carry the command line's or the mail clients' messages.
 * In the browser build some areas are deferred instead (deferCatalog): loaded per language when the pane needs them.
 */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { vi: {}, en: {} };

export function registerCatalog(...areas: CatalogArea[]): void {
  for (const area of areas) {
    Object.assign(CATALOGS.vi, area.vi);
    Object.assign(CATALOGS.en, area.en);
  }
}

export const DEFAULT_LANG: Lang = 'vi';

/**
 * Areas an AppError's message may come from that the browser build defers (a host's refusals, settings problems):
 * loaded before an error is shown (src/taskpane/ui/ErrorMessage.tsx). Nothing to load in Node.
 */
export const ERROR_AREAS: readonly string[] = ['host', 'settings'];

/**
 * The `ui` messages only later parts of the pane show (src/core/i18n/catalogs/uiLater.ts): deferred in the browser
 * build, loaded by those parts; registered with the rest of `ui` in Node.
 */
export const LATER_UI: readonly string[] = ['uiLater'];

/** Loads an area's messages for a language; may return both languages (they are all registered). */
export type CatalogLoader = (lang: Lang) => Promise<Partial<Record<Lang, Catalog>>>;

const deferred = new Map<string, { load: CatalogLoader; loaded: Set<Lang>; pending: Map<Lang, Promise<void>> }>();

/**
 * Declares an area whose messages are loaded on demand (browser build: one language at a time). Until
 * `loadCatalogs` has loaded it, `t` falls back as for any missing message (Vietnamese, then the key).
 */
export function deferCatalog(name: string, load: CatalogLoader): void {
  if (!deferred.has(name)) deferred.set(name, { load, loaded: new Set(), pending: new Map() });
}

/**
 * Loads deferred areas for `lang` (by default every deferred area already loaded in some language, as when the
 * person switches language). Resolves at once when there is nothing to load, as in Node where nothing is deferred.
 */
export function loadCatalogs(lang: Lang, names?: readonly string[]): Promise<void> {
  const wanted = names ?? [...deferred].filter(([, area]) => area.loaded.size > 0).map(([name]) => name);
  const loads: Promise<void>[] = [];
  for (const name of wanted) {
    const area = deferred.get(name);
    if (!area || area.loaded.has(lang)) continue;
    let pending = area.pending.get(lang);
    if (!pending) {
      pending = area.load(lang).then(
        (messages) => {
          for (const l of ['vi', 'en'] as const) {
            const part = messages[l];
            if (!part) continue;
            Object.assign(CATALOGS[l], part);
            area.loaded.add(l);
          }
          area.pending.delete(lang);
        },
        (error: unknown) => {
          // A failed download may be retried by the next call.
          area.pending.delete(lang);
          throw error;
        },
      );
      area.pending.set(lang, pending);
    }
    loads.push(pending);
  }
  return loads.length ? Promise.all(loads).then(() => undefined) : Promise.resolve();
}

/** True when every deferred area in use (or the named ones) has its `lang` messages. Always true in Node. */
export function catalogsLoaded(lang: Lang, names?: readonly string[]): boolean {
  for (const [name, area] of deferred) {
    if (names ? !names.includes(name) : area.loaded.size === 0) continue;
    if (!area.loaded.has(lang)) return false;
  }
  return true;
}

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

export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGS.vi && key in CATALOGS.en;
}

/** Pick the UI language from an Office/browser display language such as "en-US" or "vi-VN". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'vi';
}
