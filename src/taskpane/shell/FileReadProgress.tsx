/** While file mode reads a .docx in its worker: the file's name, an indeterminate progress bar and Cancel. */
import { useSyncExternalStore } from 'react';
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fileReading } from '../state/fileReading';
import { useI18n } from '../state/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  line: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between', minWidth: 0 },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
});

export function FileReadProgress() {
  const { t } = useI18n();
  const styles = useStyles();
  const reading = useSyncExternalStore(fileReading.subscribe, fileReading.get, fileReading.get);
  if (!reading) return null;
  return (
    <div className={styles.root} role="status" data-testid="file-read-progress">
      <div className={styles.line}>
        <Text className={styles.name}>{t('ui.file.reading', { name: reading.name })}</Text>
        <Button size="small" onClick={reading.cancel}>
          {t('ui.file.cancelReading')}
        </Button>
      </div>
      <ProgressBar thickness="medium" aria-label={t('ui.file.reading', { name: reading.name })} />
    </div>
  );
}
