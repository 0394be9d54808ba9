/**
 * Messages and `t` (src/core/i18n/runtime.ts) with the core's own areas (src/core/i18n/coreAreas.ts): registered
 * at import in Node, the command line and tests; the browser build swaps in coreAreas.web.ts (webpack.config.js).
 */
import './coreAreas';

export * from './runtime';
