import { lazy, Suspense } from 'react';
import type { AppError } from '../../core/errors';
import { DEFAULT_LANG, ERROR_AREAS, LATER_UI, loadCatalogs } from '../../core/i18n';
import { useI18n } from '../state/i18n';

// With the messages of a host's refusal or a settings problem, and its buttons' (deferred in the browser build;
// offline, the message bar still shows, and loads them itself when they can come).
const ErrorMessage = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "error-message" */ '../ui/ErrorMessage'),
    loadCatalogs(DEFAULT_LANG, [...ERROR_AREAS, ...LATER_UI]).catch(() => undefined),
  ]).then(([m]) => ({ default: m.ErrorMessage })),
);

/**
 * The localised error message (with details on demand), its message bar loaded with the first error: errors are rare
 * and the message bar is not small (DESIGN.md §7). Until it arrives the message shows as plain text.
 */
export function ShellError({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useI18n();
  const text = t(error.messageKey, error.params);
  return (
    // A message not loaded yet: the title, never the key.
    <Suspense fallback={<div role="alert">{text === error.messageKey ? t('ui.error.title') : text}</div>}>
      <ErrorMessage error={error} onDismiss={onDismiss} />
    </Suspense>
  );
}
