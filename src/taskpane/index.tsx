/**
 * Task pane entry, in two stages so the first paint needs little JavaScript (DESIGN.md §7):
 * 1. at once: React, Fluent's provider and a "starting" spinner; meanwhile, in parallel, the mode is detected
 *    (Word, or file mode when office.js is missing, blocked or not in Word), the app chunk (shell, providers) and the
 *    Vietnamese messages (the default whatever Office's or the browser's language) are fetched;
 * 2. the app renders in the person's language (its messages loaded first); in Word the WordHost is loaded alongside,
 *    the rule engine with the first document, and every view only when opened;
 * 3. if Word answers only after the boot timeout, the pane switches from file mode to Word mode then.
 * The initial download is therefore the entry chunks only; the first usable screen also needs the app chunk, one
 * language's messages and the first view's chunk (all fetched while Office initialises).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, type PartialTheme } from '@fluentui/react-components';
import { lightTheme, loadDarkTheme } from './app/theme';
import type { DocumentHost } from '../core/host';
import { boot as bootMessages } from '../core/i18n/catalogs/boot';
import { DEFAULT_LANG, loadCatalogs } from '../core/i18n/runtime';
import { detectEnvironment, type BootInfo } from './boot/detect';
import { fileHostFactory } from './boot/fileHost';
import { defaultSendEnv } from './boot/sendEnv';

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The boot spinner's theme: the browser's colour scheme (the dark theme is its own chunk, fetched only then). */
async function bootTheme(): Promise<PartialTheme> {
  return prefersDark() ? loadDarkTheme().catch(() => lightTheme) : lightTheme;
}

async function start(container: HTMLElement): Promise<void> {
  const appModule = import(/* webpackChunkName: "app" */ './app/App');
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={await bootTheme()} style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Spinner size="small" label={bootMessages[DEFAULT_LANG]['boot.starting']} />
    </FluentProvider>,
  );
  // What the app gets from outside React, built here: the send environment and the file-mode host factory.
  const sendEnv = defaultSendEnv();

  /** Renders the app in `boot`'s mode; in Word with the WordHost (file mode when the adapter cannot load). */
  const show = async (wanted: BootInfo): Promise<void> => {
    let boot = wanted;
    let host: DocumentHost | null = null;
    if (boot.mode === 'word') {
      try {
        const { createWordHost } = await import(/* webpackChunkName: "word" */ './boot/wordHost');
        host = await createWordHost();
      } catch {
        // The Word adapter could not load: work on files instead of showing nothing.
        boot = { mode: 'file', displayLanguage: boot.displayLanguage, theme: boot.theme };
      }
    }
    const { App, startLanguage } = await appModule;
    // Office dark (or a dark browser): the dark theme before the first render, so the pane does not flash light.
    if (boot.theme === 'dark' || (boot.theme === 'system' && prefersDark())) await loadDarkTheme().catch(() => undefined);
    // The saved language, when it differs from the likely one (offline and missing: the pane shows what it has).
    await loadCatalogs(startLanguage(), ['ui']).catch(() => undefined);
    // A new key when the mode changes: the whole app starts again on the other host.
    root.render(<App key={boot.mode} boot={boot} host={host} hostFactory={fileHostFactory} sendEnv={sendEnv} />);
  };

  let lateWord: BootInfo | null = null;
  let shown = false;
  const boot: BootInfo = await detectEnvironment({
    // Word answered after the boot timeout (a slow start): switch to Word mode instead of staying in file mode.
    onLateWord: (info) => {
      lateWord = info;
      if (shown) void show(info);
    },
  });
  // Vietnamese, whatever Office's or the browser's language (English only when chosen in Settings).
  await loadCatalogs(DEFAULT_LANG, ['ui']).catch(() => undefined);
  await show(boot);
  shown = true;
  if (lateWord && boot.mode !== 'word') await show(lateWord);
}

const container = document.getElementById('root');
if (container) void start(container);
