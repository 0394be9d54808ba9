/**
 * The task pane's providers, outermost first: settings (per user), i18n (the language chosen in Settings, else
 * Vietnamese — whatever Office's or the browser's language: the users are Vietnamese school staff, and English Office
 * and browsers are common on their computers), Fluent's theme (Office's theme in Word, the browser's colour scheme in file mode),
 * the document host, live checks and navigation; then the shell, with the print preview beside it in a wide tab.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { DocumentHost } from '../../core/host';
import { DEFAULT_LANG, type Lang } from '../../core/i18n';
import type { BootInfo, ThemeChoice } from '../boot/detect';
import { SendEnvProvider, type SendEnv, type SendEnvLoader } from '../state/sendEnv';
import { ChecksProvider } from '../state/checks';
import { HostProvider, useHostApi, type HostFactory } from '../state/host';
import { I18nProvider } from '../state/i18n';
import { NavigationProvider, type ViewId } from '../state/navigation';
import { SettingsProvider, useSettings } from '../state/settings';
import { applyOnboardingLink, defaultStorage, loadSettings, type SettingsStorage } from '../../storage/settingsStore';
import { FirstViewProvider, useFirstViewGate } from '../state/firstView';
import { Shell } from './Shell';
import { lightTheme, loadDarkTheme, loadedDarkTheme } from './theme';
import { PaneLayout } from '../preview/PaneLayout';

export interface AppProps {
  boot: BootInfo;
  /** The WordHost in word mode; null in file mode until a file is opened. */
  host: DocumentHost | null;
  /** Makes file-mode hosts (open a .docx, new from template); built by the boot code. */
  hostFactory?: HostFactory | null;
  /** What the send view needs from outside React (Office or the browser): given by the boot code, as a loader there. */
  sendEnv: SendEnv | SendEnvLoader;
  storage?: SettingsStorage;
  /** Pseudo-locale (tests): every text bracketed and lengthened. */
  pseudo?: boolean;
  /** Injectable clock and debounce delay for the live checks (tests). */
  now?: () => Date;
  delayMs?: number;
  initialView?: ViewId;
}

/** True when the browser prefers a dark colour scheme; follows changes. */
function usePrefersDark(enabled: boolean): boolean {
  const query = enabled && typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const listener = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener?.('change', listener);
    return () => query.removeEventListener?.('change', listener);
  }, [query]);
  return dark;
}

function Themed({ theme, children }: { theme: ThemeChoice; children: ReactNode }) {
  const prefersDark = usePrefersDark(theme === 'system');
  const dark = theme === 'dark' || (theme === 'system' && prefersDark);
  // The dark theme loads on demand (src/taskpane/app/theme.ts); the boot code has it ready when the pane starts dark.
  const [darkTheme, setDarkTheme] = useState(loadedDarkTheme);
  useEffect(() => {
    if (!dark || darkTheme) return undefined;
    let live = true;
    loadDarkTheme().then(
      (loaded) => live && setDarkTheme(loaded),
      () => undefined, // offline: the light theme stays
    );
    return () => {
      live = false;
    };
  }, [dark, darkTheme]);
  return (
    <FluentProvider
      theme={dark && darkTheme ? darkTheme : lightTheme}
      data-theme={dark ? 'dark' : 'light'}
      style={{ minHeight: '100vh', boxSizing: 'border-box', overflowWrap: 'anywhere', wordBreak: 'break-word' }}
    >
      {children}
    </FluentProvider>
  );
}

/** Live checks over whatever document the host context holds now. */
function ChecksForHost({ delayMs, now, startAfter, children }: { delayMs?: number; now?: () => Date; startAfter?: Promise<unknown>; children: ReactNode }) {
  const { host } = useHostApi();
  const { settings } = useSettings();
  return (
    <ChecksProvider host={host} settings={settings} delayMs={delayMs} now={now} startAfter={startAfter}>
      {children}
    </ChecksProvider>
  );
}

function Localised({ pseudo, children }: { pseudo: boolean; children: ReactNode }) {
  const { settings } = useSettings();
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = settings.language;
  }, [settings.language]);
  return (
    <I18nProvider lang={settings.language} pseudo={pseudo}>
      {children}
    </I18nProvider>
  );
}

/**
 * The language the pane starts in: the one saved in Settings, else Vietnamese. Office's display language and the
 * browser's are deliberately not used (BootInfo.displayLanguage stays informational).
 */
export function startLanguage(storage: SettingsStorage = defaultStorage()): Lang {
  return loadSettings(storage, DEFAULT_LANG).settings.language;
}

export function App({ boot, host, hostFactory = null, sendEnv, storage, pseudo = false, now, delayMs, initialView }: AppProps) {
  const store = useMemo(() => storage ?? defaultStorage(), [storage]);
  const initialSettings = useMemo(
    () => {
      // The office's onboarding link presets the school key, relay, recipient and office (server/inbox/API.md).
      const onboarded = applyOnboardingLink(store, globalThis.location?.search ?? '', DEFAULT_LANG);
      return onboarded ? onboarded.settings : loadSettings(store, DEFAULT_LANG).settings;
    },
    // Read once: later changes go through the settings context.
    [],
  );
  const firstView: ViewId = initialView ?? (boot.mode === 'word' ? 'checklist' : 'start');
  // The first check waits until the first view is on screen (first-view budget, src/taskpane/app/firstView.tsx).
  const firstViewGate = useFirstViewGate();
  return (
    <SettingsProvider initial={initialSettings} storage={store}>
      <Localised pseudo={pseudo}>
        <Themed theme={boot.theme}>
          <HostProvider mode={boot.mode} initialHost={host} factory={hostFactory}>
            <SendEnvProvider env={sendEnv}>
              <ChecksForHost delayMs={delayMs} now={now} startAfter={firstViewGate.shown}>
                <NavigationProvider initial={firstView}>
                  <FirstViewProvider gate={firstViewGate}>
                    <PaneLayout>
                      <Shell />
                    </PaneLayout>
                  </FirstViewProvider>
                </NavigationProvider>
              </ChecksForHost>
            </SendEnvProvider>
          </HostProvider>
        </Themed>
      </Localised>
    </SettingsProvider>
  );
}
