/**
 * Entry of the office's inbox page (/inbox, served by the relay server; server/inbox/API.md). Separate from the task
 * pane's entry: nothing here joins the pane's first download (webpack.config.js).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { InboxApp } from './App';
import { LangProvider, savedLang } from './i18n';

const container = document.getElementById('root');
if (container) {
  document.documentElement.lang = savedLang();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <LangProvider>
        <InboxApp />
      </LangProvider>
    </FluentProvider>,
  );
}
