import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { AppError } from '../../core/errors';
import { useI18n } from '../state/i18n';

/** A localised AppError with its details (the original cause) on demand; never only logged (DESIGN.md §5.5). */
export function ErrorMessage({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useI18n();
  const [details, setDetails] = useState(false);
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
