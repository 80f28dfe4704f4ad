/**
 * The words of the panels below the fold, in the page's language, downloaded with their code:
 * `withWords('map', import(...))` resolves once both have arrived. Each language's page
 * downloads only its own words.
 */
import type { Locale } from './locale';
import { addPanelWords, type PanelMessages, type PanelNamespace, pageLocale } from './messages';

type Loaders = {
  readonly [L in Locale]: { readonly [N in PanelNamespace]: () => Promise<PanelMessages[N]> };
};

const LOADERS: Loaders = {
  en: {
    map: () => import('./en/map').then((words) => words.map),
    ranking: () => import('./en/ranking').then((words) => words.ranking),
    compare: () => import('./en/compare').then((words) => words.compare),
    sources: () => import('./en/sources').then((words) => words.sources),
    corrections: () => import('./en/corrections').then((words) => words.corrections),
    article: () => import('./en/article').then((words) => words.article),
    storyCheck: () => import('./en/story-check').then((words) => words.storyCheck),
    footer: () => import('./en/footer').then((words) => words.footer),
    takeAway: () => import('./en/take-away').then((words) => words.takeAway),
    dateFilter: () => import('./en/date-filter').then((words) => words.dateFilter),
    share: () => import('./en/share').then((words) => words.share),
    chartTable: () => import('./en/chart-table').then((words) => words.chartTable),
    placeControls: () => import('./en/place-controls').then((words) => words.placeControls),
    notices: () => import('./en/notices').then((words) => words.notices),
  },
  ru: {
    map: () => import('./ru/map').then((words) => words.map),
    ranking: () => import('./ru/ranking').then((words) => words.ranking),
    compare: () => import('./ru/compare').then((words) => words.compare),
    sources: () => import('./ru/sources').then((words) => words.sources),
    corrections: () => import('./ru/corrections').then((words) => words.corrections),
    article: () => import('./ru/article').then((words) => words.article),
    storyCheck: () => import('./ru/story-check').then((words) => words.storyCheck),
    footer: () => import('./ru/footer').then((words) => words.footer),
    takeAway: () => import('./ru/take-away').then((words) => words.takeAway),
    dateFilter: () => import('./ru/date-filter').then((words) => words.dateFilter),
    share: () => import('./ru/share').then((words) => words.share),
    chartTable: () => import('./ru/chart-table').then((words) => words.chartTable),
    placeControls: () => import('./ru/place-controls').then((words) => words.placeControls),
    notices: () => import('./ru/notices').then((words) => words.notices),
  },
};

async function loadWords<N extends PanelNamespace>(namespace: N): Promise<void> {
  const loader = LOADERS[pageLocale()][namespace] as () => Promise<PanelMessages[N]>;
  addPanelWords(namespace, await loader());
}

/** A panel's code, resolved once the words it needs are in the catalogue too. */
export async function withWords<T>(
  namespaces: readonly PanelNamespace[],
  code: Promise<T>,
): Promise<T> {
  const [module] = await Promise.all([code, ...namespaces.map(loadWords)]);
  return module;
}
