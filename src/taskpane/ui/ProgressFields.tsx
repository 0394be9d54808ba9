/**
 * The parts of the progress panel that need a check's result (src/taskpane/ui/ProgressPanel.tsx): the summary's
 * words and the pages as progress bars, and the quarter the report is written for. Loaded with the first result.
 */
import { Field, ProgressBar, Select, Text } from '@fluentui/react-components';
import { nextQuarter, previousQuarter, quarterRef, type ReportingPeriod } from '../../core/calendar';
import { formatNumber } from '../../core/i18n';
import { DEFAULT_RULE_CONFIG } from '../../core/rules/config';
import type { Stats } from '../../core/rules';
import { useHost } from '../state/host';
import { useAction } from '../state/useAction';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from '../state/i18n';

function ratio(value: number, target: number): number {
  return target > 0 ? Math.max(0, Math.min(1, value / target)) : 1;
}

export function StatsFields({ stats }: { stats: Stats }) {
  const { t, lang } = useI18n();
  const target = DEFAULT_RULE_CONFIG.summaryTargetWords;
  const minPages = DEFAULT_RULE_CONFIG.minPages;
  return (
    <>
      <Field
        label={t('ui.progress.words', { words: stats.summaryWords, target })}
        validationState={stats.summaryWords >= target ? 'success' : 'none'}
        validationMessage={
          stats.summaryWords >= target
            ? t('ui.progress.wordsDone')
            : t('ui.progress.wordsMissing', { missing: target - stats.summaryWords })
        }
      >
        <ProgressBar
          value={ratio(stats.summaryWords, target)}
          max={1}
          thickness="large"
          color={
            stats.summaryWords >= target
              ? 'success'
              : stats.summaryWords >= target * DEFAULT_RULE_CONFIG.summaryErrorRatio
                ? 'warning'
                : 'brand'
          }
        />
      </Field>
      <Field
        label={t(
          stats.pagesSource === 'estimate'
            ? 'ui.progress.pagesEstimated'
            : stats.pagesSource === 'layout'
              ? 'ui.progress.pagesWord'
              : 'ui.progress.pages',
          { pages: stats.pages, min: minPages },
        )}
        hint={stats.pagesSource === 'estimate' ? t('ui.progress.pagesEstimatedHint') : undefined}
        validationState={stats.pages >= minPages ? 'success' : 'none'}
        validationMessage={
          stats.pages >= minPages ? t('ui.progress.pagesDone') : t('ui.progress.pagesMissing', { min: minPages })
        }
      >
        <ProgressBar
          value={ratio(stats.pages, minPages)}
          max={1}
          thickness="large"
          color={stats.pages >= minPages ? 'success' : 'brand'}
        />
      </Field>
      {stats.summaryPages > 0 ? (
        <Text size={200} data-testid="progress-summary-pages">
          {t('ui.progress.summaryPages', { pages: formatNumber(stats.summaryPages, lang), min: minPages })}
        </Text>
      ) : null}
    </>
  );
}

/**
 * The quarter the report is written for (recorded in the document), changeable when the host can store it:
 * the two quarters before, the report's own, and the next.
 */
export function QuarterChoice({ period }: { period: ReportingPeriod }) {
  const { t } = useI18n();
  const host = useHost();
  const { run, busy, error } = useAction();
  if (!host.setReportPeriod) return null;
  const own = quarterRef(period.year, period.quarter);
  const options = [previousQuarter(previousQuarter(own)), previousQuarter(own), own, nextQuarter(own)];
  return (
    <>
      <Field label={t('ui.progress.quarter')} size="small">
        <Select
          size="small"
          value={own.label}
          disabled={busy}
          data-testid="progress-quarter"
          onChange={(_e, data) => void run(() => host.setReportPeriod!(data.value))}
        >
          {options.map((q) => (
            <option key={q.label} value={q.label}>
              {t('ui.progress.quarterOption', { quarter: q.quarter, year: String(q.year) })}
            </option>
          ))}
        </Select>
      </Field>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
