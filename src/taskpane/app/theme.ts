/**
 * Fluent's web themes for the pane: the light one is in the first download; the dark one (its colour ramps, about
 * 3 KB gzip) is fetched only where it is used (Office dark, or a browser that prefers dark), before the first render
 * there (src/taskpane/index.tsx) — first-view budget, issues 10 and 12.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

let dark: Theme | null = null;
let loading: Promise<Theme> | null = null;

export { webLightTheme };

/** The dark theme when it has been loaded, else null. */
export function loadedDarkTheme(): Theme | null {
  return dark;
}

export function loadDarkTheme(): Promise<Theme> {
  loading ??= import(/* webpackChunkName: "theme-dark" */ './themeDark').then(
    (m) => (dark = m.webDarkTheme),
    (error: unknown) => {
      loading = null; // offline: try again next time
      throw error;
    },
  );
  return loading;
}
