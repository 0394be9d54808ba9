/**
 * Progress of the report, from the live checks: the summary's words against the 1,000-word target, the pages against
 * the 2-page minimum ("ước tính" when estimated), and the days left before the quarter's deadline with the last day
 * and the weekend/holiday advice. The writing-guide view shows it too.
 */
import { Suspense, lazy } from 'react';
import { Text } from '@fluentui/react-components';
import { CalendarClock20Regular } from '@fluentui/react-icons';
import { reportingPeriod, type ReportingPeriod } from '../../core/calendar';
import { formatVnDate } from '../../core/calendar/format';
import { DEFAULT_LANG, LATER_UI, loadCatalogs } from '../../core/i18n';
import { useChecks } from '../state/checks';
import { useI18n } from '../state/i18n';
import { useSettings } from '../state/settings';
import { UI_CLASSES } from './uiStyles';

// The figures and the quarter choice appear with the first check's result: their Fluent parts (Field, ProgressBar,
// Select) load with it, not with the pane's first view (first-view budget).
// The figures' and the quarter choice's messages (the ui's later ones) come with them.
const progressFields = () =>
  Promise.all([import(/* webpackChunkName: "progress-fields" */ './ProgressFields'), loadCatalogs(DEFAULT_LANG, LATER_UI)]).then(([m]) => m);
const StatsFields = lazy(() => progressFields().then((m) => ({ default: m.StatsFields })));
const QuarterChoice = lazy(() => progressFields().then((m) => ({ default: m.QuarterChoice })));

/** Static classes (src/taskpane/ui/uiStyles.ts, in the shell's stylesheet): the panel heads Word mode's first view. */
const styles = {
  root: UI_CLASSES.progress,
  deadline: UI_CLASSES.progressDeadline,
  deadlineText: UI_CLASSES.progressDeadlineText,
  icon: UI_CLASSES.progressIcon,
};

function DeadlineLine({ period, choose }: { period: ReportingPeriod; choose: boolean }) {
  const { t } = useI18n();
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
        {choose ? (
          <Suspense fallback={null}>
            <QuarterChoice period={period} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

export function ProgressPanel({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useI18n();
  const { result } = useChecks();
  const { settings } = useSettings();
  const period = result?.period ?? reportingPeriod(now(), { reading: settings.deadlineReading });
  const stats = result?.snapshot.template ? result.stats : null;

  return (
    <section className={styles.root} aria-label={t('ui.progress.title')} data-testid="progress-panel">
      {stats ? (
        <Suspense fallback={null}>
          <StatsFields stats={stats} />
        </Suspense>
      ) : null}
      <DeadlineLine period={period} choose={Boolean(result?.snapshot.template)} />
    </section>
  );
}
