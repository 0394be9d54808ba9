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
import { useRef } from 'react';
import { useI18n } from '../../state/i18n';
import { formatSendTime } from './sendPlan';
import type { SendRecord } from '../../../core/snapshot';

/**
 * Asks before the same report is sent a second time in the same reporting period: lists when, how and to whom it
 * was already sent. Nothing is sent unless the person confirms; the safe answer ("Không gửi") is the default button
 * and has the focus.
 *
 * Once shown, the dialog stays mounted and is closed with `open` (`previous` null = closed). Unmounting a Fluent
 * Dialog while it is open skips its close: tabster's modalizer had set aria-hidden="true" on the pane's #root and
 * never removes it, hiding the whole pane from screen readers (microsoft/fluentui#35139, microsoft/tabster#530).
 */
export function SendConfirmDialog({
  previous,
  quarter,
  year,
  onConfirm,
  onCancel,
}: {
  /** The sends already recorded in this period; null: the dialog is closed. */
  previous: readonly SendRecord[] | null;
  quarter: number;
  year: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  // Keep the last list while the dialog closes, so its content does not vanish during the exit animation.
  const shown = useRef<readonly SendRecord[] | null>(null);
  if (previous) shown.current = previous;
  // Mounted on first use (opening it mounted-and-open), then only ever closed through `open`.
  if (!shown.current) return null;
  return (
    <Dialog open={previous !== null} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('forms.send.againTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{t('forms.send.againIntro', { quarter, year: String(year) })}</Text>
            <ul>
              {[...(previous ?? shown.current)].reverse().map((r, i) => (
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
            <Button appearance="primary" onClick={onCancel}>
              {t('forms.send.againCancel')}
            </Button>
            <Button onClick={onConfirm}>{t('forms.send.againConfirm')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
