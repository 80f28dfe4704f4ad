import type { ReactNode } from 'react';

interface NoticeProps {
  readonly tone: 'error' | 'warning';
  readonly children: ReactNode;
  /** Buttons or links that offer a way on (Retry, Dismiss...). */
  readonly actions?: ReactNode;
}

/**
 * A message in the page. Errors are announced at once (role="alert"); warnings politely
 * (role="status"), since they do not stop anything from working.
 */
export function Notice({ tone, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </div>
  );
}
