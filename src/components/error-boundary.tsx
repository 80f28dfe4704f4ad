import { Component, type ErrorInfo, type ReactNode } from 'react';
import { m } from '../i18n/messages';
import { Notice } from './notice';

interface ErrorBoundaryProps {
  /**
   * What this part of the page is, for the message, in the page's language and able to open a
   * sentence: "The daily new cases chart", "График «Новые случаи за сутки»".
   */
  readonly what: string;
  /** The page's last boundary: nothing else of the page is left to work, so it does not say so. */
  readonly wholePage?: boolean;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Keeps a render error inside the part of the page it happened in: that part says what failed and
 * offers Retry (a new attempt to draw it), and the rest of the page goes on working. Without it,
 * one bad value anywhere would leave a blank page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the console to report it (in English, as the error itself is); the page
    // shows its own message, in its language.
    console.warn(`${this.props.what} could not be drawn:`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Notice tone="error" onRetry={this.retry}>
        <p>
          {this.props.wholePage
            ? m().app.pageFailed(error.message.slice(0, 200))
            : m().charts.components.errorBoundary(this.props.what, error.message.slice(0, 200))}
        </p>
      </Notice>
    );
  }
}
