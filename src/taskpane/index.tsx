/**
 * Task pane entry, in two stages so the first paint needs little JavaScript (DESIGN.md §7):
 * 1. at once: React, Fluent's provider and a "starting" spinner; meanwhile, in parallel, the mode is detected
 *    (Word, or file mode when office.js is missing, blocked or not in Word) and the app chunk (shell, checks, messages)
 *    is fetched;
 * 2. the app renders; the WordHost is loaded only in Word, every view only when opened.
 * The initial download is therefore the entry chunks only; the first usable screen also needs the app chunk and the
 * first view's chunk (both fetched while Office initialises).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { DocumentHost } from '../core/host';
import { ui } from '../core/i18n/catalogs/ui';
import { detectEnvironment, type BootInfo } from './boot/detect';

function startingText(): string {
  const language = typeof navigator === 'undefined' ? '' : navigator.language;
  return /^en\b/i.test(language) ? ui.en['ui.boot.starting'] : ui.vi['ui.boot.starting'];
}

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={prefersDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Spinner size="small" label={startingText()} />
    </FluentProvider>,
  );
  const appModule = import(/* webpackChunkName: "app" */ './app/App');
  let boot: BootInfo = await detectEnvironment();
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
  const { App } = await appModule;
  root.render(<App boot={boot} host={host} browserLanguage={typeof navigator === 'undefined' ? undefined : navigator.language} />);
}

const container = document.getElementById('root');
if (container) void start(container);
