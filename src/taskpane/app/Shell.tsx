/**
 * The pane's frame: header (product name, live ready/not-ready status), file bar in file mode, compact navigation,
 * then the current view, loaded on demand behind a spinner. In file mode a .docx can be dropped anywhere on it.
 */
import { Suspense, useState, type DragEvent } from 'react';
import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { FileGuard } from '../shell/FileGuard';
import { RemovalGuard } from '../shell/RemovalGuard';
import { ShellError } from '../shell/ShellError';
import { useFileActions } from '../shell/ShellFileActions';
import { ShellFileBar } from '../shell/ShellFileBar';
import { ShellNav } from './ShellNav';
import { ShellStatus } from '../shell/ShellStatus';
import { ShellStyles } from '../shell/ShellStyles';
import { SHELL_CLASSES } from '../shell/shellClasses';
import { ShellViewBoundary } from '../shell/ShellViewBoundary';
import { VIEWS, forgetView, lazyView } from './registry';
import { useHostApi } from '../state/host';
import { useI18n } from '../state/i18n';
import { useNavigation } from '../state/navigation';
import { useSendEnvRetry } from '../state/sendEnv';
import { useAction } from '../state/useAction';
import { FileReadProgress } from '../shell/FileReadProgress';
import { FirstViewMark } from '../state/firstView';
import { PaneSpinner } from '../ui/PaneSpinner';

const styles = SHELL_CLASSES;

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

function NeedsDocument() {
  const { t } = useI18n();
  const { go } = useNavigation();
  return (
    <div className={styles.notice}>
      <Text block>{t('ui.view.needsDocument')}</Text>
      <Button appearance="primary" onClick={() => go('start')}>
        {t('ui.view.goStart')}
      </Button>
    </div>
  );
}

export function Shell() {
  const { t } = useI18n();
  const { mode, host } = useHostApi();
  const { view } = useNavigation();
  const { openFile } = useFileActions();
  const drop = useAction();
  const [dragging, setDragging] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retrySendEnv = useSendEnvRetry();

  const View = lazyView(view);
  const blocked = VIEWS[view].needsDocument && !host;
  const fileMode = mode === 'file';

  const dragProps = fileMode
    ? {
        onDragOver: (e: DragEvent<HTMLDivElement>) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        },
        onDragLeave: (e: DragEvent<HTMLDivElement>) => {
          if (e.currentTarget === e.target) setDragging(false);
        },
        onDrop: (e: DragEvent<HTMLDivElement>) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files?.[0];
          if (file) void drop.run(() => openFile(file));
        },
      }
    : {};

  return (
    <div className={mergeClasses(styles.root, dragging && styles.dragging)} data-mode={mode} data-testid="shell" {...dragProps}>
      <ShellStyles />
      <header className={styles.header}>
        <Text as="h1" size={400} weight="semibold" className={styles.heading}>
          {t('ui.app.title')}
        </Text>
        <ShellStatus />
      </header>
      <FileReadProgress />
      {fileMode ? <ShellFileBar /> : null}
      {fileMode ? <FileGuard /> : null}
      <RemovalGuard />
      {dragging ? (
        <Text block className={styles.dropHint} aria-hidden>
          {t('ui.file.dropHint')}
        </Text>
      ) : null}
      {drop.error ? <ShellError error={drop.error} onDismiss={drop.clearError} /> : null}
      <ShellNav />
      <main className={styles.main} data-view={view}>
        <Text as="h2" size={500} weight="semibold" className={styles.heading}>
          {t(`ui.nav.${view}`)}
        </Text>
        <ShellViewBoundary
          key={`${view}:${attempt}`}
          onRetry={() => {
            forgetView(view);
            retrySendEnv();
            setAttempt((n) => n + 1);
          }}
        >
          <Suspense fallback={<PaneSpinner size="small" label={t('ui.view.loading')} />}>
            {blocked ? <NeedsDocument /> : <View />}
            <FirstViewMark />
          </Suspense>
        </ShellViewBoundary>
      </main>
    </div>
  );
}
