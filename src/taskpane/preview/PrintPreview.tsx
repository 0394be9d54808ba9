/**
 * The document as it will print, beside the pane (file mode, wide tab): docx-preview renders the FileHost's current
 * bytes (A4 page size and margins from the document's section), then `paginate` breaks the flow into A4 pages the
 * way a word processor does at block level (paragraphs, tables; a heading is kept with what follows). It re-renders
 * after every change of the document, debounced, so typing in the summary editor or saving a form shows up here.
 *
 * docx-preview only breaks pages at explicit breaks and sections; automatic page breaks are ours, by measuring the
 * rendered blocks. A paragraph is not split across pages, so a page may end a few lines early compared with Word or
 * LibreOffice; the checks' page figure stays the rules' (summary.pages), not this picture.
 */
import { useEffect, useRef, useState } from 'react';
import { renderAsync } from 'docx-preview';
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../../core/host';
import { useI18n } from '../state/i18n';
import '../views/guide/editor/messages';

/** The wide layout (src/taskpane/preview/PaneLayout.tsx): pane and preview side by side, each scrolling on its own. */
const LAYOUT_CSS = [
  '.bctt-layout:has(>.bctt-preview){display:grid;grid-template-columns:minmax(360px,480px) minmax(0,1fr);height:100vh;}',
  '.bctt-layout:has(>.bctt-preview)>.bctt-layout__pane{overflow-y:auto;min-width:0;border-right:1px solid var(--colorNeutralStroke2);}',
].join('\n');

/** Delay after the last change before the preview is laid out again. */
export const PREVIEW_DELAY_MS = 500;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  scroll: { flex: '1 1 auto', overflow: 'auto', position: 'relative' },
  pages: {
    '& .docx-wrapper': { background: 'transparent', padding: '24px', paddingBottom: 0 },
    '& .docx-wrapper > section.docx': { boxShadow: tokens.shadow8, marginBottom: '24px' },
  },
  stage: { position: 'absolute', top: 0, left: 0, visibility: 'hidden', pointerEvents: 'none', zIndex: -1 },
});

/** px of a CSS length as the browser computes it (e.g. "297mm"). */
function cssPx(el: HTMLElement, length: string): number {
  const probe = document.createElement('div');
  probe.style.cssText = `position:absolute;visibility:hidden;height:${length};width:0;`;
  el.appendChild(probe);
  const px = probe.getBoundingClientRect().height;
  probe.remove();
  return px;
}

function isHeading(el: Element): boolean {
  return /heading|title/i.test(el.className) || /^H[1-6]$/.test(el.tagName);
}

/**
 * Splits every rendered page (section.docx) whose content is taller than its page into A4 pages: blocks that do not
 * fit move to a new page with the same size and margins. Returns the number of pages.
 */
export function paginate(wrapper: HTMLElement): number {
  const firstPages = Array.from(wrapper.querySelectorAll<HTMLElement>(':scope > section'));
  for (const first of firstPages) {
    const height = cssPx(first, first.style.minHeight || '297mm');
    if (!(height > 0)) continue;
    let page = first;
    for (let guard = 0; guard < 500; guard++) {
      const article = page.querySelector<HTMLElement>(':scope > article');
      if (!article) break;
      const padBottom = parseFloat(getComputedStyle(page).paddingBottom) || 0;
      const top = page.getBoundingClientRect().top;
      const limit = height - padBottom;
      const blocks = Array.from(article.children) as HTMLElement[];
      let cut = -1;
      for (let i = 0; i < blocks.length; i++) {
        if (blocks[i].getBoundingClientRect().bottom - top > limit + 1) {
          cut = i;
          break;
        }
      }
      // Keep a heading with the block after it.
      while (cut > 0 && isHeading(blocks[cut - 1])) cut--;
      if (cut <= 0) break;
      const next = page.cloneNode(false) as HTMLElement;
      const nextArticle = article.cloneNode(false) as HTMLElement;
      next.appendChild(nextArticle);
      for (const block of blocks.slice(cut)) nextArticle.appendChild(block);
      page.style.height = `${height}px`;
      page.after(next);
      page = next;
    }
  }
  const pages = Array.from(wrapper.querySelectorAll<HTMLElement>(':scope > section'));
  pages.forEach((p, i) => {
    p.dataset.page = String(i + 1);
    p.setAttribute('role', 'group');
  });
  // Pictures of the document (the 4x6 photo) are shown, not described: the document's own text says what they are.
  for (const img of Array.from(wrapper.querySelectorAll('img'))) if (!img.hasAttribute('alt')) img.alt = '';
  return pages.length;
}

export default function PrintPreview({ host }: { host: DocumentHost }) {
  const { t } = useI18n();
  const styles = useStyles();
  const shown = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let running = false;
    let again = false;
    const render = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const bytes = await host.fileBytes();
        const into = stage.current;
        if (!live || !into) return;
        into.replaceChildren();
        await renderAsync(bytes, into, into, {
          inWrapper: true,
          breakPages: true,
          ignoreLastRenderedPageBreak: true,
          renderHeaders: true,
          renderFooters: true,
          renderComments: false,
          useBase64URL: true,
        });
        if (!live) return;
        const wrapper = into.querySelector<HTMLElement>('.docx-wrapper');
        const count = wrapper ? paginate(wrapper) : 0;
        wrapper
          ?.querySelectorAll<HTMLElement>(':scope > section')
          .forEach((p, i) => p.setAttribute('aria-label', tRef.current('editor.previewPage', { page: i + 1 })));
        shown.current?.replaceChildren(...Array.from(into.childNodes));
        setPages(count);
        setError(null);
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      } finally {
        running = false;
        if (again && live) {
          again = false;
          void render();
        }
      }
    };
    void render();
    const unsubscribe = host.onChange(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void render(), PREVIEW_DELAY_MS);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [host]);

  return (
    <aside className={`bctt-preview ${styles.root}`} aria-label={t('editor.preview')} data-testid="print-preview">
      <style>{LAYOUT_CSS}</style>
      <div className={styles.bar}>
        <Text weight="semibold">{t('editor.preview')}</Text>
        {pages !== null ? (
          <Text data-testid="print-preview-pages" aria-live="polite">
            {t('editor.previewPages', { pages })}
          </Text>
        ) : (
          <Spinner size="tiny" label={t('editor.previewLoading')} />
        )}
      </div>
      {error ? (
        <Text block role="alert">
          {t('editor.previewError', { message: error })}
        </Text>
      ) : null}
      {/* Focusable so the pages can be scrolled with the keyboard. */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label={t('editor.preview')}>
        <div ref={shown} className={styles.pages} data-testid="print-preview-pages-box" />
        <div ref={stage} className={`${styles.pages} ${styles.stage}`} aria-hidden="true" />
      </div>
    </aside>
  );
}
