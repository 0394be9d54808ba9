/** @jest-environment jsdom */
/**
 * The pane's boot code passes the send environment as a loader (src/taskpane/index.tsx), so the first view does not
 * download it: the send view waits for it behind Suspense; a failed load reaches the error boundary once (no loop of
 * downloads offline) and "try again" loads it anew.
 */
import '@testing-library/jest-dom';
import { Component, Suspense, useState, type ReactNode } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { defaultSendEnv } from '../../../src/taskpane/boot/sendEnv';
import { SendEnvProvider, useSendEnv, useSendEnvRetry, type SendEnv } from '../../../src/taskpane/state/sendEnv';

function Reader() {
  const env = useSendEnv();
  return <p>ready: {String(env.openBrowserWindow('mailto:a@b.vn'))}</p>;
}

class Boundary extends Component<{ children: ReactNode; onRetry: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <button
        onClick={() => {
          this.props.onRetry();
          this.setState({ failed: false });
        }}
      >
        retry
      </button>
    );
  }
}

function View() {
  const retry = useSendEnvRetry();
  const [attempt, setAttempt] = useState(0);
  return (
    <Boundary key={attempt} onRetry={() => (retry(), setAttempt((n) => n + 1))}>
      <Suspense fallback={<p>loading</p>}>
        <Reader />
      </Suspense>
    </Boundary>
  );
}

describe('SendEnvProvider with a loader', () => {
  it('loads the environment once, when the view first reads it', async () => {
    const load = jest.fn(async (): Promise<SendEnv> => defaultSendEnv({}));
    render(
      <SendEnvProvider env={load}>
        <p>first view</p>
      </SendEnvProvider>,
    );
    expect(load).not.toHaveBeenCalled();
    const view = render(
      <SendEnvProvider env={load}>
        <View />
      </SendEnvProvider>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('ready: false')).toBeInTheDocument();
    view.rerender(
      <SendEnvProvider env={load}>
        <View />
      </SendEnvProvider>,
    );
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('offline: the error boundary once, no retry loop; "try again" loads anew', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = jest
      .fn<Promise<SendEnv>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError'))
      .mockResolvedValueOnce(defaultSendEnv({}));
    render(
      <SendEnvProvider env={load}>
        <View />
      </SendEnvProvider>,
    );
    const retry = await screen.findByRole('button', { name: 'retry' });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(load).toHaveBeenCalledTimes(1);
    fireEvent.click(retry);
    expect(await screen.findByText('ready: false')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
