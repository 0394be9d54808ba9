/**
 * The report as a word processor lays it out: blocks of our templates (title, photo frame, labelled fields, headings,
 * summary paragraphs, the models table whose rows never split, the closing empty paragraph) built from a
 * DocumentSnapshot and flowed into pages. Inputs: REPORT_LAYOUT (params.ts) and the template specs; font widths
 * from the generated table.
 */
import type { DocumentSnapshot } from '../snapshot';
import { MODEL_COLUMNS } from '../template/columns';
import { FIELD } from '../template/roles';
import { TEMPLATES } from '../template/templates';
import type { TemplateKind } from '../template/types';
import { normalize } from '../text/normalize';
import { type Block, type ParagraphBlock, type TableRow, flow } from './flow';
import { countLines } from './lines';
import { descentPt, singleLinePt } from './metrics';

const EMU_PER_PT = 12700;
import { type LayoutParams, type ParagraphStyle, PT_PER_MM, REPORT_LAYOUT } from './params';

export interface ReportLayout {
  /** Pages of the whole report. */
  pages: number;
  /** The summary's own extent, in pages (e.g. 1.8), from its first line to its last. */
  summaryPages: number;
}

/** What the layout needs, in plain data (built from a snapshot by `layoutInput`, or directly in tests). */
export interface LayoutInput {
  kind: TemplateKind;
  /** Text fields (hoTen, sinhNam, chucVuDonVi / tenTapThe) as shown: the value, or the instruction while empty. */
  fields: Record<string, string>;
  /** Summary paragraphs as shown (the instruction while empty). */
  summary: readonly string[];
  /** Body rows of the models table, cells in template column order (TT first); [] keeps the template's empty row. */
  rows: readonly (readonly string[])[];
  /** Height of the picture in the 4x6 frame, in points; absent while the frame is empty. */
  photoHeightPt?: number;
}

function textWidthPt(p: LayoutParams): number {
  return (p.page.widthMm - p.page.leftMm - p.page.rightMm) * PT_PER_MM;
}

function paragraph(text: string, style: ParagraphStyle, widthPt: number, summary = false): ParagraphBlock {
  const lines = countLines(normalize(text), {
    sizePt: style.sizePt,
    bold: style.bold,
    firstWidthPt: widthPt - style.firstLinePt,
    widthPt,
  });
  const single = singleLinePt(style.sizePt);
  return {
    type: 'paragraph',
    lines,
    lineHeightPt: single * style.lineMultiple,
    slackPt: Math.max(0, single * style.lineMultiple - single),
    beforePt: style.beforePt,
    afterPt: style.afterPt,
    keepNext: style.keepNext,
    keepLines: style.keepLines,
    ...(summary ? { summary } : {}),
  };
}

function row(
  cells: readonly string[],
  style: ParagraphStyle,
  colWidthsPt: readonly number[],
  p: LayoutParams,
  cantSplit: boolean,
): TableRow {
  const lh = singleLinePt(style.sizePt) * style.lineMultiple;
  const gap = Math.max(style.beforePt, style.afterPt);
  let tallest = 0;
  let tallestLines = 0;
  for (let c = 0; c < colWidthsPt.length; c++) {
    const width = colWidthsPt[c] - 2 * p.table.cellMarginLeftRightPt;
    const paragraphs = normalize(cells[c] ?? '').split('\n');
    let lines = 0;
    for (const text of paragraphs)
      lines += countLines(text, { sizePt: style.sizePt, bold: style.bold, firstWidthPt: width, widthPt: width });
    const height = lines * lh + style.beforePt + style.afterPt + (paragraphs.length - 1) * gap;
    if (height > tallest) {
      tallest = height;
      tallestLines = lines;
    }
  }
  const heightPt = tallest + p.table.borderPt;
  return { heightPt, lineHeightPt: lh, paddingPt: heightPt - tallestLines * lh, cantSplit };
}

/** Blocks of the report, in document order. */
export function reportBlocks(input: LayoutInput, p: LayoutParams = REPORT_LAYOUT): Block[] {
  const spec = TEMPLATES[input.kind];
  const width = textWidthPt(p);
  const s = p.styles;
  const blocks: Block[] = [paragraph(spec.title.vi, s.title, width)];
  for (const field of spec.fields) {
    switch (field.kind) {
      case 'picture':
        // The frame is at least 6 cm; a picture sits on a text line, so the line's descent adds to its height.
        blocks.push({
          type: 'fixed',
          heightPt:
            Math.max(p.photo.heightMm * PT_PER_MM, (input.photoHeightPt ?? 0) + descentPt(s.normal.sizePt)) +
            p.photo.borderPt,
        });
        break;
      case 'text':
      case 'year': {
        const label = `${input.kind === 'individual' ? '- ' : ''}${field.label?.vi ?? ''}: `;
        blocks.push(paragraph(label + (input.fields[field.id] ?? field.instruction), s.normal, width));
        break;
      }
      case 'richText': {
        blocks.push(paragraph(spec.headings.summary, s.heading, width));
        const summary = input.summary.length > 0 ? input.summary : [field.instruction];
        for (const text of summary) blocks.push(paragraph(text, s.normal, width, true));
        break;
      }
      case 'table': {
        blocks.push(paragraph(spec.headings.models, s.heading, width));
        const cols = p.table.widthsPct.map((pct) => (width * pct) / 100);
        const rows = input.rows.length > 0 ? input.rows : [['1']];
        blocks.push({
          type: 'table',
          topBorderPt: p.table.borderPt,
          header: row(
            MODEL_COLUMNS.map((c) => c.header),
            s.tableHeader,
            cols,
            p,
            true,
          ),
          // Body rows are w:cantSplit (src/ooxml/table.ts): a row that does not fit moves whole to the next page.
          rows: rows.map((cells) => row(cells, s.tableText, cols, p, true)),
        });
        break;
      }
    }
  }
  // The empty paragraph that closes the body after the table (no space after): measured with LibreOffice, an empty
  // paragraph takes a single line, its proportional spacing does not apply.
  blocks.push({ ...paragraph('', s.normal, width), afterPt: 0, lineHeightPt: singleLinePt(s.normal.sizePt) });
  return blocks;
}

/** Body height in points: the page less its margins; the page-number header only matters if it reaches the body. */
export function bodyHeightPt(p: LayoutParams = REPORT_LAYOUT): number {
  const headerBottom =
    p.page.headerMm * PT_PER_MM + singleLinePt(p.styles.header.sizePt) * p.styles.header.lineMultiple;
  const top = Math.max(p.page.topMm * PT_PER_MM, headerBottom);
  return p.page.heightMm * PT_PER_MM - top - p.page.bottomMm * PT_PER_MM;
}

/** Lay out `input` into pages. */
export function layoutReport(input: LayoutInput, p: LayoutParams = REPORT_LAYOUT): ReportLayout {
  const result = flow(reportBlocks(input, p), bodyHeightPt(p), p.widowControl);
  return { pages: result.pages, summaryPages: Math.round(result.summaryPages * 10) / 10 };
}

/** The layout input of a snapshot; null when the document holds no known template. */
export function layoutInput(snapshot: DocumentSnapshot): LayoutInput | null {
  const kind = snapshot.template?.id;
  if (kind !== 'individual' && kind !== 'collective') return null;
  const fields: Record<string, string> = {};
  for (const field of TEMPLATES[kind].fields) {
    const f = snapshot.fields[field.id];
    if (f && !f.showingPlaceholder && (field.kind === 'text' || field.kind === 'year')) fields[field.id] = f.text;
  }
  const tomTat = snapshot.fields[FIELD.summary];
  const summary = !tomTat || tomTat.showingPlaceholder ? [] : (tomTat.paragraphs ?? tomTat.text.split('\n'));
  const picture = snapshot.fields[FIELD.photo]?.picture;
  return {
    kind,
    fields,
    summary,
    rows: snapshot.table?.rows ?? [],
    ...(picture ? { photoHeightPt: picture.heightEmu / EMU_PER_PT } : {}),
  };
}

/** The report's layout from a snapshot; null without a known template. */
export function layoutSnapshot(snapshot: DocumentSnapshot, p: LayoutParams = REPORT_LAYOUT): ReportLayout | null {
  const input = layoutInput(snapshot);
  return input ? layoutReport(input, p) : null;
}
