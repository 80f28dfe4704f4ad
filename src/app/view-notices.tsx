import { Notice } from '../components/notice';
import type { ViewNotice } from '../view-state/view-state';

/** What the link asked for that could not be used, and what is shown instead. Dismissible. */
export function ViewNotices({
  notices,
  onDismiss,
}: {
  notices: readonly ViewNotice[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <Notice tone="warning" onDismiss={onDismiss}>
      <p>Part of this link could not be used, so the page shows something close to it:</p>
      <ul className="view-notices">
        {notices.map((notice) => (
          <li key={`${notice.param}:${notice.given}:${notice.problem}`}>
            <code>{notice.param}</code> = “{notice.given}” {notice.problem}; showing{' '}
            {notice.usedInstead}.
          </li>
        ))}
      </ul>
    </Notice>
  );
}
