import type { ReactNode } from 'react';
import { m } from '../i18n/messages';

interface NoticeProps {
  readonly tone: 'error' | 'warning';
  readonly children: ReactNode;
  /** The way on from a failure: a Retry button that calls this. */
  readonly onRetry?: () => void;
  /** For a message that can be read and put away: a Dismiss button that calls this. */
  readonly onDismiss?: (() => void) | undefined;
}

/**
 * A message in the page, with its way on. Errors are announced at once (role="alert"); warnings
 * politely (role="status"), since they do not stop anything from working.
 */
export function Notice({ tone, children, onRetry, onDismiss }: NoticeProps) {
  const { common } = m();
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>{children}</div>
      {onRetry || onDismiss ? (
        <div className="notice__actions">
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              {common.retry}
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="button" onClick={onDismiss}>
              {common.dismiss}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
