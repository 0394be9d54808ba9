import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../app/i18n';
import { useFormStyles } from './FormGate';
import { formatSendTime } from '../forms/sendPlan';
import type { RelayStatusValue } from '../../mail/relay';
import type { SendRecord } from '../../core/snapshot';

/**
 * The document's sends, newest first: time in Vietnam time, path, recipient, receipt. For a relay receipt, its
 * delivery status when known ("đang chờ gửi", "đã gửi"…) and, when a relay is configured, a button to ask again.
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
  const styles = useFormStyles();
  return (
    <section aria-labelledby="send-history">
      <Text as="h3" id="send-history" weight="semibold" className={styles.heading}>
        {t('forms.send.history')}
      </Text>
      {history.length === 0 ? (
        <Text block>{t('forms.send.noHistory')}</Text>
      ) : (
        <Table size="small" aria-labelledby="send-history">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('forms.send.historyTime')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.send.historyPath')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.send.historyTo')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.send.historyReceipt')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...history].reverse().map((record, i) => {
              const status = record.path === 'relay' && record.receipt ? statuses[record.receipt] : undefined;
              return (
                <TableRow key={`${record.at}:${i}`}>
                  <TableCell>{formatSendTime(record.at)}</TableCell>
                  <TableCell>{t(`forms.send.path.${record.path}`)}</TableCell>
                  <TableCell>{record.to}</TableCell>
                  <TableCell>
                    {record.receipt || t('forms.send.none')}
                    {status ? ` (${t(`forms.send.status.${status}`)})` : null}
                    {record.path === 'relay' && record.receipt && onCheck && status !== 'sent' ? (
                      <>
                        {' '}
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={checking !== null}
                          aria-label={t('forms.send.checkStatusOf', { receipt: record.receipt })}
                          onClick={() => onCheck(record.receipt!)}
                        >
                          {t('forms.send.checkStatus')}
                        </Button>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
