import { useRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DocumentAddRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useHostApi } from '../state/host';
import { useI18n } from '../state/i18n';
import { useNavigation } from '../state/navigation';
import { useAction } from '../state/useAction';
import { ShellError } from './ShellError';
import { useFileActions } from './ShellFileActions';
import { ShellFileInput } from './ShellFileBar';

/**
 * A document that is not our report (no Individual or Collective template). What can be done depends on where the
 * pane runs: in Word the template can be inserted (Start); in file mode a template cannot be inserted into someone
 * else's .docx, so the notice offers what file mode can do: start a new report and copy this file's text into it,
 * or open another file.
 */
export function ForeignDocumentNotice() {
  const { t } = useI18n();
  const { mode, fileName } = useHostApi();
  const { go } = useNavigation();
  const { openFile } = useFileActions();
  const { run, busy, error, clearError } = useAction();
  const inputRef = useRef<HTMLInputElement>(null);
  if (mode === 'word') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('ui.checklist.noTemplate')}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => go('start')}>
            {t('ui.view.goStart')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent="warning" layout="multiline" data-testid="foreign-document">
        <MessageBarBody>
          <MessageBarTitle>{t('ui.foreign.title')}</MessageBarTitle>
          {fileName ? t('ui.foreign.fileNamed', { name: fileName }) : t('ui.foreign.file')}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" icon={<DocumentAddRegular />} onClick={() => go('start')}>
            {t('ui.foreign.startReport')}
          </Button>
          <Button size="small" icon={<FolderOpenRegular />} disabled={busy} onClick={() => inputRef.current?.click()}>
            {t('ui.foreign.openOther')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <ShellFileInput inputRef={inputRef} onFile={(file) => void run(() => openFile(file))} />
      {error ? <ShellError error={error} onDismiss={clearError} /> : null}
    </>
  );
}
