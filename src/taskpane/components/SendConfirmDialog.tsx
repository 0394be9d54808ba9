import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../app/i18n';
import { formatSendTime } from '../forms/sendPlan';
import type { SendRecord } from '../../core/snapshot';

/**
 * Asks before the same report is sent a second time in the same reporting period: lists when, how and to whom it
 * was already sent. Nothing is sent unless the person confirms.
 */
export function SendConfirmDialog({
  previous,
  quarter,
  year,
  onConfirm,
  onCancel,
}: {
  previous: readonly SendRecord[];
  quarter: number;
  year: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('forms.send.againTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{t('forms.send.againIntro', { quarter, year: String(year) })}</Text>
            <ul>
              {[...previous].reverse().map((r, i) => (
                <li key={`${r.at}:${i}`}>
                  {t('forms.send.againItem', {
                    at: formatSendTime(r.at),
                    path: t(`forms.send.path.${r.path}`),
                    to: r.to,
                  })}
                </li>
              ))}
            </ul>
            <Text block>{t('forms.send.againQuestion')}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('forms.send.againConfirm')}
            </Button>
            <Button onClick={onCancel}>{t('forms.send.againCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
