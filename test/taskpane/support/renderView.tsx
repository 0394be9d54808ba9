/** Render a form view inside the app's providers, on a FakeHost, with a fixed clock. */
import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, waitFor } from '@testing-library/react';
import { ChecksProvider } from '../../../src/taskpane/state/checks';
import { HostProvider } from '../../../src/taskpane/state/host';
import { defaultSendEnv } from '../../../src/taskpane/boot/sendEnv';
import { SendEnvProvider } from '../../../src/taskpane/state/sendEnv';
import { I18nProvider } from '../../../src/taskpane/state/i18n';
import { NavigationProvider, type ViewId } from '../../../src/taskpane/state/navigation';
import { SettingsProvider } from '../../../src/taskpane/state/settings';
import type { SettingsStorage } from '../../../src/storage/settingsStore';
import type { Lang } from '../../../src/core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { DocumentHost } from '../../../src/core/host';

// Machines running many suites at once are slow: give the live checks time.
configure({ asyncUtilTimeout: 20_000 });
// A form view's test types into several cards (each keystroke re-renders Fluent's fields in jsdom): 30 s was not
// enough for the longest ModelsView tests on a machine busy with other suites.
jest.setTimeout(120_000);

/** 10 November 2026, 10:00 in Vietnam: Q4 2026 is being prepared. */
export const NOW = new Date('2026-11-10T03:00:00Z');

export function memoryStorage(): SettingsStorage & { removeItem(key: string): void; map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

export interface RenderOptions {
  lang?: Lang;
  pseudo?: boolean;
  settings?: Partial<Settings>;
  view?: ViewId;
}

export function renderView(ui: ReactElement, host: DocumentHost | null, options: RenderOptions = {}) {
  const settings: Settings = { ...DEFAULT_SETTINGS, unitName: 'Trường Tiểu học Trần Hưng Đạo', senderName: 'Lê Thị Hoa', senderRole: 'Hiệu trưởng', ...options.settings };
  const tree = (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={options.lang ?? 'vi'} pseudo={options.pseudo}>
        <SettingsProvider initial={settings} storage={memoryStorage()}>
          <HostProvider mode="file" initialHost={host}>
            <ChecksProvider host={host} settings={settings} now={() => NOW} delayMs={5}>
              {/* The boot code provides the send environment in the pane; here the default one outside Office. */}
              <SendEnvProvider env={defaultSendEnv({})}>
                <NavigationProvider initial={options.view ?? 'fields'}>{ui}</NavigationProvider>
              </SendEnvProvider>
            </ChecksProvider>
          </HostProvider>
        </SettingsProvider>
      </I18nProvider>
    </FluentProvider>
  );
  const result = render(tree);
  return { ...result, rerenderSame: () => result.rerender(tree) };
}

/** Wait for the first check to be shown (no spinner left; progress bars do not count). */
export async function ready(): Promise<void> {
  // Fluent's Spinner in views; the shell's own (src/taskpane/ui/PaneSpinner.tsx) in the status line.
  await waitFor(() => expect(document.querySelector('.fui-Spinner, .bctt-spinner')).toBeNull());
}
