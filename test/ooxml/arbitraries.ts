import fc from 'fast-check';

/** Strings mixing XML metacharacters, controls, surrogate halves, combining marks and Vietnamese. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        ']]>',
        '<![CDATA[',
        '&amp;',
        '\u0000',
        '\u0001',
        '\u0008',
        '\u000B',
        '\u000C',
        '\u001F',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\uFFFE',
        '\uFFFF',
        '\uD800',
        '\uDC00',
        '\uD83D\uDE00',
        '\u0301',
        'Nguyễn',
        'NGUYỄN',
        'Tiếng Việt',
        'e\u0302\u0301',
        ' ',
        '\u00A0',
        '\u2028',
        '\u2029',
        '\u0085',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);
