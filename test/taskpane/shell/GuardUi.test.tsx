/** @jest-environment jsdom */
/**
 * The guards' dialogs load on demand (src/taskpane/shell/GuardUi.tsx). When they cannot load (offline), the question is
 * answered "no" — a removal or a replacement is refused, never done unasked — and the next question tries again.
 */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { GuardDialog } from '../../../src/taskpane/shell/FileGuard';
import { I18nProvider } from '../../../src/taskpane/state/i18n';

let failLoad = true;
jest.mock('../../../src/taskpane/shell/FileGuardUi', () => {
  if (failLoad) throw new Error('ChunkLoadError: offline');
  return jest.requireActual('../../../src/taskpane/shell/FileGuardUi');
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GuardUi } = require('../../../src/taskpane/shell/GuardUi') as typeof import('../../../src/taskpane/shell/GuardUi');

function ui(dialog: GuardDialog | null, onClose: (ok: boolean) => void) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="vi">
        <GuardUi dialog={dialog} onClose={onClose} recovery={null} onRecover={async () => undefined} onDiscard={() => undefined} />
      </I18nProvider>
    </FluentProvider>
  );
}

describe('GuardUi', () => {
  it('refuses a removal when its dialog cannot load, and asks with the dialog once it can', async () => {
    const answers: boolean[] = [];
    const first: GuardDialog = { kind: 'remove', words: ['Câu', 'lạc', 'bộ'], resolve: (ok) => answers.push(ok) };
    const onClose = jest.fn((ok: boolean) => first.resolve(ok));
    const view = render(ui(first, onClose));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(false));
    expect(answers).toEqual([false]);
    expect(screen.queryByTestId('guard-remove')).toBeNull();

    // Back online: the next question shows the dialog (a new download, not the failed one).
    failLoad = false;
    const second: GuardDialog = { kind: 'remove', words: ['Tổ', '2'], resolve: (ok) => answers.push(ok) };
    view.rerender(ui(second, (ok) => second.resolve(ok)));
    expect(await screen.findByTestId('guard-remove', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(answers).toEqual([false]);
  });
});
