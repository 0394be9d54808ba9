/** The dialogs and the recovery bar of FileGuard (loaded on demand). */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../state/i18n';
import type { WorkingCopy } from '../state/workingCopy';
import type { GuardDialog } from './FileGuard';

function savedTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

export default function FileGuardUi({
  dialog,
  onClose,
  recovery,
  onRecover,
  onDiscard,
}: {
  dialog: GuardDialog | null;
  onClose: (ok: boolean) => void;
  recovery: WorkingCopy | null;
  onRecover: () => Promise<void>;
  onDiscard: () => void;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  // The last dialog's content stays while the dialog closes.
  const [last, setLast] = useState<GuardDialog | null>(dialog);
  if (dialog && dialog !== last) setLast(dialog);
  const shown = dialog ?? last;
  return (
    <>
      {recovery ? (
        <MessageBar intent="warning" data-testid="recovery-bar">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.guard.recoverTitle')}</MessageBarTitle>
            {t('ui.guard.recoverBody', { name: recovery.fileName, time: savedTime(recovery.savedAt, lang) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onRecover().finally(() => setBusy(false));
              }}
            >
              {t('ui.guard.recover')}
            </Button>
            <Button onClick={onDiscard}>{t('ui.guard.discard')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {shown ? (
        <Dialog open={dialog !== null} modalType="alert" onOpenChange={(_, data) => (data.open || !dialog ? undefined : onClose(false))}>
          <DialogSurface data-testid={`guard-${shown.kind}`}>
            <DialogBody>
              <DialogTitle>{t(shown.kind === 'replace' ? 'ui.guard.replaceTitle' : 'ui.guard.removeTitle')}</DialogTitle>
              <DialogContent>
                {shown.kind === 'replace' ? (
                  t('ui.guard.replaceBody')
                ) : (
                  <>
                    <Text block>{t('ui.guard.removeBody', { count: shown.words.length })}</Text>
                    <Text block as="p" data-testid="removed-text" style={{ maxHeight: '12em', overflowY: 'auto', fontStyle: 'italic' }}>
                      {shown.words.join(' ')}
                    </Text>
                  </>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" disabled={!dialog} onClick={() => onClose(true)}>
                  {t(shown.kind === 'replace' ? 'ui.guard.replaceConfirm' : 'ui.guard.removeConfirm')}
                </Button>
                <Button disabled={!dialog} onClick={() => onClose(false)}>
                  {t('ui.guard.cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </>
  );
}
