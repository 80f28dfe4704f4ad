import type { ClaimStatus } from '../../data/claims';

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

export const STATUS_TEXT: Record<ClaimStatus, string> = {
  verified: 'verified',
  refuted: 'not supported',
  'no-data': 'cannot be checked',
};

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
      <span className="claim-mark__badge">
        <span aria-hidden="true">{status ? STATUS_ICON[status] : '…'}</span>{' '}
        {status ? STATUS_TEXT[status] : 'checking'}
      </span>
    </button>
  );
}
