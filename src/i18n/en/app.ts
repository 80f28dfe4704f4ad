/** The page's frame in English (the reference catalogue): sections, failures, languages. */
import type { OwnFile } from '../../data/damaged-file';
import type { DatasetLoadFailure } from '../../data/load-dataset';

function ownFileName(file: OwnFile): string {
  switch (file.kind) {
    case 'region-catalogue':
      return 'The list of regions';
    case 'region-year':
      return `The file of all regions' figures for ${file.year}`;
    case 'map-shapes':
      return "The map's shapes file";
  }
}

export const app = {
  skipLink: 'Skip to the figures',
  /** The button of the bar at the top that opens the place, dates and source controls. */
  offline:
    'You are offline: what this device saved on an earlier visit is shown, and the rest will load when the network is back.',
  offlineWithData: (date: string): string =>
    `You are offline: the figures shown are those saved on this device, up to the report of ${date}. Newer ones load when the network is back.`,
  viewShown: 'The view shown',
  openViewControls: ['Change', 'place or dates'] as readonly [string, string],
  perCapitaFailed: (place: string, reason: string) =>
    `The figures per 100,000 need the population of ${place}, which could not be loaded (${reason}). Counts are still available with “Counts” above.`,
  storyStillShown: 'The story below is still shown; its figures are checked once the data loads.',
  keyFiguresNeedData: 'The key figures need the data, which could not be loaded.',
  keyFigures: 'The key figures',
  trends: 'Trends',
  chartsNeedData: 'The charts need the data, which could not be loaded.',
  mapHeading: 'Map of the regions',
  map: 'The map',
  mapNeedsDates: 'The map needs the dates of the data, which are loading.',
  rankingHeading: 'All regions',
  rankingNote:
    'Cases and deaths in the dates shown for each of the 85 regions, in counts and per 100,000 residents, from the official reports. Each region opens its own view with the same dates.',
  ranking: 'The table of regions',
  rankingNeedsDates: 'The table needs the dates of the data, which are loading.',
  compareHeading: 'Compare places',
  compare: 'The comparison of places',
  sourcesHeading: 'Sources compared',
  sourcesNeedData: 'The comparison needs the data, which could not be loaded.',
  sources: 'The comparison of sources',
  correctionsHeading: 'Corrections and gaps',
  correctionsNeedData: 'The list needs the data, which could not be loaded.',
  corrections: 'The list of corrections and gaps',
  storyHeading: 'The news story',
  dateBrush: 'The date brush',
  story: 'The news story',
  storyCheckHeading: 'Check a story',
  storyCheck: 'The story check',
  footer: 'The sources and notes at the foot of the page',

  /** Why the data did not arrive, and what to do. */
  loadFailure: (failure: DatasetLoadFailure, details: string): string => {
    switch (failure.kind) {
      case 'network':
        return `The data could not be downloaded (${failure.detail}). Check your connection and try again.`;
      case 'offline':
        return 'You are offline, so the data could not be downloaded. It will load when you are back online and choose Retry.';
      case 'timeout':
        return `The server is not answering: the data did not arrive within ${failure.seconds} seconds. Try again in a moment.`;
      case 'http':
        return `The data could not be downloaded: the server answered ${failure.status}.`;
      case 'invalid-file':
        return `The data file is damaged, so no figures are shown rather than wrong ones. ${details}`;
    }
  },
  /** The same in a few words, inside a sentence that says what could not be loaded. */
  shortReason: (failure: DatasetLoadFailure, details: string): string => {
    switch (failure.kind) {
      case 'network':
        return `the connection failed: ${failure.detail}`;
      case 'offline':
        return 'you are offline';
      case 'timeout':
        return `the server did not answer within ${failure.seconds} seconds`;
      case 'http':
        return `the server answered ${failure.status}`;
      case 'invalid-file':
        return details;
    }
  },
  /** One of our own files (not a series) failed its checks. */
  damagedFile: (file: OwnFile, details: string): string =>
    `${ownFileName(file)} is damaged, so what it holds is not shown. ${details}`,
  damagedFileShort: (file: OwnFile): string => `${ownFileName(file).toLowerCase()} is damaged`,

  pageFailed: (message: string): string =>
    `The dashboard could not be drawn (${message}). Retry, or reload the page; if it happens again, the link you followed may hold something this page cannot show.`,
  viewNotices: 'The notice about this link',
  viewControls: 'The controls of the view',

  languages: 'Language',

  /** The theme switch in the header: the system's setting, or one chosen for this device. */
  theme: 'Theme',
  themeSystem: 'Auto (system)',
  themeLight: 'Light',
  themeDark: 'Dark',
};
