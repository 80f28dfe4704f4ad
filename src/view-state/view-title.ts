/**
 * The document title of a view, so that a tab, a bookmark and a shared link name what they show:
 * "Russia COVID-19 · 3–7 May 2020", and "Russia COVID-19 · JHU · ..." for the second source.
 */
import { formatDate, formatDateRangeShort } from '../data/format';
import { SOURCES } from '../data/sources';
import { type DataBounds, DEFAULT_VIEW, shownRange, type ViewState } from './view-state';

const SITE = 'Russia COVID-19';

export function viewTitle(view: ViewState, bounds: DataBounds | null): string {
  if (!bounds) return `${SITE} · official daily reports`;
  const { from, to } = shownRange(view, bounds);
  const range =
    view.from === null && view.to === null ? 'all reports' : formatDateRangeShort(from, to);
  const focus = view.focus ? `, report of ${formatDate(view.focus)}` : '';
  const source = view.source === DEFAULT_VIEW.source ? '' : ` · ${SOURCES[view.source].shortName}`;
  return `${SITE}${source} · ${range}${focus}`;
}
