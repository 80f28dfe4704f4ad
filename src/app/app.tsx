import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { LazyPanel, lazyModule } from '../components/lazy-panel';
import { Notice } from '../components/notice';
import { useHydrated } from '../components/use-hydrated';
import type { IsoDate } from '../data/iso-date';
import type { MapMetric } from '../data/map-rates';
import { perCapitaDataset } from '../data/per-capita';
import type { PlaceCode, SourceId } from '../data/series';
import { RUSSIA } from '../data/series';
import { ChartsSection } from '../features/charts/charts-section';
import { FocusNote } from '../features/key-figures/focus-note';
import { KeyFigures } from '../features/key-figures/key-figures';
import { KeyFiguresHeading } from '../features/key-figures/key-figures-heading';
import { RangeTotals } from '../features/key-figures/range-totals';
import { usePlace } from '../features/place-picker/use-place-name';
import { errorText, shortErrorText } from '../i18n/errors';
import { withWords } from '../i18n/lazy-words';
import { m } from '../i18n/messages';
import { useSeries } from '../queries/use-series';
import type { ChartId } from '../view-state/charts';
import type { HistoryMode } from '../view-state/location-store';
import { useLinkedView, useViewState } from '../view-state/use-view-state';
import {
  addToComparison,
  clearFocus,
  focusDate,
  removeFromComparison,
  setMapMetric,
  setPer,
  setRange,
  setRegion,
  setScale,
  setSource,
  toggleTable,
} from '../view-state/view-changes';
import {
  type Per,
  type Scale,
  serialiseView,
  shownRange,
  type ViewState,
} from '../view-state/view-state';
import { viewTitle } from '../view-state/view-title';
import { LanguageSuggestionSlot } from './language-switch';
import { PageHeader } from './page-header';
import './print.css';
import { hasStoryParam } from '../view-state/story-param';
import { ViewBar } from './view-bar';

// Below the fold: their code and their words load when they come near the screen.
// The sources' coverage notes are the source switch's words (placeControls), which the footer and
// the comparison of sources show too.
const sourcesPanel = lazyModule(() =>
  withWords(['sources', 'placeControls'], import('../features/sources/sources-panel')),
);
const correctionsList = lazyModule(() =>
  withWords(['corrections'], import('../features/corrections/corrections-list')),
);
const rankingPanel = lazyModule(() =>
  withWords(['ranking'], import('../features/ranking/ranking-panel')),
);
const comparePanel = lazyModule(() =>
  withWords(['compare'], import('../features/compare/compare-panel')),
);
const mapPanel = lazyModule(() => withWords(['map'], import('../features/map/map-panel')));
// Not on the first screen, but loaded at once after it: the story (at the foot of the page) and
// the date brush (drawn once the data is there). The story's figures are checked by the engine of
// "Check a story", so that engine and its words come with the story's code.
const articlePanel = lazyModule(() =>
  withWords(['article', 'storyCheck'], import('../features/article/article-panel')),
);
const rangeBrush = lazyModule(() =>
  withWords(['dateFilter'], import('../features/date-filter/range-brush')),
);
// What changes the view (place, source, dates) and shares it, under the view bar's button: closed
// at first, so loaded just after the first screen.
const viewControls = lazyModule(() =>
  withWords(['dateFilter', 'share', 'placeControls'], import('./view-controls')),
);
// One chart alone, for another site's iframe (embed=): its code and style load for such a link only.
// Its link to the whole dashboard is worded with the take-away panel's words.
const embedView = lazyModule(() => withWords(['takeAway'], import('./embed-view')));
const viewNotices = lazyModule(() => withWords(['notices'], import('./view-notices')));
const pageFooter = lazyModule(() =>
  withWords(['footer', 'placeControls'], import('./page-footer')),
);
const storyCheckPanel = lazyModule(() =>
  withWords(['storyCheck'], import('../features/story-check/story-check-panel')),
);

/**
 * The page: it reads the view from the address, loads the series the view asks for, and lays out
 * the features. Every change of view is a pure function from view-state/view-changes.ts, so the
 * callbacks below never change and the panels redraw only when their own inputs do.
 */
/**
 * The address of `view` on this page: what the page's own links point to. Relative (a query
 * alone resolves to this page's path), so the prerendered page, made without an address, has the
 * same links as the browser's.
 */
const hrefOf = (view: ViewState) => serialiseView(view) || '?';

export function App() {
  const link = useLinkedView();
  const { source, region } = link.parsed.view;
  const series = useSeries({ place: region, source });
  const { state } = series;
  const reported = state.data ?? null;
  const settled = state.status !== 'pending';
  const { view, setView, notices, dismissNotices } = useViewState(link, reported, settled);
  const place = usePlace(view.region, view.per === '100k');
  // What the page draws: the counts as reported, or per 100,000 residents once the population is
  // known (never the counts under a per-100,000 label while it loads).
  const dataset = useMemo(() => {
    if (!reported || view.per === 'count') return reported;
    return place.population ? perCapitaDataset(reported, place.population) : null;
  }, [reported, view.per, place.population]);
  const keyFiguresHeading = useRef<HTMLHeadingElement>(null);

  // A new range object only when the dates change: it is a prop of memoised components.
  const range = useMemo(
    () => (dataset ? shownRange({ from: view.from, to: view.to }, dataset) : null),
    [dataset, view.from, view.to],
  );
  const shownDate = view.focus ?? range?.to ?? null;
  // The panels of all regions need only the dates: they keep the last ones while another place's
  // series loads, instead of disappearing (and taking the reader's focus and sort with them).
  const lastRange = useRef(range);
  if (range) lastRange.current = range;
  const panelRange = range ?? lastRange.current;
  // A panel that failed is drawn again for another place, source or measure.
  const viewKey = `${view.region}:${view.source}:${view.per}`;
  const perCapitaFailed = view.per === '100k' && place.error !== null;
  const title = viewTitle(view, reported, place.name);
  useEffect(() => {
    document.title = title;
  }, [title]);

  const onRangeChange = useCallback(
    (from: IsoDate, to: IsoDate, mode: HistoryMode = 'push') =>
      setView((current) => setRange(current, from, to), mode),
    [setView],
  );
  const onFocusDate = useCallback(
    (date: IsoDate) => {
      setView((current) => focusDate(current, date, dataset ? shownRange(current, dataset) : null));
      // Moving focus to the cards' heading scrolls them into view and tells a screen reader
      // what changed ("Key figures, report of 7 May 2020").
      keyFiguresHeading.current?.focus();
    },
    [setView, dataset],
  );
  const onClearFocus = useCallback(() => setView(clearFocus), [setView]);
  // Where the map's play stopped: focused like a chosen date, while the reader stays at the map.
  const onMapDateChosen = useCallback(
    (date: IsoDate) =>
      setView((current) =>
        // While another place's series loads, the dates the map played through still stand.
        focusDate(current, date, dataset ? shownRange(current, dataset) : panelRange),
      ),
    [setView, dataset, panelRange],
  );
  const onMapMetricChange = useCallback(
    (next: MapMetric) => setView((current) => setMapMetric(current, next)),
    [setView],
  );
  const onToggleTable = useCallback(
    (id: ChartId) => setView((current) => toggleTable(current, id)),
    [setView],
  );
  const onScaleChange = useCallback(
    (id: ChartId, scale: Scale) => setView((current) => setScale(current, id, scale)),
    [setView],
  );
  const onSourceChange = useCallback(
    (next: SourceId) => setView((current) => setSource(current, next)),
    [setView],
  );
  const onPerChange = useCallback(
    (next: Per) => setView((current) => setPer(current, next)),
    [setView],
  );
  const onPlaceChange = useCallback(
    (next: PlaceCode) => setView((current) => setRegion(current, next)),
    [setView],
  );
  const onAddCompared = useCallback(
    (next: PlaceCode) => setView((current) => addToComparison(current, next)),
    [setView],
  );
  const onRemoveCompared = useCallback(
    (gone: PlaceCode) => setView((current) => removeFromComparison(current, gone)),
    [setView],
  );
  // The address of this view with another place: what a region's link points to.
  const hrefFor = useCallback((next: PlaceCode) => hrefOf(setRegion(view, next)), [view]);
  // The address of this view focused on one report date: what a corrected day's link points to.
  const hrefForDate = useCallback(
    (date: IsoDate) => hrefOf(focusDate(view, date, range)),
    [view, range],
  );
  // This view's chart alone, for another page's iframe.
  const embedHrefFor = useCallback((id: ChartId) => hrefOf({ ...view, embed: id }), [view]);
  // A figure of a checked story: that place's dashboard on that report.
  const hrefForFigure = useCallback(
    (place: PlaceCode, date: IsoDate) => hrefOf(focusDate(setRegion(view, place), date, null)),
    [view],
  );
  const onShowFigure = useCallback(
    (place: PlaceCode, date: IsoDate) => {
      setView((current) => focusDate(setRegion(current, place), date, null));
      keyFiguresHeading.current?.focus();
    },
    [setView],
  );
  // A link with a story to check (#story=…) loads that panel at once; it scrolls itself in view.
  const hydrated = useHydrated();
  const storyLink = hydrated && hasStoryParam(window.location.hash);
  const failed = state.status === 'error';
  const words = m().app;

  // The charts' inputs, the same in the page and in an embed of one chart.
  const chartProps = {
    dataset,
    range,
    logScale: view.logScale,
    focus: view.focus,
    openTables: view.tables,
    onToggleTable,
    onScaleChange,
    placeName: place.name,
    source: view.source,
  };

  if (view.embed) {
    const chart = view.embed;
    return (
      <LazyPanel module={embedView} what={m().page.title} placeholderHeight="420px" eager>
        {({ EmbedView }) => (
          <EmbedView
            chart={chart}
            placeName={place.name}
            source={view.source}
            fullHref={hrefOf({ ...view, embed: null })}
            error={failed ? errorText(state.error) : null}
            onRetry={series.refetch}
          >
            <ChartsSection only={chart} {...chartProps} />
          </EmbedView>
        )}
      </LazyPanel>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {words.skipLink}
      </a>
      <PageHeader dataset={dataset} failed={failed} />
      <LanguageSuggestionSlot />
      <ViewBar
        placeName={place.name}
        range={range}
        source={view.source}
        per={view.per}
        lastDate={reported?.lastDate ?? null}
      >
        {/* Not keyed by the view, unlike the panels: the focused control must survive a change. */}
        <ErrorBoundary what={words.viewControls}>
          <LazyPanel
            module={viewControls}
            what={words.viewControls}
            placeholderHeight="12rem"
            eager
          >
            {({ ViewControls }) => (
              <ViewControls
                place={view.region}
                placeName={place.name}
                population={place.population}
                per={view.per}
                source={view.source}
                dataset={dataset}
                failed={failed}
                range={range}
                title={title}
                hrefFor={hrefFor}
                onPlaceChange={onPlaceChange}
                onPerChange={onPerChange}
                onSourceChange={onSourceChange}
                onRangeChange={onRangeChange}
              />
            )}
          </LazyPanel>
        </ErrorBoundary>
      </ViewBar>
      <main id="main" className="page">
        {/* Only a link with a problem downloads the notice's code and words. */}
        {notices.length > 0 ? (
          <div data-testid="view-notices">
            <ErrorBoundary what={words.viewNotices}>
              <LazyPanel
                module={viewNotices}
                what={words.viewNotices}
                placeholderHeight="5rem"
                eager
                onDismiss={dismissNotices}
              >
                {({ ViewNotices }) => <ViewNotices notices={notices} onDismiss={dismissNotices} />}
              </LazyPanel>
            </ErrorBoundary>
          </div>
        ) : null}
        {perCapitaFailed ? (
          <Notice tone="error" onRetry={place.retry}>
            <p>{words.perCapitaFailed(place.name, shortErrorText(place.error))}</p>
          </Notice>
        ) : null}
        {failed ? (
          <Notice tone="error" onRetry={series.refetch}>
            <p>{errorText(state.error)}</p>
            <p>{words.storyStillShown}</p>
          </Notice>
        ) : null}

        <section className="page-section" aria-labelledby="key-figures-heading">
          <KeyFiguresHeading
            ref={keyFiguresHeading}
            date={shownDate}
            source={view.source}
            placeName={place.name}
          />
          <FocusNote focus={view.focus} rangeIsSet={view.to !== null} onClear={onClearFocus} />
          {failed ? (
            <p>{words.keyFiguresNeedData}</p>
          ) : (
            <ErrorBoundary key={viewKey} what={words.keyFigures}>
              <KeyFigures
                dataset={dataset}
                date={shownDate}
                source={view.source}
                // JHU's national counts stand in for an unknown official total; not for a rate.
                national={view.region === RUSSIA && view.per === 'count'}
              />
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section" aria-labelledby="charts-heading">
          <h2 id="charts-heading">{words.trends}</h2>
          {failed ? (
            <p>{words.chartsNeedData}</p>
          ) : (
            <ChartsSection
              {...chartProps}
              embedHrefFor={embedHrefFor}
              brush={
                dataset && range ? (
                  <LazyPanel
                    module={rangeBrush}
                    what={words.dateBrush}
                    placeholderHeight="5.5rem"
                    eager
                  >
                    {({ RangeBrush }) => (
                      <RangeBrush dataset={dataset} range={range} onRangeChange={onRangeChange} />
                    )}
                  </LazyPanel>
                ) : null
              }
            />
          )}
        </section>

        {failed ? null : (
          <div className="page-section">
            <ErrorBoundary key={viewKey} what={m().keyFigures.rangeTotals}>
              <RangeTotals dataset={dataset} range={range} />
            </ErrorBoundary>
          </div>
        )}

        <section className="page-section screen-only" aria-labelledby="map-heading">
          <h2 id="map-heading">{words.mapHeading}</h2>
          {panelRange ? (
            <ErrorBoundary what={words.map}>
              <LazyPanel module={mapPanel} what={words.map} placeholderHeight="34rem">
                {({ MapPanel }) => (
                  <MapPanel
                    range={panelRange}
                    date={view.focus ?? panelRange.to}
                    metric={view.mapMetric}
                    current={view.region}
                    hrefFor={hrefFor}
                    onChoose={onPlaceChange}
                    onMetricChange={onMapMetricChange}
                    onDateChosen={onMapDateChosen}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          ) : (
            <p>{words.mapNeedsDates}</p>
          )}
        </section>

        <section className="page-section screen-only" aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">{words.rankingHeading}</h2>
          <p className="section-note">{words.rankingNote}</p>
          {panelRange ? (
            <ErrorBoundary what={words.ranking}>
              <LazyPanel module={rankingPanel} what={words.ranking} placeholderHeight="36rem">
                {({ RankingPanel }) => (
                  <RankingPanel
                    range={panelRange}
                    current={view.region}
                    hrefFor={hrefFor}
                    onChoose={onPlaceChange}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          ) : (
            <p>{words.rankingNeedsDates}</p>
          )}
        </section>

        <section className="page-section screen-only" aria-labelledby="compare-heading">
          <h2 id="compare-heading">{words.compareHeading}</h2>
          {panelRange ? (
            <ErrorBoundary what={words.compare}>
              <LazyPanel module={comparePanel} what={words.compare} placeholderHeight="8rem">
                {({ ComparePanel }) => (
                  <ComparePanel
                    places={view.compare}
                    range={panelRange}
                    onAdd={onAddCompared}
                    onRemove={onRemoveCompared}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          ) : null}
        </section>

        <section className="page-section screen-only" aria-labelledby="sources-panel-heading">
          <h2 id="sources-panel-heading">{words.sourcesHeading}</h2>
          {failed ? (
            <p>{words.sourcesNeedData}</p>
          ) : (
            <ErrorBoundary key={viewKey} what={words.sources}>
              <LazyPanel module={sourcesPanel} what={words.sources} placeholderHeight="40rem">
                {({ SourcesPanel }) => (
                  <SourcesPanel
                    range={range}
                    shownSource={view.source}
                    placeName={view.region === RUSSIA ? null : place.name}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section screen-only" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{words.correctionsHeading}</h2>
          {failed ? (
            <p>{words.correctionsNeedData}</p>
          ) : (
            <ErrorBoundary key={viewKey} what={words.corrections}>
              <LazyPanel
                module={correctionsList}
                what={words.corrections}
                placeholderHeight="12rem"
              >
                {({ CorrectionsList }) => (
                  <CorrectionsList
                    dataset={dataset}
                    source={view.source}
                    placeName={place.name}
                    onFocusDate={onFocusDate}
                    hrefForDate={hrefForDate}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section screen-only" aria-labelledby="story-heading">
          <h2 id="story-heading">{words.storyHeading}</h2>
          <ErrorBoundary what={words.story}>
            <LazyPanel module={articlePanel} what={words.story} placeholderHeight="40rem" eager>
              {({ ArticlePanel }) => (
                <ArticlePanel
                  shownRange={range}
                  focusedDate={view.focus}
                  onFocusDate={onFocusDate}
                  placeName={view.region === RUSSIA ? null : place.name}
                />
              )}
            </LazyPanel>
          </ErrorBoundary>
        </section>
        <section
          className="page-section screen-only"
          id="check-a-story"
          aria-labelledby="story-check-heading"
        >
          {/* Focused when a #story= link opens the check (see the panel). */}
          <h2 id="story-check-heading" tabIndex={-1}>
            {words.storyCheckHeading}
          </h2>
          <ErrorBoundary what={words.storyCheck}>
            <LazyPanel
              module={storyCheckPanel}
              what={words.storyCheck}
              placeholderHeight="22rem"
              eager={storyLink}
            >
              {({ StoryCheckPanel }) => (
                <StoryCheckPanel hrefForFigure={hrefForFigure} onShowFigure={onShowFigure} />
              )}
            </LazyPanel>
          </ErrorBoundary>
        </section>
      </main>
      <LazyPanel module={pageFooter} what={words.footer} placeholderHeight="24rem" eager>
        {({ PageFooter }) => <PageFooter dataset={dataset} source={view.source} />}
      </LazyPanel>
    </>
  );
}
