/** The bar FileReadProgress shows while file mode reads a .docx: the file's name, an indeterminate progress bar and Cancel. */
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FileReading } from '../state/fileReading';
import { useI18n } from '../state/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  line: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between', minWidth: 0 },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
});

export default function FileReadBar({ reading }: { reading: FileReading }) {
  const { t } = useI18n();
  const styles = useStyles();
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
