// Keeps one failing screen from blanking the whole window; the rest of the app stays usable.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; name: string; resetKey?: unknown }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(previous: { resetKey?: unknown }): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 24 }} data-testid="screen-error">
        <strong>{i18next.t('app.couldNotBeShown', { name: this.props.name })}</strong>
        <p>{this.state.error.message}</p>
      </div>
    );
  }
}
