/** The words of a chart's table (loaded with the table's code), in English: the reference. */
import { formatCount, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

export const chartTable = {
  label: (title: string): string => `${title}, table`,
  caption: (
    title: string,
    range: { from: IsoDate; to: IsoDate } | null,
    missing: number,
    total: number,
  ): string =>
    `${title}${range ? `, ${formatDateRange(range.from, range.to)}` : ''} (latest first)${missing > 0 ? `. ${formatCount(missing)} of the ${formatCount(total)} report dates ${missing === 1 ? 'has' : 'have'} no report.` : ''}`,
  date: 'Report date',
  average: '7-day average',
  note: 'Note',
  story: "The story's report",
};
