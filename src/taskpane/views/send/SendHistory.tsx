import { Fragment } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../state/i18n';
import { useFormStyles } from '../../shell/FormGate';
import { formatSendTime } from './sendPlan';
import type { RelayStatusValue } from '../../../mail/relay';
import type { SendRecord } from '../../../core/snapshot';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  // A date and time never break inside ("05/12/202|6").
  time: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  details: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  value: {
    margin: 0,
    minWidth: 0,
    // Addresses break after "@" and "." (see breakable) and, only when a part is still too long, anywhere.
    overflowWrap: 'anywhere',
    wordBreak: 'normal',
    // A huge value (a 5,000-character recipient) shows three lines, not a page; assistive technology reads it all.
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  nowrap: { whiteSpace: 'nowrap' },
});

/** An address with break opportunities after "@" and each ".", so it wraps between its parts. */
function breakable(text: string) {
  const parts = text.split(/(?<=[@.])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
}

/**
 * The document's sends, newest first, as a list that fits a 350 px task pane: time (Vietnam time) and path on one
 * line, then the recipient and the receipt. For a relay receipt, its delivery status when known ("đang chờ gửi",
 * "đã gửi"…) and, when a relay is configured, a button to ask again.
 */
export function SendHistory({
  history,
  statuses,
  checking,
  onCheck,
}: {
  history: readonly SendRecord[];
  statuses: Readonly<Record<string, RelayStatusValue>>;
  /** The receipt whose status is being asked, if any. */
  checking: string | null;
  /** Absent when no relay is configured. */
  onCheck?: (receipt: string) => void;
}) {
  const { t } = useI18n();
  const formStyles = useFormStyles();
  const styles = useStyles();
  return (
    <section aria-labelledby="send-history">
      <Text as="h3" id="send-history" weight="semibold" className={formStyles.heading}>
        {t('forms.send.history')}
      </Text>
      {history.length === 0 ? (
        <Text block>{t('forms.send.noHistory')}</Text>
      ) : (
        <ol className={styles.list} aria-labelledby="send-history" data-testid="send-history">
          {[...history].reverse().map((record, i) => {
            const status = record.path === 'relay' && record.receipt ? statuses[record.receipt] : undefined;
            return (
              <li key={`${record.at}:${i}`} className={styles.item}>
                <div className={styles.head}>
                  <time dateTime={record.at} className={styles.time}>
                    {formatSendTime(record.at)}
                  </time>
                  <span>{t(`forms.send.path.${record.path}`)}</span>
                </div>
                <dl className={styles.details}>
                  <dt className={styles.term}>{t('forms.send.historyTo')}</dt>
                  <dd className={styles.value}>{breakable(record.to)}</dd>
                  <dt className={styles.term}>{t('forms.send.historyReceipt')}</dt>
                  <dd className={styles.value}>
                    {record.receipt || t('forms.send.none')}
                    {status ? <span className={styles.nowrap}>{` (${t(`forms.send.status.${status}`)})`}</span> : null}
                  </dd>
                </dl>
                {record.path === 'relay' && record.receipt && onCheck && status !== 'sent' ? (
                  <div>
                    <Button
                      size="small"
                      disabled={checking !== null}
                      aria-label={t('forms.send.checkStatusOf', { receipt: record.receipt })}
                      onClick={() => onCheck(record.receipt!)}
                    >
                      {t('forms.send.checkStatus')}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
