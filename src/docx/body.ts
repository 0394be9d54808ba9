/**
 * Text of WordprocessingML as Word shows it: runs split anywhere, proofing marks, bookmarks, smart tags,
 * custom XML, hyperlinks, simple and complex fields (result only), tracked changes (insertions counted,
 * deletions skipped), content controls at every level, mc:AlternateContent (first choice), text boxes.
 */
import type { StyleSheet, ResolvedFont } from './styles';
import { NS, type XmlElement, isEl, isW, ownText, wAttr, wChild } from './xml';

export interface TextPiece {
  text: string;
  font: ResolvedFont;
}

export interface Paragraph {
  text: string;
  pieces: TextPiece[];
}

/** Containers whose children are read as if they were in the parent (inline or block level). */
const TRANSPARENT_W = new Set([
  'hyperlink',
  'smartTag',
  'customXml',
  'ins',
  'moveTo',
  'fldSimple',
  'dir',
  'bdo',
  'sdtContent',
  'tbl',
  'tr',
  'tc',
  'txbxContent',
]);

export class BodyReader {
  /** Content controls whose content is placeholder text: skipped in every text. */
  readonly excluded = new Set<XmlElement>();

  constructor(private readonly styles: StyleSheet | null) {}

  /** Paragraphs of a block-level container (body, cell, block sdtContent), in document order. */
  blockParagraphs(container: XmlElement, out: Paragraph[] = []): Paragraph[] {
    for (const c of container.children) {
      if (typeof c === 'string') continue;
      if (isW(c, 'p')) {
        const extra: Paragraph[] = [];
        out.push(this.paragraph(c, extra));
        out.push(...extra);
      } else if (isW(c, 'sdt')) {
        if (this.excluded.has(c)) continue;
        const content = wChild(c, 'sdtContent');
        if (content) this.blockParagraphs(content, out);
      } else if (isW(c, 'tr') && isOnElement(wChild(wChild(c, 'trPr'), 'del'))) {
        continue;
      } else if (c.uri === NS.w && TRANSPARENT_W.has(c.local)) {
        this.blockParagraphs(c, out);
      } else if (isEl(c, NS.mc, 'AlternateContent')) {
        const choice = firstBranch(c);
        if (choice) this.blockParagraphs(choice, out);
      }
    }
    return out;
  }

  /** One paragraph's text; text-box paragraphs found inside it go to `extra`. */
  paragraph(p: XmlElement, extra: Paragraph[] = []): Paragraph {
    const pStyleEl = wChild(wChild(p, 'pPr'), 'pStyle');
    const state: InlineState = { pStyle: pStyleEl ? wAttr(pStyleEl, 'val') : undefined, fields: [], pieces: [], extra };
    this.inline(p, state);
    return { text: state.pieces.map((x) => x.text).join(''), pieces: state.pieces };
  }

  /** Text of inline content (e.g. a run-level control's sdtContent). */
  inlineText(container: XmlElement, pStyle?: string): Paragraph {
    const state: InlineState = { pStyle, fields: [], pieces: [], extra: [] };
    this.inline(container, state);
    const all = [state.pieces.map((x) => x.text).join(''), ...state.extra.map((x) => x.text)];
    return { text: all.join('\n'), pieces: [...state.pieces, ...state.extra.flatMap((x) => x.pieces)] };
  }

  private inline(container: XmlElement, state: InlineState): void {
    for (const c of container.children) {
      if (typeof c === 'string') continue;
      if (c.uri === NS.w) {
        switch (c.local) {
          case 'r':
            this.run(c, state);
            break;
          case 'sdt': {
            if (this.excluded.has(c)) break;
            const content = wChild(c, 'sdtContent');
            if (content) this.inline(content, state);
            break;
          }
          case 'p':
            // A paragraph nested in inline content (text box, odd sdt): its own paragraph.
            state.extra.push(this.paragraph(c, state.extra));
            break;
          default:
            if (TRANSPARENT_W.has(c.local)) this.inline(c, state);
          // del, moveFrom, pPr, proofErr, bookmarks, permStart… carry no visible text.
        }
      } else if (isEl(c, NS.mc, 'AlternateContent')) {
        const choice = firstBranch(c);
        if (choice) this.inline(choice, state);
      }
    }
  }

  private run(r: XmlElement, state: InlineState): void {
    const rPr = wChild(r, 'rPr');
    const rStyleEl = wChild(rPr, 'rStyle');
    let font: ResolvedFont | null = null;
    const push = (text: string): void => {
      if (!text) return;
      const top = state.fields[state.fields.length - 1];
      if (top === 'instruction') return;
      font ??= this.styles ? this.styles.resolve(state.pStyle, rStyleEl ? wAttr(rStyleEl, 'val') : undefined, rPr) : { name: '', sizePt: null };
      state.pieces.push({ text, font });
    };
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      if (c.uri === NS.w) {
        switch (c.local) {
          case 't':
            push(ownText(c));
            break;
          case 'tab':
          case 'ptab':
            push('\t');
            break;
          case 'br':
          case 'cr':
            push('\n');
            break;
          case 'noBreakHyphen':
            push('-');
            break;
          case 'fldChar': {
            const type = wAttr(c, 'fldCharType');
            if (type === 'begin') state.fields.push('instruction');
            else if (type === 'separate' && state.fields.length) state.fields[state.fields.length - 1] = 'result';
            else if (type === 'end') state.fields.pop();
            break;
          }
          case 'drawing':
          case 'pict':
          case 'object':
            this.textBoxes(c, state);
            break;
          // instrText, delText, delInstrText, softHyphen, rPr, lastRenderedPageBreak: no visible text.
        }
      } else if (isEl(c, NS.mc, 'AlternateContent')) {
        const choice = firstBranch(c);
        if (choice) this.textBoxes(choice, state);
      }
    }
  }

  /** Paragraphs of text boxes inside a drawing, read as paragraphs after the current one. */
  private textBoxes(el: XmlElement, state: InlineState): void {
    const stack: XmlElement[] = [el];
    while (stack.length) {
      const cur = stack.pop() as XmlElement;
      if (isW(cur, 'txbxContent')) {
        this.blockParagraphs(cur, state.extra);
        continue;
      }
      if (isEl(cur, NS.mc, 'AlternateContent')) {
        const choice = firstBranch(cur);
        if (choice) stack.push(choice);
        continue;
      }
      for (let i = cur.children.length - 1; i >= 0; i--) {
        const c = cur.children[i];
        if (typeof c === 'object') stack.push(c);
      }
    }
  }
}

interface InlineState {
  pStyle: string | undefined;
  /** Open complex fields: reading their instruction or their result. */
  fields: ('instruction' | 'result')[];
  pieces: TextPiece[];
  extra: Paragraph[];
}

function firstBranch(alternate: XmlElement): XmlElement | undefined {
  for (const c of alternate.children) {
    if (typeof c === 'object' && c.uri === NS.mc && (c.local === 'Choice' || c.local === 'Fallback')) return c;
  }
  return undefined;
}

function isOnElement(el: XmlElement | undefined): boolean {
  return el !== undefined;
}
