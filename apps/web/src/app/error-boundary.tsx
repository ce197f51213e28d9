import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';

function Fallback({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('error.crashTitle')}
      subTitle={error.message}
      extra={[
        <Button key="retry" type="primary" onClick={onReset}>
          {t('error.retry')}
        </Button>,
        <Button key="home" onClick={() => window.location.assign('/')}>
          {t('error.home')}
        </Button>,
      ]}
    />
  );
}

class Boundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('UI error', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    // Navigating elsewhere is the natural way out of a broken page.
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) return <Fallback error={this.state.error} onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary resetKey={location.pathname}>{children}</Boundary>;
}
