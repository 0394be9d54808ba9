/**
 * The guards' dialogs and recovery bar (./FileGuardUi.tsx), loaded with their messages when a guard first has
 * something to show (first-view budget, DESIGN.md §7). If they cannot load (offline), the question is answered "no":
 * a removal or a replacement is refused, never done without asking, and the pane stays usable. The next question
 * tries the download again.
 */
import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { DEFAULT_LANG, LATER_UI, loadCatalogs } from '../../core/i18n';
import type FileGuardUiComponent from './FileGuardUi';

type GuardUiProps = ComponentProps<typeof FileGuardUiComponent>;

const loadUi = () =>
  Promise.all([
    import(/* webpackChunkName: "file-guard" */ './FileGuardUi'),
    loadCatalogs(DEFAULT_LANG, LATER_UI),
  ]).then(([m]) => m);

let LazyUi = lazy(loadUi);

/** Answers "no" when the UI could not load; tries again when the question changes. */
class GuardUiBoundary extends Component<
  { question: unknown; onFailure: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // React.lazy keeps a failed load: a new one for the next attempt.
    LazyUi = lazy(loadUi);
    this.props.onFailure();
  }

  override componentDidUpdate(previous: { question: unknown }): void {
    if (this.state.failed && previous.question !== this.props.question) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function GuardUi(props: GuardUiProps) {
  return (
    <GuardUiBoundary question={props.dialog} onFailure={() => props.onClose(false)}>
      <Suspense fallback={null}>
        <LazyUi {...props} />
      </Suspense>
    </GuardUiBoundary>
  );
}
