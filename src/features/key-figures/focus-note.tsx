import { sourceArticle } from '../../data/article';
import type { IsoDate } from '../../data/iso-date';
import { m } from '../../i18n/messages';

interface FocusNoteProps {
  readonly focus: IsoDate | null;
  /** Whether the range ends before the data does (the way back is then "the last report of these dates"). */
  readonly rangeIsSet: boolean;
  readonly onClear: () => void;
}

/** Says which report the cards show when a date is focused, with the way back. */
export function FocusNote({ focus, rangeIsSet, onClear }: FocusNoteProps) {
  if (!focus) return null;
  const t = m().keyFigures;
  return (
    <p className="focus-note" aria-live="polite">
      {t.showingReport(focus, focus === sourceArticle.reportDate)}{' '}
      <button type="button" className="button" onClick={onClear}>
        {rangeIsSet ? t.showLastOfRange : t.showLatest}
      </button>
    </p>
  );
}
