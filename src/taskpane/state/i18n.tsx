import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type Lang, catalogsLoaded, loadCatalogs, t as translate } from '../../core/i18n';
// The `ui` messages: registered at import in tests; loaded per language in the browser build (uiMessages.web.ts).
import '../../core/i18n/uiMessages';

export interface I18n {
  lang: Lang;
  /** Localised text of a message key (src/core/i18n catalogs). */
  t: (key: string, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n>({ lang: 'vi', t: (key, params) => translate(key, params, 'vi') });

/**
 * `pseudo` wraps every message in brackets and lengthens it by ~40 %: a test renders the pane with it to prove
 * no text is hard-coded (all visible text is bracketed) and that long strings do not break the layout.
 */
export function I18nProvider({ lang: wanted, pseudo = false, children }: { lang: Lang; pseudo?: boolean; children: ReactNode }) {
  const lang = useLoadedLanguage(wanted);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: pseudo ? (key, params) => pseudoLocalise(translate(key, params, lang)) : (key, params) => translate(key, params, lang),
    }),
    [lang, pseudo],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The language to show: `wanted` once its messages are loaded (at once in tests and Node; the browser build loads a
 * language's messages on first use), until then the language shown before, so no key ever shows as text.
 */
function useLoadedLanguage(wanted: Lang): Lang {
  const [shown, setShown] = useState<Lang>(wanted);
  const ready = catalogsLoaded(wanted);
  useEffect(() => {
    if (catalogsLoaded(wanted)) {
      setShown(wanted);
      return undefined;
    }
    let live = true;
    loadCatalogs(wanted).then(
      () => {
        if (live) setShown(wanted);
      },
      () => undefined, // offline: keep the language already shown; the next change tries again
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return ready ? wanted : shown;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** "Gửi" -> "⟦Gửi ·····⟧": visibly marked and about 40 % longer (long words included, to test wrapping). */
export function pseudoLocalise(text: string): string {
  const padding = '·'.repeat(Math.max(2, Math.ceil(text.length * 0.4)));
  return `⟦${text} ${padding}⟧`;
}
