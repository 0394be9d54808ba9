import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ReportingPeriod } from '../../core/calendar';
import { AppError, isAppError } from '../../core/errors';
import { DEFAULT_LANG, ERROR_AREAS, LATER_UI, loadCatalogs } from '../../core/i18n';
import type { DocumentHost } from '../../core/host';
import type { Finding, Stats } from '../../core/rules';
import { createDebouncedChecker } from '../../core/schedule';
import type { Settings } from '../../core/settings';
import type { DocumentSnapshot } from '../../core/snapshot';

export interface CheckResult {
  snapshot: DocumentSnapshot;
  findings: Finding[];
  stats: Stats;
  period: ReportingPeriod;
  at: Date;
}

export interface ChecksApi {
  /** The latest result, or null before the first check (or without a document). */
  result: CheckResult | null;
  /** True while a check runs. */
  checking: boolean;
  /** The last check's failure, localised by the UI. */
  error: AppError | null;
  /** A fresh check, never overlapping another (used before sending and after every action). */
  refresh: () => Promise<CheckResult | null>;
  /** Note a change made by the pane itself; a check follows after the debounce delay. */
  changed: () => void;
}

const ChecksContext = createContext<ChecksApi | null>(null);

/**
 * The rule engine and the calendar, loaded with the first document (to keep the first view small): the start view in file mode, before a
 * file is open, does not download them. Started as soon as there is a host, alongside its first snapshot.
 */
function loadEngine() {
  return Promise.all([
    import(/* webpackChunkName: "rules" */ '../../core/rules'),
    import(/* webpackChunkName: "rules" */ '../../core/calendar'),
    // The findings' messages, those of the host's refusals and settings problems a check or an action on the
    // document may show, and the ui's later ones (finding actions, progress figures); both languages, deferred in
    // the browser build only.
    loadCatalogs(DEFAULT_LANG, ['findings', ...ERROR_AREAS, ...LATER_UI]),
  ]);
}

export async function runCheck(snapshot: DocumentSnapshot, settings: Settings, now: Date): Promise<CheckResult> {
  const [{ check, stats, reportPeriodAt }, { reportingPeriod }] = await loadEngine();
  const config = { now, cityName: settings.cityName, deadlineReading: settings.deadlineReading };
  return {
    snapshot,
    findings: check(snapshot, config),
    stats: stats(snapshot, config),
    // The quarter recorded in the report, else the one being prepared today.
    period: reportPeriodAt(snapshot, now, settings.deadlineReading) ?? reportingPeriod(now, { reading: settings.deadlineReading }),
    at: now,
  };
}

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : new AppError('ui.error.unexpected', { message: String(error) }, error);
}

/** Live checks: the host's change events, debounced (400 ms), never two at once (src/core/schedule). */
export function ChecksProvider({
  host,
  settings,
  now = () => new Date(),
  delayMs,
  startAfter,
  children,
}: {
  host: DocumentHost | null;
  settings: Settings;
  now?: () => Date;
  delayMs?: number;
  /**
   * The first check (and the rule engine's download) waits for this: the pane's first view on screen
   * (src/taskpane/app/firstView.tsx). Without it, checks start at once.
   */
  startAfter?: Promise<unknown>;
  children: ReactNode;
}) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const nowRef = useRef(now);
  nowRef.current = now;

  const checker = useMemo(() => {
    if (!host) return null;
    void Promise.resolve(startAfter)
      .then(loadEngine)
      .catch(() => undefined);
    return createDebouncedChecker<CheckResult>({
      delayMs,
      run: async () => {
        setChecking(true);
        try {
          return runCheck(await host.snapshot(), settingsRef.current, nowRef.current());
        } finally {
          setChecking(false);
        }
      },
      onResult: (r) => {
        setResult(r);
        setError(null);
      },
      onError: (e) => setError(toAppError(e)),
    });
  }, [host, delayMs, startAfter]);

  useEffect(() => {
    setResult(null);
    setError(null);
    if (!host || !checker) return undefined;
    let disposed = false;
    if (startAfter)
      void startAfter.then(() => {
        if (!disposed) checker.checkNow().catch(() => undefined);
      });
    else checker.checkNow().catch(() => undefined);
    const unsubscribe = host.onChange(() => checker.schedule());
    return () => {
      disposed = true;
      unsubscribe();
      checker.dispose();
    };
  }, [host, checker, startAfter]);

  // Settings change the rules' configuration (city, deadline reading): re-check. Only on a change: the first check
  // (above) already uses the settings of the mount, and a check scheduled here at mount would not wait for the first
  // view (startAfter).
  const checkedSettings = useRef(settings);
  useEffect(() => {
    if (checkedSettings.current === settings) return;
    checkedSettings.current = settings;
    checker?.schedule();
  }, [settings, checker]);

  const refresh = useCallback(async () => {
    if (!checker) return null;
    try {
      return await checker.checkNow();
    } catch (e) {
      setError(toAppError(e));
      return null;
    }
  }, [checker]);
  const changed = useCallback(() => checker?.schedule(), [checker]);

  const value = useMemo<ChecksApi>(() => ({ result, checking, error, refresh, changed }), [result, checking, error, refresh, changed]);
  return <ChecksContext.Provider value={value}>{children}</ChecksContext.Provider>;
}

export function useChecks(): ChecksApi {
  const value = useContext(ChecksContext);
  if (!value) throw new Error('useChecks outside ChecksProvider');
  return value;
}
