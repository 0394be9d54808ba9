import { useId } from 'react';
import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { ArrowRight16Regular, ErrorCircle20Filled, Info20Regular, Warning20Filled, Wrench16Regular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../../core/rules/types';
import { useI18n } from '../../state/i18n';
import { SHELL_CLASSES } from '../../shell/shellClasses';

const c = SHELL_CLASSES;
/** Static classes (src/taskpane/shell/ShellStyles.tsx): the check list is Word mode's first view. */
const styles = { item: c.finding, body: c.findingBody, text: c.findingText, actions: c.findingActions };

export function FindingIcon({ severity }: { severity: Severity }) {
  if (severity === 'error') return <ErrorCircle20Filled className={mergeClasses(c.findingIcon, c.findingError)} aria-hidden />;
  if (severity === 'warning') return <Warning20Filled className={mergeClasses(c.findingIcon, c.findingWarning)} aria-hidden />;
  return <Info20Regular className={mergeClasses(c.findingIcon, c.findingInfo)} aria-hidden />;
}

/**
 * One finding: its icon, its localised text, "go to" when it has a place, and a fix when the host can do it.
 * The buttons are described by the finding's text, so "Đi tới" is never ambiguous to a screen reader.
 */
export function FindingItem({
  finding,
  canGoTo,
  canFix,
  busy,
  onGoTo,
  onFix,
}: {
  finding: Finding;
  canGoTo: boolean;
  canFix: boolean;
  busy: boolean;
  onGoTo: () => void;
  onFix: () => void;
}) {
  const { t } = useI18n();
  const textId = useId();
  return (
    <li className={styles.item} data-rule={finding.rule} data-severity={finding.severity}>
      <FindingIcon severity={finding.severity} />
      <div className={styles.body}>
        <Text id={textId} className={styles.text}>
          {t(finding.message.key, finding.message.params)}
        </Text>
        {canGoTo || canFix ? (
          <div className={styles.actions}>
            {canGoTo ? (
              <Button size="small" appearance="secondary" icon={<ArrowRight16Regular />} aria-describedby={textId} onClick={onGoTo} disabled={busy}>
                {t('ui.checklist.goTo')}
              </Button>
            ) : null}
            {canFix && finding.fix ? (
              <Button size="small" appearance="primary" icon={<Wrench16Regular />} aria-describedby={textId} onClick={onFix} disabled={busy}>
                {t(`ui.fix.${finding.fix.kind}`)}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
