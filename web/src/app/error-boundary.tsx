import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'antd';
import { translate } from './i18n';
import { StatusMessage } from './status-message';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null; key: string | undefined };

/** Catches a page that throws while rendering so the shell (menu, header) stays usable; resets on navigation. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <PageCrashed onRetry={() => this.setState({ error: null })} />;
  }
}

/** What a crashed page shows; also the router's error element (e.g. a chunk that failed to load after a deploy). */
export function PageCrashed({ onRetry }: { onRetry?: () => void }) {
  return (
    <StatusMessage
      title={translate('common.crashed')}
      subtitle={translate('common.crashedHint')}
      extra={
        <>
          {onRetry ? <Button onClick={onRetry}>{translate('common.retry')}</Button> : null}
          <Button type="primary" onClick={() => window.location.reload()}>
            {translate('common.reload')}
          </Button>
        </>
      }
    />
  );
}
