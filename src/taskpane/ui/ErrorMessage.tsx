import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { AppError } from '../../core/errors';
import { DEFAULT_LANG, ERROR_AREAS, LATER_UI, catalogsLoaded, loadCatalogs } from '../../core/i18n';
import { useI18n } from '../state/i18n';

/** A localised AppError with its details (the original cause) on demand; never only logged (DESIGN.md §5.5). */
export function ErrorMessage({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useI18n();
  const [details, setDetails] = useState(false);
  // A host's refusal or a settings problem shown before its messages (or the buttons') were loaded (deferred in the
  // browser build): load them, then show the message instead of its key.
  const known = t(error.messageKey) !== error.messageKey && catalogsLoaded(DEFAULT_LANG, LATER_UI);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (known) return undefined;
    let live = true;
    loadCatalogs(DEFAULT_LANG, [...ERROR_AREAS, ...LATER_UI]).then(
      () => live && setLoaded((n) => n + 1),
      () => undefined, // offline: the key stays, with the details below
    );
    return () => {
      live = false;
    };
  }, [known]);
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : error.cause ? String(error.cause) : '';
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.error.title')}</MessageBarTitle>
        {t(error.messageKey, error.params)}
        {details && cause ? (
          <Text as="p" size={200} font="monospace" block style={{ wordBreak: 'break-word' }}>
            {cause}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {cause ? (
          <Button size="small" onClick={() => setDetails((d) => !d)} aria-expanded={details}>
            {details ? t('ui.error.hideDetails') : t('ui.error.showDetails')}
          </Button>
        ) : null}
        {onDismiss ? (
          <Button size="small" onClick={onDismiss}>
            {t('ui.error.dismiss')}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
