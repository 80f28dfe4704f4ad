/**
 * The document title of a view, so that a tab, a bookmark and a shared link name what they show:
 * "Russia COVID-19 · 3–7 May 2020", "Russia COVID-19 · JHU · ..." for the second source, and
 * "Moscow · COVID-19 in Russia · 3–7 May 2020" for a region.
 */
import { formatDate, formatDateRangeShort } from '../data/format';
import { RUSSIA } from '../data/series';
import { SOURCES } from '../data/sources';
import { type DataBounds, DEFAULT_VIEW, shownRange, type ViewState } from './view-state';

const SITE = 'Russia COVID-19';

export function viewTitle(
  view: ViewState,
  bounds: DataBounds | null,
  placeName: string | null = null,
): string {
  const site = view.region === RUSSIA || !placeName ? SITE : `${placeName} · COVID-19 in Russia`;
  if (!bounds) return `${site} · official daily reports`;
  const { from, to } = shownRange(view, bounds);
  const range =
    view.from === null && view.to === null ? 'all reports' : formatDateRangeShort(from, to);
  const focus = view.focus ? `, report of ${formatDate(view.focus)}` : '';
  const source = view.source === DEFAULT_VIEW.source ? '' : ` · ${SOURCES[view.source].shortName}`;
  const per = view.per === '100k' ? ' · per 100,000' : '';
  return `${site}${source}${per} · ${range}${focus}`;
}
