/**
 * Progress of the report, from the live checks: the summary's words against the 1,000-word target, the pages against
 * the 2-page minimum ("ước tính" when estimated), and the days left before the quarter's deadline with the last day
 * and the weekend/holiday advice. The writing-guide view shows it too.
 */
import { Field, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarClock20Regular } from '@fluentui/react-icons';
import { nextQuarter, previousQuarter, quarterRef, reportingPeriod, type ReportingPeriod } from '../../core/calendar';
import { formatVnDate } from '../../core/calendar/format';
import { formatNumber } from '../../core/i18n';
import { DEFAULT_RULE_CONFIG } from '../../core/rules/config';
import { useChecks } from '../state/checks';
import { useHost } from '../state/host';
import { useAction } from '../state/useAction';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from '../state/i18n';
import { useSettings } from '../state/settings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  deadline: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  deadlineText: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  icon: { flex: 'none', marginTop: '2px', color: tokens.colorNeutralForeground3 },
});

function ratio(value: number, target: number): number {
  return target > 0 ? Math.max(0, Math.min(1, value / target)) : 1;
}

/**
 * The quarter the report is written for (recorded in the document, issue 13), changeable when the host can store it:
 * the two quarters before, the report's own, and the next.
 */
function QuarterChoice({ period }: { period: ReportingPeriod }) {
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

function DeadlineLine({ period, choose }: { period: ReportingPeriod; choose: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const days = period.daysLeft;
  const left =
    days === -1
      ? t('ui.progress.lateOne')
      : days < 0
        ? t('ui.progress.late', { days: -days })
        : days === 0
          ? t('ui.progress.lastDayToday')
          : days === 1
            ? t('ui.progress.oneDayLeft')
            : t('ui.progress.daysLeft', { days });
  const advice = days >= 0 ? period.advice : undefined;
  return (
    <div className={styles.deadline} data-testid="progress-deadline">
      <CalendarClock20Regular className={styles.icon} aria-hidden />
      <div className={styles.deadlineText}>
        <Text weight="semibold">
          {t('ui.progress.deadline', {
            quarter: period.quarter,
            year: String(period.year),
            lastDay: formatVnDate(period.lastDay),
          })}
        </Text>
        <Text>{left}</Text>
        {advice ? (
          <Text size={200}>
            {t(
              advice.kind === 'holiday'
                ? 'ui.progress.adviceHoliday'
                : advice.kind === 'weekendNextToHoliday'
                  ? 'ui.progress.adviceWeekendNextToHoliday'
                  : 'ui.progress.adviceWeekend',
              {
                lastDay: formatVnDate(advice.lastDay),
                sendBy: formatVnDate(advice.sendBy),
              },
            )}
          </Text>
        ) : null}
        {choose ? <QuarterChoice period={period} /> : null}
      </div>
    </div>
  );
}

export function ProgressPanel({ now = () => new Date() }: { now?: () => Date }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { result } = useChecks();
  const { settings } = useSettings();
  const target = DEFAULT_RULE_CONFIG.summaryTargetWords;
  const minPages = DEFAULT_RULE_CONFIG.minPages;
  const period = result?.period ?? reportingPeriod(now(), { reading: settings.deadlineReading });
  const stats = result?.snapshot.template ? result.stats : null;

  return (
    <section className={styles.root} aria-label={t('ui.progress.title')} data-testid="progress-panel">
      {stats ? (
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
      ) : null}
      <DeadlineLine period={period} choose={Boolean(result?.snapshot.template)} />
    </section>
  );
}
