/**
 * Browser build's stand-in for Fluent UI's `tokens` object (@fluentui/tokens/lib/tokens.js), swapped in by
 * webpack.config.js: every Fluent token is the CSS variable of the same name (`tokens.colorNeutralForeground1` is
 * `'var(--colorNeutralForeground1)'`, the z-index tokens with a fallback; the FluentProvider sets the variables from the theme), so a Proxy gives the same
 * strings as the package's 467-entry object (29 KB minified, about 7 KB gzip in the first view) in a few bytes.
 * Tests and the command line use the package's object; test/taskpane/cssVarTokens.test.ts checks both agree.
 */
import type { tokens as FluentTokens } from '@fluentui/react-components';

/** Token families (color…, spacing…, zIndex…): other keys (then, toJSON, symbols) answer undefined like the object. */
const NAME =
  /^(?:color|spacing|font|lineHeight|borderRadius|strokeWidth|shadow|duration|curve|zIndex)[A-Z0-9][A-Za-z0-9]*$/;
/** The layering tokens carry a fallback value in the package. */
const WITH_DEFAULT: Readonly<Record<string, string>> = {
  zIndexBackground: '0',
  zIndexContent: '1',
  zIndexOverlay: '1000',
  zIndexPopup: '2000',
  zIndexMessages: '3000',
  zIndexFloating: '4000',
  zIndexPriority: '5000',
  zIndexDebug: '6000',
};

export const tokens = new Proxy({} as typeof FluentTokens, {
  get: (_target, key) => {
    if (typeof key !== 'string' || !NAME.test(key)) return undefined;
    const fallback = Object.prototype.hasOwnProperty.call(WITH_DEFAULT, key) ? WITH_DEFAULT[key] : undefined;
    return fallback === undefined ? `var(--${key})` : `var(--${key}, ${fallback})`;
  },
});
