import { lazy, Suspense } from 'react';
import type { AppError } from '../../core/errors';
import { useI18n } from '../state/i18n';

const ErrorMessage = lazy(() => import(/* webpackChunkName: "error-message" */ '../ui/ErrorMessage').then((m) => ({ default: m.ErrorMessage })));

/**
 * The localised error message (with details on demand), its message bar loaded with the first error: errors are rare
 * and the message bar is not small (DESIGN.md §7). Until it arrives the message shows as plain text.
 */
export function ShellError({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<div role="alert">{t(error.messageKey, error.params)}</div>}>
      <ErrorMessage error={error} onDismiss={onDismiss} />
    </Suspense>
  );
}
