import type { IsoDate } from '../../data/iso-date';
import type { Verdict } from '../../data/story-check/types';
import { HTML_LANG } from '../../i18n/locale';
import { m, pageLocale } from '../../i18n/messages';

interface ClaimMarkProps {
  /** The figure as the story writes it. */
  readonly text: string;
  /** The check's verdict; null while the data loads or when it is not available. */
  readonly verdict: Verdict | null;
  /** The report the figure was checked against, if it was. */
  readonly reportDate: IsoDate | null;
  /** The id of the element that explains the check (in the list of the story's figures). */
  readonly detailId: string;
  readonly isFocused: boolean;
  readonly onActivate: () => void;
}

const VERDICT_ICON: Record<Verdict, string> = { verified: '✓', refuted: '✗', uncheckable: '?' };

/**
 * A figure in the story's text, marked with what the data says of it. It is a button: activating
 * it (click, Enter or Space) focuses the dashboard on the report the figure comes from.
 */
export function ClaimMark({
  text,
  verdict,
  reportDate,
  detailId,
  isFocused,
  onActivate,
}: ClaimMarkProps) {
  // The figure is the story's (English); the badge is in the page's language, and says so.
  const badgeLang = pageLocale() === 'en' ? undefined : HTML_LANG[pageLocale()];
  return (
    <button
      type="button"
      className={`claim-mark claim-mark--${verdict ?? 'pending'}`}
      aria-describedby={detailId}
      aria-pressed={isFocused}
      data-verdict={verdict ?? undefined}
      data-report-date={reportDate ?? undefined}
      onClick={onActivate}
    >
      {text}{' '}
      <span className="claim-mark__badge" lang={badgeLang}>
        <span aria-hidden="true">{verdict ? VERDICT_ICON[verdict] : '…'}</span>{' '}
        {verdict ? m().storyCheck.verdicts[verdict] : m().article.checking}
      </span>
    </button>
  );
}
