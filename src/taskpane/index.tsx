/**
 * Task pane entry (placeholder until the real pane lands): mounts React 18 inside Fluent UI v9's provider and
 * reports whether it runs inside Word or in file mode (a plain browser, or office.js failed to load).
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';

export type PaneMode = 'starting' | 'word' | 'file';

/** Resolves to 'word' inside Word, else 'file'; never waits longer than timeoutMs for office.js. */
export function detectMode(timeoutMs = 5000): Promise<Exclude<PaneMode, 'starting'>> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('file');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('file'), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Word ? 'word' : 'file');
    }).catch(() => {
      clearTimeout(timer);
      resolve('file');
    });
  });
}

const STATUS: Record<PaneMode, string> = {
  starting: 'Đang khởi động… / Starting…',
  word: 'Đã kết nối với Word. / Connected to Word.',
  file: 'Chế độ tệp: đang chạy ngoài Word. / File mode: running outside Word.',
};

function App() {
  const [mode, setMode] = useState<PaneMode>('starting');
  useEffect(() => {
    void detectMode().then(setMode);
  }, []);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <main data-mode={mode}>
        <Text as="h1" size={500} weight="semibold" block>
          Báo cáo thành tích
        </Text>
        <Text role="status" block>
          {STATUS[mode]}
        </Text>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
