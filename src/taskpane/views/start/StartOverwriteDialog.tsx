import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useI18n } from '../../state/i18n';

/** Asks before a template replaces the document's content (a host refuses with `host.notEmpty`). Loaded on demand. */
export default function StartOverwriteDialog({ open, onConfirm, onCancel }: { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    // No closing motion: the Start view unmounts as soon as the confirmed insert is done, and a dialog unmounted while
    // still closing leaves aria-hidden on the pane (microsoft/fluentui#35139).
    <Dialog open={open} surfaceMotion={null} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('ui.start.overwriteTitle')}</DialogTitle>
          <DialogContent>{t('host.notEmpty')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('ui.start.overwriteConfirm')}
            </Button>
            <Button onClick={onCancel}>{t('ui.start.overwriteCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
