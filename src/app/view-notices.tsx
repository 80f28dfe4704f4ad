import { Notice } from '../components/notice';
import { m } from '../i18n/messages';
import type { ViewNotice } from '../view-state/view-state';

/** A long hostile link can hold hundreds of problems; past this many, they are counted. */
const MAX_LISTED = 10;

/**
 * What the link asked for that could not be used, and what is shown instead. Dismissible.
 * Its own chunk, with its words: only a link with a problem downloads them.
 */
export function ViewNotices({
  notices,
  onDismiss,
}: {
  notices: readonly ViewNotice[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  const words = m().notices;
  const listed = notices.slice(0, MAX_LISTED);
  const more = notices.length - listed.length;
  return (
    <Notice tone="warning" onDismiss={onDismiss}>
      <p>{words.heading}</p>
      <ul className="view-notices">
        {listed.map((notice, index) => (
          // The same parameter can be named twice (for example outside the data, then after `to`).
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
          <li key={index}>
            {/* <bdi>: text from the link cannot turn the sentence around it (U+202E and kin). */}
            <code>
              <bdi>{notice.param}</bdi>
            </code>{' '}
            {words.valueOpen}
            <bdi>{notice.given}</bdi>
            {words.valueClose(notice.problem(words), notice.usedInstead(words))}
          </li>
        ))}
        {more > 0 ? <li>{words.more(more)}</li> : null}
      </ul>
    </Notice>
  );
}
