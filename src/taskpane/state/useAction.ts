import { useCallback, useState } from 'react';
import { AppError, isAppError } from '../../core/errors';
import { useChecks } from './checks';

/**
 * Run a document action (insert, fill, fix, write the table…): tracks `busy`, keeps a localised `error`
 * for <ErrorMessage>, and asks for a fresh check afterwards so the checklist follows at once.
 */
export function useAction() {
  const { refresh } = useChecks();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const value = await action();
        await refresh();
        return value;
      } catch (e) {
        setError(isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );
  return { run, busy, error, clearError: () => setError(null) };
}
