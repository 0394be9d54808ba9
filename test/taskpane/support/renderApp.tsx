/** Renders the whole task pane (App) over a fake host, with a fixed clock and the real live-check pipeline. */
import { configure, render } from '@testing-library/react';
import { App } from '../../../src/taskpane/app/App';
import type { ViewId } from '../../../src/taskpane/state/navigation';
import type { BootInfo } from '../../../src/taskpane/boot/detect';
import type { DocumentHost } from '../../../src/core/host';
import { NOW } from '../../support/snapshots';
import { fileHostFactory } from '../../../src/taskpane/boot/fileHost';
import { defaultSendEnv } from '../../../src/taskpane/boot/sendEnv';
import { memoryStorage } from './fakeHost';

// The whole pane loads its views on demand; give slow, shared CI machines time.
configure({ asyncUtilTimeout: 5000 });

export interface RenderAppOptions {
  mode?: BootInfo['mode'];
  host?: DocumentHost | null;
  displayLanguage?: string | null;
  browserLanguage?: string;
  storage?: ReturnType<typeof memoryStorage>;
  pseudo?: boolean;
  initialView?: ViewId;
  theme?: BootInfo['theme'];
  delayMs?: number;
}

export function renderApp(options: RenderAppOptions = {}) {
  const storage = options.storage ?? memoryStorage();
  const mode = options.mode ?? 'word';
  // The browser's language as the pane could read it (navigator.language); the pane must not follow it.
  if (options.browserLanguage && typeof navigator !== 'undefined') {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue(options.browserLanguage);
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue([options.browserLanguage]);
  }
  const utils = render(
    <App
      boot={{ mode, displayLanguage: options.displayLanguage ?? null, theme: options.theme ?? 'light' }}
      host={options.host ?? null}
      hostFactory={fileHostFactory}
      sendEnv={defaultSendEnv({})}
      storage={storage}
      pseudo={options.pseudo}
      now={() => NOW}
      delayMs={options.delayMs ?? 400}
      initialView={options.initialView}
    />,
  );
  return { ...utils, storage };
}
