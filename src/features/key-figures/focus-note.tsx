import { sourceArticle } from '../../data/article';
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

interface FocusNoteProps {
  readonly focus: IsoDate | null;
  /** Whether the range ends before the data does (the way back is then "the last report of these dates"). */
  readonly rangeIsSet: boolean;
  readonly onClear: () => void;
}

/** Says which report the cards show when a date is focused, with the way back. */
export function FocusNote({ focus, rangeIsSet, onClear }: FocusNoteProps) {
  if (!focus) return null;
  return (
    <p className="focus-note" aria-live="polite">
      Showing the report of {formatDate(focus)}
      {focus === sourceArticle.reportDate ? ", the one the story's figures come from" : ''}.{' '}
      <button type="button" className="button" onClick={onClear}>
        {rangeIsSet ? 'Show the last report of these dates' : 'Show the latest report'}
      </button>
    </p>
  );
}
