import { Component, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { AppError, isAppError } from '../../core/errors';
import { useI18n } from '../state/i18n';
import { ShellError } from './ShellError';

interface Props {
  onRetry: () => void;
  children: ReactNode;
}

function Failed({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div>
      <ShellError error={error} />
      <Button onClick={onRetry}>{t('ui.view.retry')}</Button>
    </div>
  );
}

/**
 * A view whose chunk could not load (offline) or that crashed: a localised message with the details on demand and
 * "try again", never a blank pane (DESIGN.md §5.5).
 */
export class ShellViewBoundary extends Component<Props, { error: AppError | null }> {
  override state: { error: AppError | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: AppError } {
    return { error: isAppError(error) ? error : new AppError('ui.view.loadFailed', {}, error) };
  }

  override render() {
    if (this.state.error) {
      return (
        <Failed
          error={this.state.error}
          onRetry={() => {
            this.props.onRetry();
            this.setState({ error: null });
          }}
        />
      );
    }
    return this.props.children;
  }
}
