/**
 * Issue 14: the XML reader is linear by construction and stops at its caps. Linearity is shown by counting the
 * scanner's work (scanWork: characters, attributes visited, comparisons made to find duplicates), never by timing:
 * doubling the attributes or namespace declarations of one element must double the work, not quadruple it.
 * Each cap is checked at its edge (exactly the cap is read, one more is refused) by both parsers alike, and the
 * message names the part and the limit in both languages.
 */
import { isAppError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';
import { DEFAULT_XML_CAPS, type XmlCaps } from '../../src/docx/limits';
import { NS, fastParseXml, parseXml, parseXmlStrict, scanWork } from '../../src/docx/xml';
import { readDocx } from '../../src/docx/read';
import { REPORT_NAMESPACE } from '../../src/docx/reportPart';
import '../../src/docx/messages';
import { hostileDocx, manyAttributesXml, manyNamespacesXml, manyRunsXml, manySendsXml } from '../support/hostileInputs';

const PART = 'word/document.xml';
const UNCAPPED: Partial<XmlCaps> = {
  maxAttributes: 1e9,
  maxNamespaces: 1e9,
  maxElements: 1e9,
  maxRuns: 1e9,
  maxSendRecords: 1e9,
  maxTextChars: 1e12,
};

function workFor(text: string): number {
  const tree = fastParseXml(text, UNCAPPED, PART);
  expect(tree).not.toBeNull(); // the fast path took it: its work is what is counted
  return scanWork.steps;
}

/** The error key (and params) a parse throws, or 'ok'. */
function outcome(parse: () => unknown): string {
  try {
    parse();
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.messageKey;
    throw e;
  }
}

describe('the fast scanner does linear work', () => {
  it.each<[string, (n: number) => string]>([
    ['attributes on one element', manyAttributesXml],
    ['namespace declarations on the root', manyNamespacesXml],
    ['runs', manyRunsXml],
    ['send records', manySendsXml],
  ])('%s: each doubling about doubles the work (never 4x)', (_label, make) => {
    const work = [5_000, 10_000, 20_000, 40_000].map((n) => workFor(make(n)));
    for (let i = 1; i < work.length; i++) {
      const growth = work[i] / work[i - 1];
      expect(growth).toBeGreaterThan(1.8);
      expect(growth).toBeLessThan(2.2);
    }
  });

  it('still finds a duplicate attribute among many (the Set path), as saxes does', () => {
    const attrs = Array.from({ length: 50 }, (_, i) => ` a${i}="1"`).join('');
    const dup = `<r${attrs} a17="2"/>`;
    expect(fastParseXml(dup, 256)).toBeNull();
    expect(outcome(() => parseXmlStrict(dup, PART, 256))).toBe('docx.badXml');
    const nsDup = `<r xmlns:p="urn:a" xmlns:q="urn:a"${attrs} p:x="1" q:x="2"/>`;
    expect(fastParseXml(nsDup, 256)).toBeNull();
    expect(outcome(() => parseXml(nsDup, PART, 256))).toBe('docx.badXml');
  });
});

describe('caps, at their edge, in both parsers', () => {
  const cases: Array<[keyof XmlCaps, string, (n: number) => string]> = [
    ['maxAttributes', 'docx.tooManyAttributes', (n) => `<r${Array.from({ length: n }, (_, i) => ` a${i}="1"`).join('')}/>`],
    ['maxNamespaces', 'docx.tooManyNamespaces', (n) => `<r${Array.from({ length: n }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('')}/>`],
    ['maxElements', 'docx.tooManyElements', (n) => `<r>${'<e/>'.repeat(n - 1)}</r>`],
    ['maxRuns', 'docx.tooManyRuns', (n) => `<w:p xmlns:w="${NS.w}">${'<w:r/>'.repeat(n)}</w:p>`],
    ['maxSendRecords', 'docx.tooManySendRecords', (n) => `<b:report xmlns:b="${REPORT_NAMESPACE}">${'<b:send/>'.repeat(n)}</b:report>`],
    ['maxTextChars', 'docx.tooMuchText', (n) => `<r>${'ễ'.repeat(n)}</r>`],
  ];
  it.each(cases)('%s: exactly the cap is read, one more is refused with %s', (cap, key, make) => {
    const caps = { ...DEFAULT_XML_CAPS, [cap]: 20 };
    for (const parse of [
      (text: string) => fastParseXml(text, caps, PART),
      (text: string) => parseXmlStrict(text, PART, caps),
      (text: string) => parseXml(text, PART, caps),
    ]) {
      expect(outcome(() => parse(make(20)))).toBe('ok');
      expect(outcome(() => parse(make(21)))).toBe(key);
    }
  });

  it('caps also hold where the fast path hands over to saxes (a comment in the part)', () => {
    const text = `<!-- c --><w:p xmlns:w="${NS.w}">${'<w:r/>'.repeat(30)}</w:p>`;
    expect(fastParseXml(text, { maxRuns: 20 }, PART)).toBeNull();
    expect(outcome(() => parseXml(text, PART, { maxRuns: 20 }))).toBe('docx.tooManyRuns');
  });

  it('names the part and the limit in Vietnamese and English', () => {
    let error: unknown;
    try {
      parseXml(`<w:p xmlns:w="${NS.w}">${'<w:r/>'.repeat(30)}</w:p>`, PART, { maxRuns: 20 });
    } catch (e) {
      error = e;
    }
    if (!isAppError(error)) throw new Error('expected an AppError');
    expect(error.params).toEqual({ part: PART, limit: 20 });
    expect(t(error.messageKey, error.params, 'vi')).toContain('word/document.xml');
    expect(t(error.messageKey, error.params, 'vi')).toMatch(/20/);
    expect(t(error.messageKey, error.params, 'en')).toMatch(/runs.*20|20.*runs/);
  });

  it('the defaults are far above a real report: the complete report reads with every cap at a tenth', async () => {
    const { completeIndividual } = await import('../server/support/reports');
    const tenth = Object.fromEntries(Object.entries(DEFAULT_XML_CAPS).map(([k, v]) => [k, k === 'maxDepth' ? v : v / 10]));
    await expect(readDocx(await completeIndividual(), tenth)).resolves.toMatchObject({ template: { id: 'individual' } });
  });

  it('readDocx takes smaller caps from its options', async () => {
    await expect(readDocx(await hostileDocx('runs', 50), { maxRuns: 10 })).rejects.toMatchObject({ messageKey: 'docx.tooManyRuns' });
    await expect(readDocx(await hostileDocx('sends', 50), { maxSendRecords: 10 })).rejects.toMatchObject({
      messageKey: 'docx.tooManySendRecords',
    });
    await expect(readDocx(await hostileDocx('sends', 50))).resolves.toMatchObject({ sendHistory: expect.any(Array) });
  });
});
