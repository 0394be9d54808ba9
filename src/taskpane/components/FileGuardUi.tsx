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
import { useI18n } from '../app/i18n';
import type { WorkingCopy } from '../app/workingCopy';
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
      {dialog ? (
        <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose(false))}>
          <DialogSurface data-testid={`guard-${dialog.kind}`}>
            <DialogBody>
              <DialogTitle>{t(dialog.kind === 'replace' ? 'ui.guard.replaceTitle' : 'ui.guard.removeTitle')}</DialogTitle>
              <DialogContent>
                {dialog.kind === 'replace' ? (
                  t('ui.guard.replaceBody')
                ) : (
                  <>
                    <Text block>{t('ui.guard.removeBody', { count: dialog.words.length })}</Text>
                    <Text block as="p" data-testid="removed-text" style={{ maxHeight: '12em', overflowY: 'auto', fontStyle: 'italic' }}>
                      {dialog.words.join(' ')}
                    </Text>
                  </>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => onClose(true)}>
                  {t(dialog.kind === 'replace' ? 'ui.guard.replaceConfirm' : 'ui.guard.removeConfirm')}
                </Button>
                <Button onClick={() => onClose(false)}>{t('ui.guard.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </>
  );
}
