import { useRef } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useHostApi } from '../state/host';
import { useI18n } from '../state/i18n';
import { useAction } from '../state/useAction';
import { ShellError } from './ShellError';
import { DOCX_MIME } from '../../core/mail/docxFile';
import { useFileActions } from './ShellFileActions';
import { SHELL_CLASSES } from './shellClasses';

const styles = SHELL_CLASSES;

/** An <input type=file> for .docx files; `onFile` gets the chosen file. Shared by the file bar and the start view. */
export function ShellFileInput({ inputRef, onFile }: { inputRef: React.RefObject<HTMLInputElement>; onFile: (file: File) => void }) {
  const { t } = useI18n();
  return (
    <input
      ref={inputRef}
      type="file"
      accept={`.docx,${DOCX_MIME}`}
      aria-label={t('ui.file.open')}
      data-testid="open-file-input"
      className={styles.fileInput}
      tabIndex={-1}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        // Clear, so choosing the same file again still fires a change.
        e.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}

/** File mode: the open file's name, "open" and "download". Drag-and-drop is handled by the shell. */
export function ShellFileBar() {
  const { t } = useI18n();
  const { host, fileName } = useHostApi();
  const { openFile, download } = useFileActions();
  const { run, busy, error, clearError } = useAction();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <section aria-label={t('ui.file.barLabel')}>
      <div className={styles.fileBar}>
        <Text size={200} className={styles.fileName} data-testid="file-name">
          {fileName ? t('ui.file.current', { name: fileName }) : t('ui.file.none')}
        </Text>
        <Button size="small" icon={<FolderOpen20Regular />} disabled={busy} onClick={() => inputRef.current?.click()}>
          {t('ui.file.open')}
        </Button>
        <Button size="small" icon={<ArrowDownload20Regular />} disabled={!host || busy} onClick={() => void run(download)}>
          {t('ui.file.download')}
        </Button>
        <ShellFileInput inputRef={inputRef} onFile={(file) => void run(() => openFile(file))} />
      </div>
      {error ? <ShellError error={error} onDismiss={clearError} /> : null}
    </section>
  );
}
