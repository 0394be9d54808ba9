/**
 * Start: choose Cá nhân or Tập thể, then insert the official template (Word: as a new document or here, asking before
 * replacing content) or, in file mode, create a new template or open an existing .docx.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { DocumentAdd20Regular, FolderOpen20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import { isAppError } from '../../../core/errors';
import { DEFAULT_LANG, LATER_UI, loadCatalogs } from '../../../core/i18n';
import type { InsertMode } from '../../../core/host';
import type { TemplateKind } from '../../../core/template/types';
import { useHostApi } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation } from '../../state/navigation';
import { useAction } from '../../state/useAction';
import { ShellError } from '../../shell/ShellError';
import { useFileActions } from '../../shell/ShellFileActions';
import { ShellFileInput } from '../../shell/ShellFileBar';
import { SHELL_CLASSES } from '../../shell/shellClasses';
import { StartThumbnail } from './StartThumbnail';

// The question's text is the host's refusal (host.notEmpty): its messages come with it (and its buttons').
const StartOverwriteDialog = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "dialog-overwrite" */ './StartOverwriteDialog'),
    loadCatalogs(DEFAULT_LANG, ['host', ...LATER_UI]),
  ]).then(([m]) => m),
);
// Shown only after inserting a new document (Word): its message bar and text load then, not with the first render.
const StartOpenedNotice = lazy(() =>
  Promise.all([import(/* webpackChunkName: "notice-opened" */ './StartOpenedNotice'), loadCatalogs(DEFAULT_LANG, LATER_UI)]).then(([m]) => m),
);

const KINDS: readonly TemplateKind[] = ['individual', 'collective'];

const styles = SHELL_CLASSES;

export default function StartView() {
  const { t } = useI18n();
  const { host, mode } = useHostApi();
  const { go } = useNavigation();
  const { createTemplate, openFile } = useFileActions();
  const { run, busy, error, clearError } = useAction();
  const [kind, setKind] = useState<TemplateKind>('individual');
  const [pending, setPending] = useState<{ kind: TemplateKind; mode: InsertMode } | null>(null);
  // The overwrite question, once asked, stays mounted and is closed with `open`: a Fluent Dialog unmounted while open
  // leaves aria-hidden on the pane (https://github.com/microsoft/fluentui/issues/35139), hiding it from screen readers.
  const [asked, setAsked] = useState<{ kind: TemplateKind; mode: InsertMode } | null>(null);
  const [opened, setOpened] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const insert = async (k: TemplateKind, insertMode: InsertMode, overwrite: boolean) => {
    if (!host) return;
    setOpened(false);
    let needsConfirmation = false;
    const done = await run(async () => {
      try {
        await host.insertTemplate(k, insertMode, overwrite ? { overwrite: true } : undefined);
        return true;
      } catch (e) {
        if (isAppError(e) && e.messageKey === 'host.notEmpty' && !overwrite) {
          needsConfirmation = true;
          return false;
        }
        throw e;
      }
    });
    if (needsConfirmation) {
      setPending({ kind: k, mode: insertMode });
      setAsked({ kind: k, mode: insertMode });
    }
    else if (done && insertMode === 'newDocument') setOpened(true);
    else if (done) go('checklist');
  };

  const insertModes = mode === 'word' && host ? host.capabilities.insertModes : [];

  return (
    <div className={styles.start}>
      {/* Native radio buttons tinted with the brand colour (ShellStyles): the whole card is the label, arrow keys move
          within the group, and the first view stays ~3 KB lighter than with Fluent's Radio. */}
      <div role="radiogroup" aria-label={t('ui.start.kindLabel')} className={styles.startGroup}>
        {KINDS.map((k) => (
          <label key={k} className={mergeClasses(styles.startOption, kind === k && styles.startOptionSelected)}>
            <StartThumbnail kind={k} width={44} />
            <span className={styles.startOptionText}>
              <span className={styles.startRadio}>
                <input
                  type="radio"
                  name="bctt-start-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  aria-labelledby={`start-name-${k}`}
                  aria-describedby={`start-desc-${k}`}
                />
                <Text weight="semibold" id={`start-name-${k}`}>
                  {t(`ui.start.${k}`)}
                </Text>
              </span>
              <Text size={200} id={`start-desc-${k}`}>
                {t(`ui.start.description.${k}`)}
              </Text>
            </span>
          </label>
        ))}
      </div>

      <div className={styles.startActions}>
        {/* In the host's order of preference: the first is the primary action (Word on the web puts 'here' first). */}
        {insertModes.map((m, i) =>
          m === 'newDocument' ? (
            <Button key={m} appearance={i === 0 ? 'primary' : 'secondary'} icon={<DocumentAdd20Regular />} disabled={busy} onClick={() => void insert(kind, 'newDocument', false)}>
              {t('ui.start.insertNew')}
            </Button>
          ) : (
            <Button key={m} appearance={i === 0 ? 'primary' : 'secondary'} icon={<TextBulletListAdd20Regular />} disabled={busy} onClick={() => void insert(kind, 'here', false)}>
              {t('ui.start.insertHere')}
            </Button>
          ),
        )}
        {insertModes[0] === 'here' && insertModes.includes('newDocument') ? <Text size={200}>{t('ui.start.webNewDocument')}</Text> : null}
        {mode === 'file' ? (
          <>
            <Button appearance="primary" icon={<DocumentAdd20Regular />} disabled={busy} onClick={() => void run(() => createTemplate(kind))}>
              {t('ui.start.createFile')}
            </Button>
            <Text>{t('ui.start.orOpen')}</Text>
            <Button icon={<FolderOpen20Regular />} disabled={busy} onClick={() => inputRef.current?.click()}>
              {t('ui.file.open')}
            </Button>
            <ShellFileInput inputRef={inputRef} onFile={(file) => void run(() => openFile(file))} />
          </>
        ) : null}
      </div>

      {opened ? (
        <Suspense fallback={null}>
          <StartOpenedNotice />
        </Suspense>
      ) : null}
      {error ? <ShellError error={error} onDismiss={clearError} /> : null}

      {asked ? (
        <Suspense fallback={null}>
          <StartOverwriteDialog
            open={pending !== null}
            onConfirm={() => {
              const p = pending ?? asked;
              setPending(null);
              void insert(p.kind, p.mode, true);
            }}
            onCancel={() => setPending(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
