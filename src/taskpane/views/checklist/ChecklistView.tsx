/**
 * The checklist, the heart of the pane: progress on top, then every finding of the live checks grouped by severity,
 * each with "go to" (in file mode also the form that holds the field) and a fix where the host can carry it out.
 */
import { Suspense, lazy, useEffect } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { PaneSpinner } from '../../ui/PaneSpinner';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useChecks } from '../../state/checks';
import { useHostApi } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation } from '../../state/navigation';
import { useAction } from '../../state/useAction';
import { ShellError } from '../../shell/ShellError';
import { ProgressPanel } from '../../ui/ProgressPanel';
import { useReportStatus } from '../../shell/ShellStatus';
import { SHELL_CLASSES } from '../../shell/shellClasses';

// Only for a document that is not our report: its MessageBar loads then, not with the check list.
const ForeignDocumentNotice = lazy(() =>
  import(/* webpackChunkName: "foreign-notice" */ '../../shell/ForeignDocumentNotice').then((m) => ({ default: m.ForeignDocumentNotice })),
);

// The findings come with the first check: their list (items, icons, "go to" and fixes) is fetched right after the
// view's first paint, while the first check runs, not with the view (first-view budget).
const loadFindingList = () => import(/* webpackChunkName: "checklist-findings" */ './FindingList');
const FindingList = lazy(loadFindingList);

/** Static classes (src/taskpane/shell/ShellStyles.tsx): the check list is Word mode's first view. */
const styles = {
  root: SHELL_CLASSES.checklist,
  head: SHELL_CLASSES.checklistHead,
  heading: SHELL_CLASSES.heading,
  notice: SHELL_CLASSES.notice,
};

function StartHint({ message }: { message: string }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  return (
    <div className={styles.notice}>
      <Text block>{t(message)}</Text>
      <Button appearance="primary" onClick={() => go('start')}>
        {t('ui.view.goStart')}
      </Button>
    </div>
  );
}

export default function ChecklistView() {
  const { t } = useI18n();
  const { host, mode } = useHostApi();
  const { result, error: checkError, refresh, checking } = useChecks();
  const { go } = useNavigation();
  const status = useReportStatus();
  const action = useAction();
  // Right after the first paint (a failed download shows when the list renders: the view's boundary says so).
  useEffect(() => {
    loadFindingList().catch(() => undefined);
  }, []);

  if (!host) {
    return (
      <div className={styles.root}>
        <ProgressPanel />
        <StartHint message="ui.checklist.noDocumentFile" />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <ProgressPanel />
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading} data-state={status.state}>
          {status.text}
        </Text>
        <Button size="small" icon={<ArrowClockwise16Regular />} onClick={() => void refresh()} disabled={checking}>
          {t('ui.checklist.checkNow')}
        </Button>
      </div>
      {checkError ? <ShellError error={checkError} /> : null}
      {action.error ? <ShellError error={action.error} onDismiss={action.clearError} /> : null}
      {!result && !checkError ? <PaneSpinner size="small" label={t('ui.status.checking')} /> : null}
      {result && !result.snapshot.template ? (
        <Suspense fallback={<PaneSpinner size="small" />}>
          <ForeignDocumentNotice />
        </Suspense>
      ) : null}
      {result?.snapshot.template && status.state === 'ready' ? <Text block>{t('ui.checklist.allGood')}</Text> : null}
      {result ? (
        <Suspense fallback={null}>
          <FindingList result={result} host={host} mode={mode} action={action} go={go} />
        </Suspense>
      ) : null}
    </div>
  );
}
