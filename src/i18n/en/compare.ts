/** The words of the comparison of places, in English (the reference catalogue). */

import type { PlaceSummary } from '../../data/compare-places';
import { formatDate, formatDateRange, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

/** A place of the comparison and what its line shows over the dates shown. */
export interface ComparedPlaceFacts {
  readonly name: string;
  readonly latest: PlaceSummary['latest'];
  readonly peak: PlaceSummary['peak'];
}

export const compare = {
  failed: (reason: string) => `The comparison could not be loaded: ${reason}`,
  empty:
    'No places are compared yet. Add up to six: their 7-day averages of new cases per 100,000 residents are drawn on one chart.',
  addLabel: 'Add a place to compare',
  choose: 'Choose…',
  russiaAsAWhole: 'Russia as a whole',
  district: (name: string) => `${name} federal district`,
  add: 'Add',
  sixAtMost: 'Six places at most: adding one removes the first.',
  title: 'New cases per 100,000 residents (7-day average)',
  /** The figure's plot could not be drawn (the same words as the comparison of sources'). */
  figurePlotFailed:
    'The chart could not be drawn: its code did not download. The table has the numbers.',
  /** The figure's summary: the dates, then each place's latest and highest value. */
  summary: (from: IsoDate, to: IsoDate, places: readonly ComparedPlaceFacts[]): string =>
    `${formatDateRange(from, to)}, 7-day average of new cases per 100,000 residents. ${places
      .map((place) =>
        place.latest
          ? `${place.name}: ${formatRate(place.latest.value)} on ${formatDate(place.latest.date)}${place.peak ? `, highest ${formatRate(place.peak.value)} on ${formatDate(place.peak.date)}` : ''}.`
          : `${place.name}: not known in these dates.`,
      )
      .join(' ')}`,
  /** How each line is drawn, named in the legend (in brackets after the place). */
  lineStyle: {
    solid: 'solid line',
    dashed: 'dashed line',
    dotted: 'dotted line',
    dashDot: 'dash-dot line',
    longDashes: 'long dashes line',
    pairedDashes: 'paired dashes line',
  },
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from the comparison`,
  table: {
    label: 'Places compared, table',
    caption:
      '7-day average of new cases per 100,000 residents (population on 1 January 2020), latest first',
    date: 'Report date',
  },
};
