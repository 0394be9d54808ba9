/**
 * @jest-environment jsdom
 */
/**
 * Fluent's light theme as the task pane's static stylesheet (scripts/fluent-light-theme.cjs): generated from
 * webLightTheme at every build, so it declares exactly that theme's tokens and values (it cannot drift when Fluent is
 * upgraded). Its place in the built page: fluentLightThemePlugin.test.ts; in Chromium: test/e2e/theme.test.ts.
 */
import { join } from 'node:path';
import { webLightTheme } from '@fluentui/react-components';

type Generator = {
  themeCss: (theme: Record<string, string | number>) => string;
  lightThemeCss: () => string;
};
const repo = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(join(repo, 'scripts', 'fluent-light-theme.cjs')) as Generator;

/** The stylesheet's rules as the browser's CSS parser (jsdom's CSSOM) reads them: selector and declarations. */
function parse(css: string): Array<{ selector: string; declarations: Record<string, string> }> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return Array.from((style.sheet as CSSStyleSheet).cssRules, (rule) => {
      const { selectorText, style: decl } = rule as CSSStyleRule;
      const declarations: Record<string, string> = {};
      for (let i = 0; i < decl.length; i++) declarations[decl[i]] = decl.getPropertyValue(decl[i]);
      return { selector: selectorText, declarations };
    });
  } finally {
    style.remove();
  }
}

const expected = Object.fromEntries(Object.entries(webLightTheme).map(([name, value]) => [`--${name}`, String(value)]));

describe('the light theme stylesheet', () => {
  it('declares exactly webLightTheme’s tokens with their values, on :root (portals under <body> inherit them)', () => {
    const rules = parse(generator.lightThemeCss());
    expect(rules.map((r) => r.selector)).toEqual([':root']);
    expect(rules[0].declarations).toEqual(expected);
    // Several hundred tokens, the brand colour among them; quoted font names, shadows and numbers kept as they are.
    expect(Object.keys(rules[0].declarations).length).toBeGreaterThan(400);
    expect(rules[0].declarations['--colorBrandBackground']).toBe(webLightTheme.colorBrandBackground);
    expect(rules[0].declarations['--fontFamilyBase']).toBe(webLightTheme.fontFamilyBase);
    expect(rules[0].declarations['--shadow4']).toBe(webLightTheme.shadow4);
    expect(rules[0].declarations['--fontWeightSemibold']).toBe(String(webLightTheme.fontWeightSemibold));
  });

  it('is Fluent’s own rule for the theme (what FluentProvider would insert), byte for byte', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createCSSRuleFromTheme } = require('@fluentui/react-components') as {
      createCSSRuleFromTheme: (s: string, t: object) => string;
    };
    expect(generator.lightThemeCss()).toBe(createCSSRuleFromTheme(':root', webLightTheme));
  });

  it('fails instead of leaving out a token Fluent considers unsafe; an empty theme gives an empty rule', () => {
    const font = "'Times New Roman', 'Tiếng Việt', serif";
    expect(
      parse(generator.themeCss({ colorBrandBackground: '#0f6cbd', fontWeightBold: 700, fontFamilyBase: font })),
    ).toEqual([
      {
        selector: ':root',
        declarations: { '--colorBrandBackground': '#0f6cbd', '--fontWeightBold': '700', '--fontFamilyBase': font },
      },
    ]);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() =>
        generator.themeCss({ colorBrandBackground: '#0f6cbd', colorEvil: 'red; } body { color: red' }),
      ).toThrow(/colorEvil/);
      expect(() => generator.themeCss({ colorOpen: 'rgba(0, 0, 0' })).toThrow(/colorOpen/);
      expect(warn).toHaveBeenCalledTimes(2); // Fluent's own notice of what it skipped
    } finally {
      warn.mockRestore();
    }
    expect(parse(generator.themeCss({}))).toEqual([{ selector: ':root', declarations: {} }]);
  });
});
