/**
 * Pages from blocks: paragraphs flow line by line down the body area; spacing between paragraphs is the larger of
 * the previous paragraph's "after" and this one's "before" (as LibreOffice lays out our .docx, measured), and is
 * dropped at the top of a page; widow and orphan control keeps at least two lines of a paragraph on each page;
 * "keep lines together" moves a whole paragraph; "keep with next" keeps a paragraph on the page of the next block's
 * first lines. Tables: a top border, a header row repeated on every page, rows as tall as their tallest cell; a row
 * that may split leaves as many lines as fit, the rest continues under the repeated header row.
 */

export interface ParagraphBlock {
  type: 'paragraph';
  lines: number;
  lineHeightPt: number;
  beforePt: number;
  afterPt: number;
  keepNext: boolean;
  keepLines: boolean;
  /**
   * Room a line of proportional spacing adds below its text: the last line on a page need not fit it (measured with
   * LibreOffice: the bottom line of a 1.35-spaced page may reach into those extra points).
   */
  slackPt?: number;
  /** Marks the summary's paragraphs, to measure its own extent. */
  summary?: boolean;
}

export interface FixedBlock {
  /** Something that never splits, e.g. the photo frame. */
  type: 'fixed';
  heightPt: number;
}

export interface TableRow {
  heightPt: number;
  /** Line height of the row's tallest cell, and the row's height besides those lines (padding, border). */
  lineHeightPt: number;
  paddingPt: number;
  cantSplit: boolean;
}

export interface TableBlock {
  type: 'table';
  topBorderPt: number;
  header: TableRow;
  rows: TableRow[];
}

export type Block = ParagraphBlock | FixedBlock | TableBlock;

export interface FlowResult {
  pages: number;
  /** From the top of the summary's first line to the bottom of its last, in pages (0 without summary). */
  summaryPages: number;
}

const EPS = 0.01;

export function flow(blocks: readonly Block[], bodyHeightPt: number, widowControl: boolean): FlowResult {
  const H = bodyHeightPt;
  let page = 0;
  let y = 0;
  let pendingAfter = 0;
  let summaryStart = -1;
  let summaryEnd = -1;

  const newPage = () => {
    page++;
    y = 0;
    pendingAfter = 0;
  };

  /** The least room the block needs to start on this page (after spacing), for "keep with next". */
  const minimumStart = (b: Block | undefined): number => {
    if (!b) return 0;
    if (b.type === 'fixed') return b.heightPt;
    if (b.type === 'table') {
      const first = b.rows[0];
      const firstMin = !first ? 0 : first.cantSplit ? first.heightPt : first.paddingPt + first.lineHeightPt;
      return b.topBorderPt + b.header.heightPt + firstMin;
    }
    const lines = b.keepLines ? b.lines : Math.min(b.lines, widowControl ? 2 : 1);
    return b.beforePt + lines * b.lineHeightPt;
  };

  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index];
    if (b.type === 'fixed') {
      const gap = y === 0 ? 0 : pendingAfter;
      if (y > 0 && y + gap + b.heightPt > H + EPS) newPage();
      else y += gap;
      y += b.heightPt;
      pendingAfter = 0;
      continue;
    }
    if (b.type === 'table') {
      if (y > 0) y += pendingAfter;
      pendingAfter = 0;
      if (y > 0 && y + minimumStart(b) > H + EPS) newPage();
      y += b.topBorderPt + b.header.heightPt;
      for (const row of b.rows) {
        let rest = row.heightPt;
        for (let guard = 0; rest > 0 && guard < 1000; guard++) {
          if (y + rest <= H + EPS) {
            y += rest;
            rest = 0;
            break;
          }
          const fit = Math.floor((H - y - row.paddingPt + EPS) / row.lineHeightPt);
          const onTop = y <= b.topBorderPt + b.header.heightPt + EPS;
          if (!row.cantSplit && fit >= 1) {
            rest -= fit * row.lineHeightPt;
          } else if (onTop) {
            // Taller than a page and cannot split: it is clipped; count it as one page.
            rest = 0;
          }
          newPage();
          y = b.topBorderPt + b.header.heightPt;
        }
      }
      continue;
    }

    // Paragraph.
    let gap = y === 0 ? 0 : Math.max(pendingAfter, b.beforePt);
    const lh = b.lineHeightPt;
    if (b.keepNext && y > 0) {
      const next = blocks[index + 1];
      const own = b.lines * lh;
      const between = next && next.type === 'paragraph' ? Math.max(b.afterPt, next.beforePt) : b.afterPt;
      if (y + gap + own + between + minimumStart(next) > H + EPS) {
        newPage();
        gap = 0;
      }
    }
    let remaining = b.lines;
    let firstChunk = true;
    const slack = b.slackPt ?? 0;
    while (remaining > 0) {
      const fit = Math.floor((H - y - gap + slack + EPS) / lh);
      if (fit >= remaining) {
        if (b.summary && summaryStart < 0) summaryStart = page * H + y + gap;
        y += gap + remaining * lh;
        remaining = 0;
        break;
      }
      let k = Math.max(0, fit);
      if (b.keepLines) k = 0;
      if (widowControl && remaining >= 2) {
        if (remaining - k === 1) k--;
        if (firstChunk && k < 2) k = 0;
      }
      if (k <= 0 && y === 0) k = Math.max(1, fit); // at the top of a page something must go
      if (k > 0) {
        if (b.summary && summaryStart < 0) summaryStart = page * H + y + gap;
        y += gap + k * lh;
        remaining -= k;
        firstChunk = false;
      }
      newPage();
      gap = 0;
    }
    if (b.summary) summaryEnd = page * H + y;
    pendingAfter = b.afterPt;
  }
  return { pages: page + 1, summaryPages: summaryStart < 0 ? 0 : Math.max(0, summaryEnd - summaryStart) / H };
}
