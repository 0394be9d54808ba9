import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../../state/i18n';

/**
 * "The new document is open in another window": shown by the start view after inserting the template as a new
 * document. Its own chunk (loaded only then), so the start view's first render does not carry the message bar.
 */
export default function StartOpenedNotice() {
  const { t } = useI18n();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{t('ui.start.newDocumentOpened')}</MessageBarBody>
    </MessageBar>
  );
}
