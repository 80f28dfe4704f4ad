/**
 * The ready-made date ranges people ask for most: all the data, the story's run, the last 30
 * and 90 days of the data, and each calendar year.
 */
import { sourceArticle } from '../../data/article';
import { formatDateRangeShort } from '../../data/format';
import { addDays, type IsoDate, isoDate } from '../../data/iso-date';
import type { DataBounds } from '../../view-state/view-state';

export interface RangePreset {
  readonly id: string;
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The five days above 10,000 that end on the story's report date. */
const STORY_RUN_DAYS = 5;
const STORY_RUN = {
  from: addDays(sourceArticle.reportDate, -(STORY_RUN_DAYS - 1)),
  to: sourceArticle.reportDate,
};

const LABELS = {
  all: 'All data',
  story: `The story's run (${formatDateRangeShort(STORY_RUN.from, STORY_RUN.to)})`,
  last30: 'Last 30 days',
  last90: 'Last 90 days',
};

/** The labels of the presets that do not depend on the data: shown, disabled, while it loads. */
export const PRESET_LABELS_BEFORE_DATA: readonly string[] = Object.values(LABELS);

export function rangePresets(bounds: DataBounds): RangePreset[] {
  const clampFrom = (date: IsoDate) => (date < bounds.firstDate ? bounds.firstDate : date);
  const presets: RangePreset[] = [
    { id: 'all', label: LABELS.all, from: bounds.firstDate, to: bounds.lastDate },
    { id: 'story', label: LABELS.story, ...STORY_RUN },
    {
      id: 'last-30',
      label: LABELS.last30,
      from: clampFrom(addDays(bounds.lastDate, -29)),
      to: bounds.lastDate,
    },
    {
      id: 'last-90',
      label: LABELS.last90,
      from: clampFrom(addDays(bounds.lastDate, -89)),
      to: bounds.lastDate,
    },
  ];
  const firstYear = Number(bounds.firstDate.slice(0, 4));
  const lastYear = Number(bounds.lastDate.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const from = isoDate(`${year}-01-01`);
    const to = isoDate(`${year}-12-31`);
    presets.push({
      id: String(year),
      label: String(year),
      from: from < bounds.firstDate ? bounds.firstDate : from,
      to: to > bounds.lastDate ? bounds.lastDate : to,
    });
  }
  return presets.filter(
    (p) => p.from <= p.to && p.from >= bounds.firstDate && p.to <= bounds.lastDate,
  );
}

/** The preset whose range is exactly this one, if any. */
export function matchingPreset(
  presets: readonly RangePreset[],
  range: { from: IsoDate; to: IsoDate },
): RangePreset | undefined {
  return presets.find((p) => p.from === range.from && p.to === range.to);
}
