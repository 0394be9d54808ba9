/**
 * The browser build swaps Fluent's `tokens` object for a Proxy (src/taskpane/boot/cssVarTokens.ts, wired in
 * webpack.config.js) to keep 7 KB gzip out of the first view: every style must get the same CSS variable as before.
 */
import { tokens as fluentTokens } from '@fluentui/react-components';
import { tokens } from '../../../src/taskpane/boot/cssVarTokens';

describe('cssVarTokens', () => {
  it("gives every Fluent token the package's own value", () => {
    const names = Object.keys(fluentTokens) as Array<keyof typeof fluentTokens>;
    expect(names.length).toBeGreaterThan(400);
    for (const name of names) expect(tokens[name]).toBe(fluentTokens[name]);
  });

  it('answers a token added by a later Fluent release the same way (the CSS variable of its name)', () => {
    expect((tokens as unknown as Record<string, string>).colorNeutralForegroundFuture9).toBe(
      'var(--colorNeutralForegroundFuture9)',
    );
  });

  it('gives nothing for keys that are not token names (symbols, empty, odd characters)', () => {
    const anyTokens = tokens as unknown as Record<string | symbol, unknown>;
    expect(anyTokens[Symbol.toPrimitive]).toBeUndefined();
    expect(anyTokens['']).toBeUndefined();
    expect(anyTokens['a b']).toBeUndefined();
    expect(anyTokens['colorNeutral-Foreground1']).toBeUndefined();
    // Not a token family: a Promise-like or JSON check must not mistake the object for something else.
    expect(anyTokens['then']).toBeUndefined();
    expect(anyTokens['toJSON']).toBeUndefined();
    expect(anyTokens['color']).toBeUndefined();
  });
});
