/** The page's language: Vietnamese unless English was chosen in its settings (remembered in localStorage). */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { t, type Lang } from '../core/i18n/runtime';
import './logic';

export const LANG_STORAGE_KEY = 'bctt.inbox.lang';

export function savedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface LangValue {
  lang: Lang;
  setLang(lang: Lang): void;
  tr(key: string, params?: Record<string, string | number>): string;
}

const LangContext = createContext<LangValue>({ lang: 'vi', setLang: () => undefined, tr: (key, params) => t(key, params, 'vi') });

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? savedLang());
  const setLang = useCallback((next: Lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<LangValue>(() => ({ lang, setLang, tr: (key, params) => t(key, params, lang) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  return useContext(LangContext);
}
