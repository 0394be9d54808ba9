import { check, formatFinding, isReadyToSend, stats } from '../../../src/core/rules/check';
import { DEFAULT_RULE_CONFIG, resolveConfig } from '../../../src/core/rules/config';
import { emptySnapshot } from '../../../src/core/snapshot';
import { TEMPLATES } from '../../../src/core/template';
import { NOW, completeCollective, completeIndividual, emptyTemplate, summaryOf, withFields, withRows } from '../../support/snapshots';

const at = { now: NOW };

describe('check on complete reports', () => {
  it('finds no error in a complete individual report, which is ready to send', () => {
    const findings = check(completeIndividual(), at);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(isReadyToSend(findings)).toBe(true);
  });

  it('finds no error in a complete collective report, which is ready to send', () => {
    const findings = check(completeCollective(), at);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(isReadyToSend(findings)).toBe(true);
  });

  it('always shows the word progress and the deadline as information', () => {
    const rules = check(completeIndividual(), at).map((f) => f.rule);
    expect(rules).toEqual(['summary.words', 'submission.deadline']);
  });
});

describe('check on an empty template', () => {
  it.each(['individual', 'collective'] as const)('lists every unfilled field of the %s template and blocks sending', (kind) => {
    const findings = check(emptyTemplate(kind), at);
    const required = TEMPLATES[kind].fields.filter((f) => f.kind !== 'picture' && f.kind !== 'table').map((f) => f.id);
    expect(findings.filter((f) => f.rule === 'field.required').map((f) => f.field)).toEqual(required);
    expect(findings.some((f) => f.rule === 'models.table' && f.message.key === 'findings.models.noRows')).toBe(true);
    expect(findings.some((f) => f.rule === 'summary.words' && f.severity === 'error')).toBe(true);
    expect(isReadyToSend(findings)).toBe(false);
  });

  it('reports the missing photo of an empty individual template', () => {
    expect(check(emptyTemplate('individual'), at).some((f) => f.rule === 'photo.present' && f.severity === 'error')).toBe(true);
  });

  it('lists every deleted field, each with a restore fix, when all controls were deleted', () => {
    const s = { ...emptyTemplate('individual'), fields: {}, table: null };
    const intact = check(s, at).filter((f) => f.rule === 'template.intact');
    expect(intact.map((f) => f.field)).toEqual(TEMPLATES.individual.fields.map((f) => f.id));
    for (const f of intact) expect(f.fix).toEqual({ kind: 'restoreField', fieldId: f.field });
  });
});

describe('check without a template', () => {
  it('reports the missing template and only runs rules that make sense without one', () => {
    const s = { ...emptySnapshot(), bodyText: 'Một văn bản bất kỳ.', fonts: [{ name: '.VnTime', sizePt: 14, chars: 100, sample: 'Tr\u00adêng' }] };
    const rules = new Set(check(s, at).map((f) => f.rule));
    expect(rules).toEqual(new Set(['template.present', 'encoding.legacy', 'submission.deadline']));
  });
});

describe('order of findings', () => {
  it('lists errors first, then warnings, then information, each in document order', () => {
    const s = withFields(completeIndividual(), { hoTen: 'Nguyễn Thị Mai', sinhNam: '1700', tomTat: summaryOf(950) });
    s.pageSetup = { widthMm: 210, heightMm: 297, margins: { topMm: 10, bottomMm: 20, leftMm: 30, rightMm: 15 } };
    const findings = check(s, at);
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).toEqual(['name.uppercase', 'birthYear.valid', 'summary.words', 'format.page', 'submission.deadline']);
  });

  it('puts a deleted field before the problems of later fields and table rows in document order', () => {
    const s = withRows(withFields(completeIndividual(), { hoTen: null }), [['1', 'A', '', 'C', 'D', 'E'], ['2', 'A', 'B', 'C', '', 'E']]);
    const errors = check(s, at).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.target?.tableRow])).toEqual([
      ['template.intact', undefined],
      ['models.table', 0],
      ['models.table', 1],
    ]);
  });

  it('is deterministic', () => {
    const s = emptyTemplate('individual');
    expect(check(s, at)).toEqual(check(s, at));
  });
});

describe('isReadyToSend', () => {
  it('is true with warnings and information only, false with any error', () => {
    const info = { rule: 'summary.words' as const, severity: 'info' as const, message: { key: 'k' } };
    const warning = { ...info, severity: 'warning' as const };
    const error = { ...info, severity: 'error' as const };
    expect(isReadyToSend([])).toBe(true);
    expect(isReadyToSend([info, warning])).toBe(true);
    expect(isReadyToSend([info, warning, error])).toBe(false);
  });
});

describe('stats', () => {
  it('takes the page count from the host when it has one', () => {
    expect(stats(completeIndividual(), at)).toMatchObject({ summaryWords: 1100, pages: 3, pagesSource: 'layout' });
    // The summary's own extent still comes from the layout model: 1,100 words are a little over two pages.
    expect(stats(completeIndividual(), at).summaryPages).toBeGreaterThan(1.8);
    expect(stats(completeIndividual(), at).summaryPages).toBeLessThan(2.8);
  });

  it('lays the report out with the layout model when the host cannot lay out', () => {
    const s = { ...withRows(completeIndividual(), []), pages: null };
    expect(stats(s, at)).toMatchObject({ summaryWords: 1100, pages: 3, pagesSource: 'estimate' });
    const short = { ...withFields(s, { tomTat: summaryOf(600) }) };
    expect(stats(short, at).pages).toBe(2);
    const withTable = withRows(short, Array.from({ length: 10 }, (_, i) => [String(i + 1), ...summaryOf(25).split(' ').slice(0, 5).map(() => summaryOf(25))]));
    expect(stats(withTable, at).pages).toBeGreaterThan(3);
  });

  it('counts no summary words while the summary shows its placeholder', () => {
    expect(stats(emptyTemplate('collective'), at).summaryWords).toBe(0);
  });

  it('counts 100,000 words', () => {
    const s = withFields(completeCollective(), { tomTat: summaryOf(100000) });
    expect(stats(s, at).summaryWords).toBe(100000);
  });
});

describe('formatFinding', () => {
  it('renders the message in Vietnamese by default and in English on request, numbers formatted per language', () => {
    const s = withFields(completeIndividual(), { tomTat: summaryOf(1234) });
    const words = check(s, at).find((f) => f.rule === 'summary.words')!;
    expect(formatFinding(words)).toBe('Tóm tắt có 1.234/1.000 chữ: đạt yêu cầu.');
    expect(formatFinding(words, 'en')).toBe('The summary has 1,234/1,000 words: enough.');
  });

  it('has a message in both languages for every finding of many broken reports', () => {
    const broken = [
      emptyTemplate('individual'),
      emptyTemplate('collective'),
      { ...emptyTemplate('individual'), fields: {}, table: null },
      emptySnapshot(),
    ];
    for (const s of broken) {
      for (const f of check(s, at)) {
        for (const lang of ['vi', 'en'] as const) {
          const text = formatFinding(f, lang);
          expect(text).not.toBe(f.message.key);
          expect(text).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe('configuration', () => {
  it('resolves defaults and merges nested parts', () => {
    const c = resolveConfig({ now: NOW, font: { minPt: 12 }, birthYear: { maxAge: 70 } });
    expect(c.font).toEqual({ ...DEFAULT_RULE_CONFIG.font, minPt: 12 });
    expect(c.birthYear).toEqual({ minAge: 18, maxAge: 70 });
    expect(c.summaryTargetWords).toBe(1000);
    expect(c.now).toBe(NOW);
  });

  it('uses the current instant when no now is given', () => {
    const before = Date.now();
    expect(resolveConfig().now.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('lets the caller change thresholds through check', () => {
    const s = withFields(completeCollective(), { tomTat: summaryOf(1100) });
    const findings = check(s, { now: NOW, summaryTargetWords: 1500 });
    expect(findings.find((f) => f.rule === 'summary.words')!.severity).toBe('error');
  });
});
