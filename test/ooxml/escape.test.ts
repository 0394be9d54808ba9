import fc from 'fast-check';
import { escapeAttr, escapeText, sanitizeText, stripForbidden } from '../../src/ooxml/escape';
import { hostileString } from './arbitraries';
import { assertWellFormed, parseXml } from './xmlTestUtils';

/** Independent oracle: is this code point allowed by XML 1.0's Char production? */
function allowed(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function oracleStrip(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    if (allowed(c)) out += s[i];
  }
  return out;
}

describe('stripForbidden', () => {
  it('removes exactly the characters XML 1.0 forbids and keeps everything else', () => {
    fc.assert(fc.property(hostileString, (s) => stripForbidden(s) === oracleStrip(s)));
  });

  it('keeps Vietnamese text, tabs, line breaks and valid surrogate pairs', () => {
    expect(stripForbidden('Nguyễn Thị Mai\t1984\r\n😀')).toBe('Nguyễn Thị Mai\t1984\r\n😀');
  });

  it('drops NUL, vertical tab, form feed, U+FFFE/U+FFFF and lone surrogates', () => {
    expect(stripForbidden('a\u0000b\u000Bc\u000Cd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh');
  });

  it('returns the empty string unchanged', () => {
    expect(stripForbidden('')).toBe('');
  });
});

describe('sanitizeText', () => {
  it('NFC-normalises decomposed Vietnamese (as typed with some keyboards)', () => {
    const nfd = 'Nguye\u0302\u0303n'.normalize('NFD');
    expect(sanitizeText(nfd)).toBe('Nguyễn');
    expect(sanitizeText(nfd)).not.toBe(nfd);
  });

  it('turns CR LF and lone CR into LF', () => {
    expect(sanitizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(hostileString, (s) => sanitizeText(sanitizeText(s)) === sanitizeText(s)));
  });
});

describe('escapeText', () => {
  it('produces element content that parses back to the stripped text', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const doc = parseXml(`<x>${escapeText(s)}</x>`);
        // XML parsers normalise CR and CR LF in content to LF.
        expect(doc.documentElement!.textContent).toBe(oracleStrip(s).replace(/\r\n?/g, '\n'));
      }),
    );
  });

  it('escapes ]]> so it cannot end anything', () => {
    expect(escapeText(']]>')).toBe(']]&gt;');
  });

  it('escapes a huge string in linear time', () => {
    const big = '<&>'.repeat(200_000);
    expect(escapeText(big)).toHaveLength(200_000 * '&lt;&amp;&gt;'.length);
  });
});

describe('escapeAttr', () => {
  it('produces attribute values (either quote) that parse back to the stripped text, whitespace included', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const v = escapeAttr(s);
        for (const xml of [`<x a="${v}"/>`, `<x a='${v}'/>`]) {
          assertWellFormed(xml);
          expect(parseXml(xml).documentElement!.getAttribute('a')).toBe(oracleStrip(s));
        }
      }),
    );
  });
});
