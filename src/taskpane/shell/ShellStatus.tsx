import { Text } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DocumentDismiss20Regular, ErrorCircle20Filled } from '@fluentui/react-icons';
import { useChecks } from '../state/checks';
import { useHostApi } from '../state/host';
import { useI18n } from '../state/i18n';
import { SHELL_CLASSES } from './shellClasses';
import { PaneSpinner } from '../ui/PaneSpinner';

export type ReportState = 'noDocument' | 'checking' | 'failed' | 'noTemplate' | 'ready' | 'errors';

export interface ReportStatus {
  state: ReportState;
  /** Number of error findings (0 unless state is 'errors'). */
  errors: number;
  /** The localised sentence ("Sẵn sàng gửi", "Còn 3 lỗi cần sửa"…). */
  text: string;
}

/** The one-line readiness of the open report, from the live checks. */
export function useReportStatus(): ReportStatus {
  const { host } = useHostApi();
  const { result, error } = useChecks();
  const { t } = useI18n();
  if (!host) return { state: 'noDocument', errors: 0, text: t('ui.status.noDocument') };
  if (!result) return error ? { state: 'failed', errors: 0, text: t('ui.status.failed') } : { state: 'checking', errors: 0, text: t('ui.status.checking') };
  if (!result.snapshot.template) return { state: 'noTemplate', errors: 0, text: t('ui.status.noTemplate') };
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors === 0) return { state: 'ready', errors, text: t('ui.status.ready') };
  return { state: 'errors', errors, text: errors === 1 ? t('ui.status.oneError') : t('ui.status.errors', { count: errors }) };
}

const styles = SHELL_CLASSES;

/** The ready/not-ready line of the header, announced politely to screen readers when it changes. */
export function ShellStatus() {
  const status = useReportStatus();
  const { t } = useI18n();
  const icon =
    status.state === 'ready' ? (
      <CheckmarkCircle20Filled className={styles.statusReady} aria-hidden />
    ) : status.state === 'errors' || status.state === 'failed' ? (
      <ErrorCircle20Filled className={styles.statusErrors} aria-hidden />
    ) : status.state === 'checking' ? (
      <PaneSpinner size="extra-tiny" />
    ) : (
      <DocumentDismiss20Regular className={styles.statusNeutral} aria-hidden />
    );
  return (
    <div role="status" aria-live="polite" aria-label={t('ui.status.label')} data-state={status.state} className={styles.status}>
      {icon}
      <Text size={300} weight="semibold" className={styles.statusText}>
        {status.text}
      </Text>
    </div>
  );
}
