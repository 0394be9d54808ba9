/** summary.words and summary.pages: the summary's length against the letter's "khoảng 1.000 chữ … tối thiểu 02 trang". */
import { layoutSnapshot, type ReportLayout } from '../layout';
import type { DocumentSnapshot, PagesSource } from '../snapshot';
import { countWords } from '../text';
import type { Finding, RuleConfig } from './types';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.summary;

const wordCache = new WeakMap<DocumentSnapshot, { text: string; words: number }>();

/** Words of the summary as Word counts them; 0 while the field shows its placeholder or is missing. */
export function summaryWords(snapshot: DocumentSnapshot): number {
  const field = snapshot.fields[FIELD];
  if (!field || field.showingPlaceholder) return 0;
  const cached = wordCache.get(snapshot);
  if (cached && cached.text === field.text) return cached.words;
  const words = countWords(field.text);
  wordCache.set(snapshot, { text: field.text, words });
  return words;
}

/** Words written in the models table (TT column excluded). */
function tableWords(snapshot: DocumentSnapshot): number {
  if (!snapshot.table) return 0;
  let words = 0;
  for (const row of snapshot.table.rows) for (let i = 1; i < row.length; i++) words += countWords(row[i]);
  return words;
}

/**
 * Without a known template (nothing to lay out): table text sits in narrow columns, a word there takes about twice
 * the room of a word of body prose. Labelled as an estimate wherever it is shown.
 */
const TABLE_DENSITY = 2;

const layoutCache = new WeakMap<DocumentSnapshot, ReportLayout | null>();

/** The layout model's pages for the snapshot (cached per snapshot); null without a known template. */
export function modelLayout(snapshot: DocumentSnapshot): ReportLayout | null {
  let layout = layoutCache.get(snapshot);
  if (layout === undefined) {
    layout = layoutSnapshot(snapshot);
    layoutCache.set(snapshot, layout);
  }
  return layout;
}

/**
 * Page count: the host's when it knows it (Word's own layout, or the count Word saved in app.xml), otherwise the
 * layout model's (src/core/layout: our templates laid out as LibreOffice and Word do; source 'estimate').
 */
export function pageCount(snapshot: DocumentSnapshot, config: RuleConfig): { pages: number; source: PagesSource } {
  if (snapshot.pages) return { pages: snapshot.pages.count, source: snapshot.pages.source };
  const layout = modelLayout(snapshot);
  if (layout) return { pages: layout.pages, source: 'estimate' };
  const perPage = config.wordsPerPageEstimate > 0 ? config.wordsPerPageEstimate : 500;
  const estimate = config.fixedPagesEstimate + (summaryWords(snapshot) + TABLE_DENSITY * tableWords(snapshot)) / perPage;
  // A page that holds anything counts, as in Word's own page count.
  return { pages: Math.max(1, Math.ceil(estimate - 1e-9)), source: 'estimate' };
}

/** The summary's own extent in pages, from the layout model (one decimal); 0 without a template or summary. */
export function summaryPages(snapshot: DocumentSnapshot): number {
  const field = snapshot.fields[FIELD];
  if (!field || field.showingPlaceholder) return 0;
  return modelLayout(snapshot)?.summaryPages ?? 0;
}

export function summaryWordsRule(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (!snapshot.template) return [];
  const words = summaryWords(snapshot);
  const target = config.summaryTargetWords;
  const params = { words, target, missing: Math.max(0, target - words) };
  const base = { rule: 'summary.words' as const, field: FIELD, target: { fieldId: FIELD } };
  if (words >= target) return [{ ...base, severity: 'info', message: { key: 'findings.summary.words.ok', params } }];
  if (words >= Math.ceil(target * config.summaryErrorRatio - 1e-9)) {
    return [{ ...base, severity: 'warning', message: { key: 'findings.summary.words.almost', params } }];
  }
  return [{ ...base, severity: 'error', message: { key: 'findings.summary.words.short', params } }];
}

export function summaryPagesRule(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (!snapshot.template) return [];
  const { pages, source } = pageCount(snapshot, config);
  if (pages >= config.minPages) return [];
  const estimated = source === 'estimate';
  return [
    {
      rule: 'summary.pages',
      severity: 'error',
      field: FIELD,
      message: {
        key: estimated ? 'findings.summary.pages.shortEstimated' : 'findings.summary.pages.short',
        params: { pages, min: config.minPages, estimated: estimated ? 'true' : 'false' },
      },
      target: { fieldId: FIELD },
    },
  ];
}
