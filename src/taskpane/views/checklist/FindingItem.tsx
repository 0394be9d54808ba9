import { useId } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular, ErrorCircle20Filled, Info20Regular, Warning20Filled, Wrench16Regular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../../core/rules/types';
import { useI18n } from '../../state/i18n';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  icon: { flex: 'none', marginTop: '1px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0, flex: '1 1 auto' },
  text: { overflowWrap: 'anywhere', wordBreak: 'break-word' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function FindingIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircle20Filled className={mergeClasses(styles.icon, styles.error)} aria-hidden />;
  if (severity === 'warning') return <Warning20Filled className={mergeClasses(styles.icon, styles.warning)} aria-hidden />;
  return <Info20Regular className={mergeClasses(styles.icon, styles.info)} aria-hidden />;
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
  const styles = useStyles();
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
