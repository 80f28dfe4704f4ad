/**
 * The document title of a view, so that a tab, a bookmark and a shared link name what they show:
 * "Russia COVID-19 · 3–7 May 2020", "Russia COVID-19 · JHU · ..." for the second source, and
 * "Moscow · COVID-19 in Russia · 3–7 May 2020" for a region.
 */
import { formatDate, formatDateRangeShort } from '../data/format';
import { RUSSIA } from '../data/series';
import { m } from '../i18n/messages';
import { type DataBounds, DEFAULT_VIEW, shownRange, type ViewState } from './view-state';

export function viewTitle(
  view: ViewState,
  bounds: DataBounds | null,
  placeName: string | null = null,
): string {
  const words = m().page.tabTitle;
  const site = view.region === RUSSIA || !placeName ? words.site : words.siteOfPlace(placeName);
  if (!bounds) return `${site} · ${words.beforeData}`;
  const { from, to } = shownRange(view, bounds);
  const range =
    view.from === null && view.to === null ? words.allReports : formatDateRangeShort(from, to);
  const focus = view.focus ? words.reportOf(formatDate(view.focus)) : '';
  const source =
    view.source === DEFAULT_VIEW.source ? '' : ` · ${m().page.sources[view.source].shortName}`;
  const per = view.per === '100k' ? ` · ${words.per100k}` : '';
  return `${site}${source}${per} · ${range}${focus}`;
}
