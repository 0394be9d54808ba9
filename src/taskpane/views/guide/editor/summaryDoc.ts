/**
 * The summary editor's document (Tiptap/ProseMirror JSON) <-> the summary's structured paragraphs
 * (src/core/summaryBlocks.ts), which FileHost writes into the document in the template's styles.
 *
 * The editor's schema is the template's: paragraphs, one heading level (the writing guide's headings, Heading 2 in
 * the document), bold, italic, line breaks, bullet and numbered lists nested up to three levels. Anything else that
 * arrives (pasted from Word or a web page: fonts, colours, tables, links, images) is dropped by the schema itself, and
 * `cleanPastedHtml` turns Word's list paragraphs into real lists and every heading level into the guide's first. Pure functions over JSON and a DOM parser.
 */
import type { JSONContent } from '@tiptap/core';
import { isBlank } from '../../../../core/text/clean';
import { MAX_LIST_LEVEL, normalizeBlocks, type SummaryBlock, type SummaryRun } from '../../../../core/summaryBlocks';

type Marks = { bold?: boolean; italic?: boolean };

function runsToInline(runs: readonly SummaryRun[]): JSONContent[] {
  const out: JSONContent[] = [];
  for (const run of runs) {
    const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (piece) out.push({ type: 'text', text: piece, ...(marks.length ? { marks } : {}) });
    });
  }
  return out;
}

function textBlock(type: 'paragraph' | 'heading', runs: readonly SummaryRun[]): JSONContent {
  const content = runsToInline(runs);
  return { type, ...(type === 'heading' ? { attrs: { level: 2 } } : {}), ...(content.length ? { content } : {}) };
}

/** Blocks -> the editor's document. Consecutive list paragraphs become nested lists by level. */
export function blocksToDoc(input: readonly SummaryBlock[]): JSONContent {
  const blocks = normalizeBlocks(input);
  const content: JSONContent[] = [];
  let i = 0;
  // A list (and its nested lists) starting at blocks[i] with the given level.
  const list = (level: number): JSONContent => {
    const kind = blocks[i].kind;
    const node: JSONContent = { type: kind === 'ordered' ? 'orderedList' : 'bulletList', content: [] };
    while (i < blocks.length) {
      const b = blocks[i];
      if ((b.kind !== 'bullet' && b.kind !== 'ordered') || (b.level ?? 0) < level) break;
      if ((b.level ?? 0) === level && b.kind !== kind) break;
      if ((b.level ?? 0) > level) {
        // Deeper item without a parent at this level yet: attach to the last item (or an empty one).
        let last = node.content![node.content!.length - 1];
        if (!last) {
          last = { type: 'listItem', content: [{ type: 'paragraph' }] };
          node.content!.push(last);
        }
        last.content!.push(list(level + 1));
        continue;
      }
      node.content!.push({ type: 'listItem', content: [textBlock('paragraph', b.runs)] });
      i++;
    }
    return node;
  };
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind === 'bullet' || b.kind === 'ordered') {
      content.push(list(0));
      continue;
    }
    content.push(textBlock(b.kind === 'heading' ? 'heading' : 'paragraph', b.runs));
    i++;
  }
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}

function inlineToRuns(nodes: readonly JSONContent[] | undefined): SummaryRun[] {
  const runs: SummaryRun[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      const last = runs[runs.length - 1];
      if (last) last.text += '\n';
      else runs.push({ text: '\n' });
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks: Marks = {};
    for (const m of node.marks ?? []) {
      if (m.type === 'bold') marks.bold = true;
      if (m.type === 'italic') marks.italic = true;
    }
    runs.push({ text: node.text, ...marks });
  }
  return runs;
}

/** The editor's document -> blocks (normalised: NFC, runs merged, levels clamped). */
export function docToBlocks(doc: JSONContent): SummaryBlock[] {
  const out: SummaryBlock[] = [];
  const walk = (
    nodes: readonly JSONContent[] | undefined,
    listKind: 'bullet' | 'ordered' | null,
    level: number,
  ): void => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'heading':
          out.push({ kind: listKind ?? 'heading', runs: inlineToRuns(node.content), ...(listKind ? { level } : {}) });
          break;
        case 'paragraph':
          out.push({ kind: listKind ?? 'paragraph', runs: inlineToRuns(node.content), ...(listKind ? { level } : {}) });
          break;
        case 'bulletList':
        case 'orderedList': {
          const kind = node.type === 'orderedList' ? 'ordered' : 'bullet';
          const next = listKind === null ? 0 : Math.min(MAX_LIST_LEVEL, level + 1);
          for (const item of node.content ?? []) {
            // The first paragraph of an item is the list paragraph; what follows in it (more paragraphs, nested
            // lists) keeps the list's level or goes one deeper.
            const [first, ...rest] = item.content ?? [];
            if (first) walk([first], kind, next);
            for (const r of rest) walk([r], kind, next);
          }
          break;
        }
        default:
          walk(node.content, listKind, level);
      }
    }
  };
  walk(doc.content, null, 0);
  const blocks = normalizeBlocks(out);
  // One empty paragraph is the editor's "nothing written".
  return blocks.length === 1 && blocks[0].runs.length === 0 ? [] : blocks;
}

/**
 * HTML pasted from Word (or a web page) before the schema sees it: h1–h6 become the one heading level, table cells
 * paragraphs, blank paragraphs go; Word's list paragraphs (`MsoListParagraph…`, `mso-list`) become `<ul>`/`<ol>` items
 * without their typed markers, conditional comments and `<o:p>` go.
 * Everything else (styles, fonts, colours) is left for the schema to drop.
 */
export function cleanPastedHtml(pasted: string, parse: (html: string) => Document): string {
  // Every heading level is the guide's one heading style.
  const html = pasted.replace(/<(\/?)h[1-6](?=[\s>])/gi, '<$1h2');
  const wordLists = /mso-list|MsoList/i.test(html);
  const doc = parse(
    html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, '$1'),
  );
  const body = doc.body;
  for (const o of Array.from(body.getElementsByTagName('o:p'))) o.replaceWith(...Array.from(o.childNodes));
  // A table has no place in the summary: each cell's text becomes its own paragraph (not glued to the next cell's).
  for (const cell of Array.from(body.querySelectorAll('td, th'))) {
    if (!cell.querySelector('p, div, ul, ol, h1, h2, h3, h4, h5, h6')) cell.innerHTML = `<p>${cell.innerHTML}</p>`;
  }
  // Blank paragraphs (Word's <o:p>&nbsp;</o:p>, LibreOffice's <p><br></p>) are spacing, which the template's styles
  // give: they would be empty paragraphs in the report.
  for (const block of Array.from(body.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, li')).reverse()) {
    if (isBlank(block.textContent ?? '') && !block.querySelector('p, div, ul, ol, li, table')) block.remove();
  }
  if (!wordLists) return body.innerHTML;
  const isListPara = (el: Element): boolean =>
    el.tagName === 'P' &&
    (/MsoListParagraph/i.test(el.className) || /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? ''));
  const levelOf = (el: Element): number => {
    const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(el.getAttribute('style') ?? '');
    return m ? Math.max(0, Math.min(MAX_LIST_LEVEL, Number(m[1]) - 1)) : 0;
  };
  const children = Array.from(body.children);
  for (let i = 0; i < children.length; i++) {
    if (!isListPara(children[i])) continue;
    const first = children[i];
    const markerOf = (el: Element): string => {
      const ignore = el.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]');
      return (ignore?.textContent ?? '').trim();
    };
    const ordered = /^[\dIVXivxa-zA-Z]{1,4}[.)]$/.test(markerOf(first));
    const list = doc.createElement(ordered ? 'ol' : 'ul');
    first.before(list);
    // Items by level: deeper levels nest in the previous item.
    const stack: Element[] = [list];
    while (i < children.length && isListPara(children[i])) {
      const p = children[i];
      for (const ignore of Array.from(p.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]')))
        ignore.remove();
      const level = levelOf(p);
      while (stack.length - 1 > level) stack.pop();
      while (stack.length - 1 < level) {
        const parent = stack[stack.length - 1];
        const lastItem = parent.lastElementChild ?? parent.appendChild(doc.createElement('li'));
        const nested = doc.createElement(ordered ? 'ol' : 'ul');
        lastItem.appendChild(nested);
        stack.push(nested);
      }
      const li = doc.createElement('li');
      const para = doc.createElement('p');
      para.innerHTML = p.innerHTML;
      li.appendChild(para);
      stack[stack.length - 1].appendChild(li);
      p.remove();
      i++;
    }
    i--;
  }
  return body.innerHTML;
}
