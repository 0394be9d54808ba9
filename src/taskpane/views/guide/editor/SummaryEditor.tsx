/**
 * The summary editor of file mode (where a person without Word writes the whole report), loaded only when it opens
 * (React.lazy in the writing-guide view):
 * Tiptap with the template's vocabulary (extensions.ts), a small toolbar, the live word count and page figure beside
 * it (core's `stats`, the same the checklist uses, over the text being typed), and a debounced save of the structured
 * paragraphs into the document through the host (`writeSummary`), so the checks and the print preview follow.
 * It opens with what the file holds (`readSummary`) and, coming from "Đi tới", at the finding's place.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Button, Spinner, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
// Toolbar buttons are words, not icons: the icon module holding the "Text…" icons is shared with the first view's
// chunk, so each icon added there would be downloaded before the pane shows (DESIGN.md §7 budget); and a word is its
// own accessible name (no label/content mismatch).
import { TextBulletListAdd20Regular } from '@fluentui/react-icons';
import { AppError, isAppError } from '../../../../core/errors';
import type { DocumentHost } from '../../../../core/host';
import { DEFAULT_RULE_CONFIG, stats } from '../../../../core/rules';
import type { FindingTarget } from '../../../../core/rules/types';
import type { DocumentSnapshot } from '../../../../core/snapshot';
import { blockTexts, type SummaryBlock } from '../../../../core/summaryBlocks';
import { FIELD } from '../../../../core/template';
import { useChecks } from '../../../state/checks';
import { useI18n } from '../../../state/i18n';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { summaryExtensions } from './extensions';
import { blocksToDoc, docToBlocks } from './summaryDoc';
import './messages';

/** Delay between the last keystroke and the save into the document. */
export const SAVE_DELAY_MS = 600;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, padding: 0 },
  bold: { fontWeight: tokens.fontWeightBold },
  italic: { fontStyle: 'italic', fontFamily: 'serif' },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    justifyContent: 'space-between',
    minWidth: 0,
  },
  box: {
    minHeight: '240px',
    maxHeight: '60vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    '& .ProseMirror': {
      minHeight: '220px',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      outlineStyle: 'none',
      fontFamily: '"Times New Roman", "Liberation Serif", serif',
      fontSize: '16px',
      lineHeight: 1.4,
      overflowWrap: 'anywhere',
      whiteSpace: 'pre-wrap',
    },
    '& .ProseMirror p': { margin: `0 0 ${tokens.spacingVerticalS}`, textAlign: 'justify' },
    '& .ProseMirror h2': { fontSize: '16px', fontWeight: 700, margin: `${tokens.spacingVerticalS} 0` },
    '& .ProseMirror ul, & .ProseMirror ol': { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: '1.5em' },
    '& .ProseMirror li p': { margin: 0 },
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

function toAppError(e: unknown): AppError {
  return isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e);
}

/** The snapshot the checks last read, with the summary as typed now (for the live word and page figures). */
function withSummary(snapshot: DocumentSnapshot, blocks: readonly SummaryBlock[]): DocumentSnapshot {
  const paragraphs = blockTexts(blocks);
  const text = paragraphs.join('\n');
  const field = snapshot.fields[FIELD.summary] ?? { id: FIELD.summary, text: '', showingPlaceholder: true };
  return {
    ...snapshot,
    fields: { ...snapshot.fields, [FIELD.summary]: { ...field, text, paragraphs, showingPlaceholder: text.trim() === '' } },
  };
}

/**
 * Where `wanted` first occurs in the editor's document, as document positions, or null. Compared the way the rules
 * compare text (NFC, case-insensitive, any run of whitespace as one space), across marks and paragraphs: a finding's
 * text (e.g. leftover instruction text, which the rule reports lower-cased) may span a bold run or a line break.
 */
export function findText(doc: ProseMirrorNode, wanted: string): { from: number; to: number } | null {
  const needle = wanted.normalize('NFC').toLowerCase().replace(/[\s\u200b]+/g, ' ').trim();
  if (!needle) return null;
  let flat = '';
  const positions: number[] = [];
  const space = (pos: number) => {
    if (flat !== '' && !flat.endsWith(' ')) {
      flat += ' ';
      positions.push(pos);
    }
  };
  doc.descendants((node, pos) => {
    if (node.isText && node.text) {
      const text = node.text.normalize('NFC');
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (/[\s\u200b]/.test(ch)) space(pos + i);
        else {
          // Lower-casing keeps one code unit per code unit for Vietnamese; a letter that grows keeps its position.
          for (const c of ch.toLowerCase()) {
            flat += c;
            positions.push(pos + i);
          }
        }
      }
      return false;
    }
    if (node.type.name === 'hardBreak' || node.isBlock) space(pos);
    return true;
  });
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  return { from: positions[at], to: positions[at + needle.length - 1] + 1 };
}

/** Puts the cursor at a finding's place (its text, selected and scrolled into view), else at the end of the summary. */
export function focusAt(editor: Editor, target: FindingTarget | null): void {
  const found = target?.text ? findText(editor.state.doc, target.text) : null;
  if (found) {
    editor.chain().focus().setTextSelection(found).scrollIntoView().run();
    return;
  }
  editor.chain().focus('end').scrollIntoView().run();
}

export interface SummaryEditorProps {
  host: DocumentHost;
  /** The writing guide's headings (always Vietnamese: the document's language). */
  headings: readonly string[];
  /** Where "Đi tới" asked to go (a finding's target), or null to open without moving the cursor. */
  focus: FindingTarget | null;
  onFocused?: () => void;
}

export default function SummaryEditor(props: SummaryEditorProps) {
  const { t } = useI18n();
  const { host } = props;
  const [initial, setInitial] = useState<SummaryBlock[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let live = true;
    setInitial(null);
    setError(null);
    if (!host.readSummary) {
      setError(new AppError('editor.notAvailable'));
      return undefined;
    }
    host.readSummary().then(
      (blocks) => live && setInitial(blocks),
      (e) => live && setError(toAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [host]);
  if (error) return <ErrorMessage error={error} />;
  if (!initial) return <Spinner size="small" label={t('editor.loading')} />;
  return <EditorBody {...props} initial={initial} />;
}

function EditorBody({ host, headings, focus, onFocused, initial }: SummaryEditorProps & { initial: SummaryBlock[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { result } = useChecks();
  const [blocks, setBlocks] = useState<SummaryBlock[]>(initial);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<AppError | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; blocks: SummaryBlock[] } | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const countsId = 'summary-editor-counts';

  const save = useCallback(
    (next: SummaryBlock[]) => {
      setSaveState('saving');
      saving.current = saving.current
        .then(() => host.writeSummary?.(next))
        .then(
          () => {
            if (!pending.current) setSaveState('saved');
            setError(null);
          },
          (e) => {
            setSaveState('idle');
            setError(toAppError(e));
          },
        );
    },
    [host],
  );

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    save(p.blocks);
  }, [save]);

  const editor = useEditor({
    extensions: summaryExtensions(),
    content: blocksToDoc(initial),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('editor.label'),
        'aria-describedby': countsId,
        'data-testid': 'summary-editor',
        spellcheck: 'true',
        lang: 'vi',
      },
    },
    onUpdate: ({ editor: e }) => {
      const next = docToBlocks(e.getJSON());
      setBlocks(next);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { blocks: next, timer: setTimeout(flush, SAVE_DELAY_MS) };
      setSaveState('saving');
    },
  });

  // Leaving the view (or the file) saves what is pending at once.
  useEffect(() => () => flush(), [flush]);

  const focused = useRef(false);
  useEffect(() => {
    if (!editor || focused.current || !focus) return;
    focused.current = true;
    focusAt(editor, focus);
    onFocused?.();
  }, [editor, focus, onFocused]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: !!e?.isActive('heading'),
      bold: !!e?.isActive('bold'),
      italic: !!e?.isActive('italic'),
      bullet: !!e?.isActive('bulletList'),
      ordered: !!e?.isActive('orderedList'),
    }),
  });

  const figures = useMemo(() => {
    const target = DEFAULT_RULE_CONFIG.summaryTargetWords;
    const base = result?.snapshot;
    if (!base) return null;
    const s = stats(withSummary(base, blocks), { now: result.at });
    return { words: s.summaryWords, target, pages: s.pages, estimated: s.pagesSource === 'estimate' };
  }, [blocks, result]);

  const insertHeadings = () => {
    editor
      ?.chain()
      .focus('end')
      .insertContent(
        headings.flatMap((text) => [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] },
          { type: 'paragraph' },
        ]),
      )
      .run();
  };

  const pressed = (on: boolean | undefined) => (on ? { checked: true } : { checked: false });

  return (
    <section className={styles.root} aria-label={t('editor.title')} data-testid="summary-editor-section">
      {/* A plain group, not Fluent's Toolbar: its arrow-key focus manager adds aria-hidden focusable elements. */}
      <div role="group" aria-label={t('editor.toolbar')} className={styles.toolbar}>
        <ToggleButton
          size="small"
          appearance="subtle"
          {...pressed(active?.heading)}
          onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()}
        >
          {t('editor.heading')}
        </ToggleButton>
        <ToggleButton
          size="small"
          appearance="subtle"
          {...pressed(active?.bold)}
          onClick={() => editor?.chain().focus().toggleBold().run()}
        >
          <span className={styles.bold}>{t('editor.bold')}</span>
        </ToggleButton>
        <ToggleButton
          size="small"
          appearance="subtle"
          {...pressed(active?.italic)}
          onClick={() => editor?.chain().focus().toggleItalic().run()}
        >
          <span className={styles.italic}>{t('editor.italic')}</span>
        </ToggleButton>
        <ToggleButton
          size="small"
          appearance="subtle"
          {...pressed(active?.bullet)}
          onClick={() => editor?.chain().focus().toggleBulletList().run()}
        >
          {t('editor.bulletList')}
        </ToggleButton>
        <ToggleButton
          size="small"
          appearance="subtle"
          {...pressed(active?.ordered)}
          onClick={() => editor?.chain().focus().toggleOrderedList().run()}
        >
          {t('editor.orderedList')}
        </ToggleButton>
        <Button size="small" appearance="subtle" icon={<TextBulletListAdd20Regular />} onClick={insertHeadings}>
          {t('editor.insertHeadings')}
        </Button>
      </div>
      <div className={styles.counts} id={countsId} data-testid="summary-editor-counts">
        <Text weight="semibold" data-testid="summary-editor-words">
          {t('editor.words', {
            words: figures?.words ?? 0,
            target: figures?.target ?? DEFAULT_RULE_CONFIG.summaryTargetWords,
          })}
        </Text>
        {figures ? (
          <Text data-testid="summary-editor-pages">
            {t(figures.estimated ? 'editor.pagesEstimated' : 'editor.pages', {
              pages: figures.pages,
              min: DEFAULT_RULE_CONFIG.minPages,
            })}
          </Text>
        ) : null}
      </div>
      <div className={styles.box}>
        <EditorContent editor={editor} />
      </div>
      <Text size={200} role="status" aria-live="polite" data-testid="summary-editor-save">
        {saveState === 'saving' ? t('editor.saving') : saveState === 'saved' ? t('editor.saved') : ''}
      </Text>
      {error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
