import { pageCount, summaryPagesRule, summaryWords, summaryWordsRule } from '../../../src/core/rules/summary';
import { emptySnapshot } from '../../../src/core/snapshot';
import { completeCollective, completeIndividual, config, emptyTemplate, field, nfd, summaryOf, withFields, withRows } from '../../support/snapshots';

const cfg = config();
const withSummary = (text: string) => withFields(completeIndividual(), { tomTat: text });

describe('summary.words', () => {
  it('is information when the target is reached, with words and target', () => {
    expect(summaryWordsRule(withSummary(summaryOf(1000)), cfg)).toEqual([
      {
        rule: 'summary.words',
        severity: 'info',
        field: 'tomTat',
        message: { key: 'findings.summary.words.ok', params: { words: 1000, target: 1000, missing: 0 } },
        target: { fieldId: 'tomTat' },
      },
    ]);
  });

  it('is a warning from 90 % up to the target, an error below 90 %', () => {
    const severity = (n: number) => summaryWordsRule(withSummary(summaryOf(n)), cfg)[0].severity;
    expect(severity(999)).toBe('warning');
    expect(severity(900)).toBe('warning');
    expect(severity(899)).toBe('error');
    expect(severity(0)).toBe('error');
    expect(summaryWordsRule(withSummary(summaryOf(899)), cfg)[0].message).toEqual({
      key: 'findings.summary.words.short',
      params: { words: 899, target: 1000, missing: 101 },
    });
  });

  it('counts placeholder text as nothing', () => {
    const f = summaryWordsRule(emptyTemplate('individual'), cfg);
    expect(f[0].message.params).toMatchObject({ words: 0 });
  });

  it('counts only the summary, not the rest of the body', () => {
    const s = { ...withSummary(summaryOf(500)), bodyText: summaryOf(5000) };
    expect(summaryWords(s)).toBe(500);
  });

  it('counts NFD like NFC, no-break spaces as separators and punctuation alone as a word (Word\'s rule)', () => {
    const text = 'Trường học – thân thiện\u00a0và tiến bộ … 🎉';
    expect(summaryWords(withSummary(nfd(text)))).toBe(summaryWords(withSummary(text)));
    expect(summaryWords(withSummary(text))).toBe(10); // the spaced dash, "…" and the emoji count, as in Word
  });

  it('counts text with XML special characters', () => {
    expect(summaryWords(withSummary('<b> & "x" \'y\''))).toBe(4); // a lone & is a word in Word
  });

  it('counts 100,000 words', () => {
    expect(summaryWordsRule(withSummary(summaryOf(100000)), cfg)[0].message.params).toMatchObject({ words: 100000 });
  });

  it('follows the configured target and ratio', () => {
    const c = config({ summaryTargetWords: 500, summaryErrorRatio: 0.5 });
    expect(summaryWordsRule(withSummary(summaryOf(260)), c)[0].severity).toBe('warning');
    expect(summaryWordsRule(withSummary(summaryOf(240)), c)[0].severity).toBe('error');
  });

  it('still shows progress when the summary control was deleted, and nothing without a template', () => {
    expect(summaryWordsRule(withFields(completeCollective(), { tomTat: null }), cfg)[0].message.params).toMatchObject({ words: 0 });
    expect(summaryWordsRule(emptySnapshot(), cfg)).toEqual([]);
  });

  it('recounts after the summary text changes in the same snapshot object', () => {
    const s = withSummary(summaryOf(10));
    expect(summaryWords(s)).toBe(10);
    s.fields.tomTat = field('tomTat', summaryOf(20));
    expect(summaryWords(s)).toBe(20);
  });
});

describe('summary.pages', () => {
  it('passes two pages or more from the layout', () => {
    expect(summaryPagesRule(completeIndividual(), cfg)).toEqual([]);
    expect(summaryPagesRule({ ...completeIndividual(), pages: { count: 2, source: 'app.xml' } }, cfg)).toEqual([]);
  });

  it('is an error below the minimum, saying the count is exact', () => {
    const s = { ...completeIndividual(), pages: { count: 1, source: 'layout' as const } };
    expect(summaryPagesRule(s, cfg)).toEqual([
      {
        rule: 'summary.pages',
        severity: 'error',
        field: 'tomTat',
        message: { key: 'findings.summary.pages.short', params: { pages: 1, min: 2, estimated: 'false' } },
        target: { fieldId: 'tomTat' },
      },
    ]);
  });

  it('estimates when the host cannot lay out, and says so', () => {
    const s = { ...withRows(withSummary(summaryOf(300)), []), pages: null };
    expect(pageCount(s, cfg)).toEqual({ pages: 2, source: 'estimate' }); // 0.6 + 0.6
    const short = { ...withRows(withSummary(summaryOf(100)), []), pages: null };
    expect(summaryPagesRule(short, cfg).map((f) => f.message)).toEqual([
      { key: 'findings.summary.pages.shortEstimated', params: { pages: 1, min: 2, estimated: 'true' } },
    ]);
  });

  it('counts the table in the estimate', () => {
    const noTable = { ...withRows(withSummary(summaryOf(150)), []), pages: null };
    expect(pageCount(noTable, cfg).pages).toBe(1);
    const rows = [['1', ...Array.from({ length: 5 }, () => summaryOf(20))]];
    expect(pageCount({ ...withRows(noTable, rows), pages: null }, cfg).pages).toBe(2);
  });

  it('estimates one page for an empty template and never zero', () => {
    expect(pageCount({ ...emptyTemplate('collective'), pages: null }, cfg).pages).toBe(1);
    expect(pageCount({ ...emptyTemplate('collective'), pages: null }, config({ fixedPagesEstimate: 0 })).pages).toBe(1);
  });

  it('lays a huge summary out on many pages (about 500–600 words a page)', () => {
    const pages = pageCount({ ...withSummary(summaryOf(100000)), pages: null }, cfg).pages;
    expect(pages).toBeGreaterThan(160);
    expect(pages).toBeLessThan(210);
  });
});
