/**
 * The document title of a view, so that a tab, a bookmark and a shared link name what they show:
 * "Russia COVID-19 · 3–7 May 2020".
 */

import { formatDate } from '../data/format';
import { type IsoDate, isoDate } from '../data/iso-date';
import { type DataBounds, shownRange, type ViewState } from './view-state';

const SITE = 'Russia COVID-19';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3–7 May 2020", "30 Apr – 7 May 2020", "1 Jan 2021 – 20 Jan 2022". */
export function formatRangeShort(from: IsoDate, to: IsoDate): string {
  if (from === to) return formatDate(from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fm === tm) return `${fd}–${td} ${MONTHS[tm - 1]} ${ty}`;
  if (fy === ty) return `${fd} ${MONTHS[fm - 1]} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function viewTitle(view: ViewState, bounds: DataBounds | null): string {
  if (!bounds) return `${SITE} · official daily reports`;
  const { from, to } = shownRange(view, bounds);
  const range = view.from === null && view.to === null ? 'all reports' : formatRangeShort(from, to);
  const focus = view.focus ? `, report of ${formatDate(isoDate(view.focus))}` : '';
  return `${SITE} · ${range}${focus}`;
}
