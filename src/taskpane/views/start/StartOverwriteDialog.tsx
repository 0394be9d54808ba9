import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useI18n } from '../../state/i18n';

/** Asks before a template replaces the document's content (a host refuses with `host.notEmpty`). Loaded on demand. */
export default function StartOverwriteDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
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
