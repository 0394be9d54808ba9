/**
 * Fluent's web themes for the pane. The light one is not JavaScript: its CSS variables are a stylesheet on `:root`
 * inlined in taskpane.html at build time, made from `webLightTheme` itself (scripts/fluent-light-theme.cjs), so the
 * providers pass `lightTheme`, an empty theme, and the theme object (brand ramps, global tokens) stays out of the first
 * download. The dark one (its colour ramps, about 3 KB gzip) is fetched only where it is used (Office dark, or a
 * browser that prefers dark), before the first render there (src/taskpane/index.tsx); a provider given it declares its
 * variables on its own element and its portals' mount nodes, which wins over the inherited :root values.
 * First-view budget, issues 10 and 12.
 */
import type { PartialTheme, Theme } from '@fluentui/react-components';

let dark: Theme | null = null;
let loading: Promise<Theme> | null = null;

/**
 * The light theme as FluentProvider sees it: nothing to declare (the page's stylesheet has every variable). An empty
 * object rather than `undefined`, which development builds of FluentProvider report as a missing theme; one frozen
 * instance, so the provider's theme rule is not rebuilt on every render.
 */
export const lightTheme: PartialTheme = Object.freeze({});

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
