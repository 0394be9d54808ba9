/**
 * The summary (field tomTat) as structured paragraphs: what the browser's summary editor writes and reads, and what
 * FileHost puts into the summary's content control in the template's styles (body paragraph, the guide's heading
 * style, bold/italic runs, list paragraphs). Plain data, JSON-serialisable; pure functions only.
 */
import { normalize } from './text/normalize';

export interface SummaryRun {
  /** The run's text; "\n" is a line break inside the paragraph, "\t" a tab. */
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** 'heading': a heading of the writing guide (Heading 2); 'bullet' / 'ordered': a list paragraph. */
export type SummaryBlockKind = 'paragraph' | 'heading' | 'bullet' | 'ordered';

export interface SummaryBlock {
  kind: SummaryBlockKind;
  runs: SummaryRun[];
  /** List paragraphs: nesting level, 0-based (at most MAX_LIST_LEVEL). */
  level?: number;
}

/** Deepest list level written (Word has nine; the report needs three at most). */
export const MAX_LIST_LEVEL = 2;

const KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'bullet', 'ordered']);

export function isListKind(kind: SummaryBlockKind): kind is 'bullet' | 'ordered' {
  return kind === 'bullet' || kind === 'ordered';
}

/** A paragraph's text (runs joined). */
export function blockText(block: SummaryBlock): string {
  return block.runs.map((r) => r.text).join('');
}

/** The paragraphs' texts, as a host reports the summary field (`FieldSnapshot.paragraphs`). */
export function blockTexts(blocks: readonly SummaryBlock[]): string[] {
  return blocks.map(blockText);
}

/**
 * A clean copy: unknown kinds become paragraphs, text NFC, CR LF → LF, empty runs dropped, neighbouring runs with the
 * same marks merged, list levels clamped, marks only when true. Throws TypeError on input that is not blocks at all.
 */
export function normalizeBlocks(input: readonly SummaryBlock[]): SummaryBlock[] {
  if (!Array.isArray(input)) throw new TypeError('summary blocks: not an array');
  return input.map((b) => {
    if (!b || typeof b !== 'object' || !Array.isArray(b.runs)) throw new TypeError('summary blocks: not a block');
    const kind: SummaryBlockKind = KINDS.has(b.kind) ? b.kind : 'paragraph';
    const runs: SummaryRun[] = [];
    for (const r of b.runs) {
      if (!r || typeof r.text !== 'string') throw new TypeError('summary blocks: not a run');
      const text = normalize(r.text.replace(/\r\n?/g, '\n'));
      if (text === '') continue;
      const run: SummaryRun = { text };
      if (r.bold === true) run.bold = true;
      if (r.italic === true) run.italic = true;
      const last = runs[runs.length - 1];
      if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += text;
      else runs.push(run);
    }
    const out: SummaryBlock = { kind, runs };
    if (isListKind(kind)) {
      const level = Number.isInteger(b.level) ? (b.level as number) : 0;
      out.level = Math.max(0, Math.min(MAX_LIST_LEVEL, level));
    }
    return out;
  });
}

/** True when the blocks hold no visible text (the summary then shows its placeholder). */
export function isEmptySummary(blocks: readonly SummaryBlock[]): boolean {
  return blocks.every((b) => blockText(b).trim() === '');
}

/** Plain paragraphs (e.g. a summary written as text) as blocks. */
export function blocksFromParagraphs(paragraphs: readonly string[]): SummaryBlock[] {
  return paragraphs.map((text) => ({ kind: 'paragraph', runs: text ? [{ text: normalize(text) }] : [] }));
}
