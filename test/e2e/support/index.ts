/** Reusable helpers of the end-to-end tests (real Chromium against the built add-in). */
export { startStaticServer, type StaticServer } from './server';
export { launchChromium, newPaneContext, CHROMIUM_ARGS, CHROMIUM_PATH, PANE_VIEWPORT } from './browser';
export { routeOfficeJs, OFFICE_JS_CDN, OFFICE_JS_DIST, type OfficeJsMode, type OfficeJsRouting } from './officeJs';
export {
  openPane,
  reportStatus,
  goTo,
  screenshot,
  shell,
  viewContent,
  horizontalOverflow,
  OUTPUT_DIR,
  type PaneInfo,
} from './pane';
export { ensureBuilt, ROOT, DIST, CLI, CLI_BUNDLE } from './build';
export { runCli, type CliResult } from './cli';
export { portraitPng } from './png';
export { useBrowser, usePane, paneUrl, type BrowserFixture, type PaneFixture, type UsePaneOptions } from './usePane';
export { axeCheck, type AxeSummary } from './axe';
