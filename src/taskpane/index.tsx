/**
 * Task pane entry, in two stages so the first paint needs little JavaScript (DESIGN.md §7):
 * 1. at once: the page's own "starting" state (static markup and CSS in taskpane.html, no Fluent component, so this
 *    entry carries no Fluent code) stays on screen; meanwhile, in parallel, the mode is detected (Word, or file mode
 *    when office.js is missing, blocked or not in Word), the app chunk (shell, providers) and the Vietnamese messages
 *    (the default whatever Office's or the browser's language) are fetched;
 * 2. the app renders in the person's language (its messages loaded first); in Word the WordHost is loaded alongside,
 *    the rule engine with the first document, and every view only when opened;
 * 3. if Word answers only after the boot timeout, the pane switches from file mode to Word mode then.
 * The initial download is therefore the entry chunks only; the first usable screen also needs the app chunk, one
 * language's messages and the first view's chunk (all fetched while Office initialises).
 */
import { createRoot } from 'react-dom/client';
import { loadDarkTheme } from './app/theme';
import type { DocumentHost } from '../core/host';
import { DEFAULT_LANG, loadCatalogs } from '../core/i18n/runtime';
import { detectEnvironment, type BootInfo } from './boot/detect';
import { fileHostFactory } from './boot/fileHost';
import type { SendEnv } from './state/sendEnv';

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * The send environment (src/taskpane/boot/sendEnv.ts: Office's browser window, mailto:, clipboard, transports), built
 * when the send view first asks for it: the first view does not carry it.
 */
const loadSendEnv = (): Promise<SendEnv> => import(/* webpackChunkName: "send-env" */ './boot/sendEnv').then((m) => m.defaultSendEnv());

async function start(container: HTMLElement): Promise<void> {
  const appModule = import(/* webpackChunkName: "app" */ './app/App');
  // A browser that prefers dark: the dark theme is fetched alongside, ready for the first render.
  if (prefersDark()) void loadDarkTheme().catch(() => undefined);
  // Until the app's first render, #root keeps taskpane.html's "starting" state (text from the boot catalog,
  // src/core/i18n/catalogs/boot.ts, checked by test/taskpane/boot/bootMarkup.test.ts): the first render replaces it.
  const root = createRoot(container);
  // What the app gets from outside React: the file-mode host factory and the send environment (loaded on first use).
  const sendEnv = loadSendEnv;

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
