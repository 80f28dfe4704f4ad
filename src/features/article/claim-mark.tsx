import type { ClaimStatus } from '../../data/claims';
import { HTML_LANG } from '../../i18n/locale';
import { m, pageLocale } from '../../i18n/messages';

interface ClaimMarkProps {
  /** The figure as the story writes it. */
  readonly text: string;
  /** null while the data loads or when it is not available. */
  readonly status: ClaimStatus | null;
  /** The id of the element that explains the check (in the list of claims). */
  readonly detailId: string;
  readonly claimId: string;
  readonly isFocused: boolean;
  readonly onActivate: () => void;
}

const STATUS_ICON: Record<ClaimStatus, string> = { verified: '✓', refuted: '✗', 'no-data': '?' };

/**
 * A figure in the story's text, marked with what the data says of it. It is a button: activating
 * it (click, Enter or Space) focuses the dashboard on the report the figure comes from.
 */
export function ClaimMark({
  text,
  status,
  detailId,
  claimId,
  isFocused,
  onActivate,
}: ClaimMarkProps) {
  const t = m().article;
  // The figure is the story's (English); the badge is in the page's language, and says so.
  const badgeLang = pageLocale() === 'en' ? undefined : HTML_LANG[pageLocale()];
  return (
    <button
      type="button"
      className={`claim-mark claim-mark--${status ?? 'pending'}`}
      aria-describedby={detailId}
      aria-pressed={isFocused}
      data-claim={claimId}
      onClick={onActivate}
    >
      {text}{' '}
      <span className="claim-mark__badge" lang={badgeLang}>
        <span aria-hidden="true">{status ? STATUS_ICON[status] : '…'}</span>{' '}
        {status ? t.status[status] : t.checking}
      </span>
    </button>
  );
}
