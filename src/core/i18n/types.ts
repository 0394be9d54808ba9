export type Lang = 'vi' | 'en';

/** One area's messages in both languages. Values may hold `{name}` placeholders. */
export interface CatalogArea {
  vi: Record<string, string>;
  en: Record<string, string>;
}
