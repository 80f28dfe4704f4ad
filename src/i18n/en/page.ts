/** The words of the page's header and of the sources' names, in English (the reference catalogue). */

import type { SourceId } from '../../data/series';

/**
 * Each source by name (shown by the header, view bar, footer, switch and cards). What each covers
 * is said where it is shown, below the fold: `placeControls.coverageNote`.
 */
const SOURCES = {
  official: {
    name: 'Official daily reports',
    shortName: 'Official',
  },
  jhu: {
    name: 'Johns Hopkins University CSSE',
    shortName: 'JHU',
  },
} satisfies Record<SourceId, { name: string; shortName: string }>;

export const page = {
  sources: SOURCES,

  /** The browser tab's title: "Moscow · COVID-19 in Russia · 3–7 May 2020, report of 7 May 2020". */
  tabTitle: {
    site: 'Russia COVID-19',
    siteOfPlace: (place: string) => `${place} · COVID-19 in Russia`,
    beforeData: 'official daily reports',
    allReports: 'all reports',
    reportOf: (date: string) => `, report of ${date}`,
    per100k: 'per 100,000',
  },
  title: 'Russia COVID-19 dashboard',
  latestReport: 'Latest report:',
  latestNotAvailable: 'not available',
};
