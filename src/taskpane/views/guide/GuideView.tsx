/**
 * Writing guide: what the summary should cover according to letter 1307/GDĐT, beside the word gauge, and a way to
 * insert the three points as headings into the summary (only when it is empty, or after confirmation).
 * The headings go into the document in Vietnamese whatever the pane's language: the report is for a Vietnamese office.
 * In file mode (no Word to write in) the view opens with the summary editor on top, at the finding's place when
 * "Đi tới" brought the person here; its toolbar inserts the headings.
 */
import { lazy, Suspense, useState } from 'react';
import {
  Button,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TextBulletListAddRegular } from '@fluentui/react-icons';
import type { CheckResult } from '../../state/checks';
import { useHost, useHostApi } from '../../state/host';
import { useNavigation } from '../../state/navigation';
import { useI18n } from '../../state/i18n';
import { useAction } from '../../state/useAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormGate, useFormStyles } from '../../shell/FormGate';
import { ProgressPanel } from '../../ui/ProgressPanel';
import { documentValue } from '../../ui/fieldValidation';
import { t as translate } from '../../../core/i18n';
import { isBlank } from '../../../core/text/clean';
import { FIELD } from '../../../core/template';
import '../../ui/messages';
import './editor/messages';

/** The summary editor (Tiptap): its own chunk, downloaded when the editor opens (file mode's writing guide). */
const SummaryEditor = lazy(() => import(/* webpackChunkName: "summary-editor" */ './editor/SummaryEditor'));

const POINTS = [1, 2, 3] as const;

/** The headings inserted into the summary, always in Vietnamese (the document's language). */
export function skeletonHeadings(): string[] {
  return POINTS.map((n) => translate(`forms.guide.heading${n}`, {}, 'vi'));
}

const useStyles = makeStyles({
  points: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export default function GuideView() {
  return <FormGate>{(result) => <Guide result={result} />}</FormGate>;
}

function Guide({ result }: { result: CheckResult }) {
  const { t } = useI18n();
  const host = useHost();
  const { run, busy, error, clearError } = useAction();
  const formStyles = useFormStyles();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [inserted, setInserted] = useState(false);
  const { mode } = useHostApi();
  const { focus, focused } = useNavigation();
  const editing = mode === 'file' && !!host.writeSummary && !!result.snapshot.fields[FIELD.summary];

  const summary = result.snapshot.fields[FIELD.summary];
  const hasText = !!summary && !isBlank(documentValue(result.snapshot, FIELD.summary));

  const insert = async (confirmed: boolean) => {
    if (hasText && !confirmed) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const ok = await run(async () => {
      await host.insertSummarySkeleton(skeletonHeadings());
      return true;
    });
    if (ok) setInserted(true);
  };

  return (
    <div className={formStyles.root}>
      {editing ? (
        <>
          <Text as="h3" size={400} weight="semibold" block>
            {t('editor.title')}
          </Text>
          <Text block size={200}>
            {t('editor.intro')}
          </Text>
          <Suspense fallback={<Spinner size="small" label={t('editor.loading')} />}>
            <SummaryEditor host={host} headings={skeletonHeadings()} focus={focus} onFocused={focused} />
          </Suspense>
          <Divider />
        </>
      ) : null}
      <Text block>{t('forms.guide.intro')}</Text>
      <ol className={styles.points}>
        {POINTS.map((n) => (
          <li key={n}>
            <Text block weight="semibold">
              {t(`forms.guide.point${n}.title`)}
            </Text>
            <Text block size={200}>
              {t(`forms.guide.point${n}.text`)}
            </Text>
          </li>
        ))}
      </ol>
      <Divider />
      <ProgressPanel />
      <Divider />
      {error ? <ErrorMessage error={error} onDismiss={clearError} /> : null}
      {editing ? null : (
        <>
          <Text block size={200} id="guide-insert-hint" className={formStyles.muted}>
            {t('forms.guide.insertHint')}
          </Text>
          <div className={formStyles.row}>
            <Button
              icon={<TextBulletListAddRegular />}
              disabled={busy || !summary}
              aria-describedby="guide-insert-hint"
              onClick={() => void insert(false)}
            >
              {t('forms.guide.insert')}
            </Button>
          </div>
          {confirming ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('forms.guide.confirmTitle')}</MessageBarTitle>
                {t('forms.guide.confirmText', { words: result.stats.summaryWords })}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={() => void insert(true)}>
                  {t('forms.guide.confirm')}
                </Button>
                <Button size="small" onClick={() => setConfirming(false)}>
                  {t('forms.cancel')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          {inserted ? (
            <Text role="status" aria-live="polite">
              {t('forms.guide.inserted')}
            </Text>
          ) : null}
        </>
      )}
    </div>
  );
}
