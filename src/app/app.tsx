import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { LazyPanel, lazyModule } from '../components/lazy-panel';
import { Notice } from '../components/notice';
import type { IsoDate } from '../data/iso-date';
import type { SourceId } from '../data/series';
import { RUSSIA } from '../data/series';
import { ArticlePanel } from '../features/article/article-panel';
import { ChartsSection } from '../features/charts/charts-section';
import { DateFilter } from '../features/date-filter/date-filter';
import { RangeBrush } from '../features/date-filter/range-brush';
import { FocusNote } from '../features/key-figures/focus-note';
import { KeyFigures } from '../features/key-figures/key-figures';
import { KeyFiguresHeading } from '../features/key-figures/key-figures-heading';
import { RangeTotals } from '../features/key-figures/range-totals';
import { DownloadCsv } from '../features/share/download-csv';
import { ShareControls } from '../features/share/share-controls';
import { SourceSwitch } from '../features/sources/source-switch';
import { useSeries } from '../queries/use-series';
import type { HistoryMode } from '../view-state/location-store';
import { useLinkedView, useViewState } from '../view-state/use-view-state';
import {
  clearFocus,
  focusDate,
  setRange,
  setScale,
  setSource,
  toggleTable,
} from '../view-state/view-changes';
import { type ChartId, type Scale, shownRange } from '../view-state/view-state';
import { viewTitle } from '../view-state/view-title';
import { PageFooter } from './page-footer';
import { PageHeader } from './page-header';
import { ViewNotices } from './view-notices';

// Below the fold: their code loads when they come near the screen.
const sourcesPanel = lazyModule(() => import('../features/sources/sources-panel'));
const correctionsList = lazyModule(() => import('../features/corrections/corrections-list'));

/**
 * The page: it reads the view from the address, loads the series the view asks for, and lays out
 * the features. Every change of view is a pure function from view-state/view-changes.ts, so the
 * callbacks below never change and the panels redraw only when their own inputs do.
 */
export function App() {
  const link = useLinkedView();
  const source = link.parsed.view.source;
  const series = useSeries({ place: RUSSIA, source });
  const { state } = series;
  const dataset = state.data ?? null;
  const settled = state.status !== 'pending';
  const { view, setView, notices, dismissNotices } = useViewState(link, dataset, settled);
  const keyFiguresHeading = useRef<HTMLHeadingElement>(null);

  // A new range object only when the dates change: it is a prop of memoised components.
  const range = useMemo(
    () => (dataset ? shownRange({ from: view.from, to: view.to }, dataset) : null),
    [dataset, view.from, view.to],
  );
  const shownDate = view.focus ?? range?.to ?? null;
  const title = viewTitle(view, dataset);
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
  const onToggleTable = useCallback(
    (id: ChartId) => setView((current) => toggleTable(current, id)),
    [setView],
  );
  const onScaleChange = useCallback(
    (scale: Scale) => setView((current) => setScale(current, scale)),
    [setView],
  );
  const onSourceChange = useCallback(
    (next: SourceId) => setView((current) => setSource(current, next)),
    [setView],
  );
  const failed = state.status === 'error';

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <PageHeader dataset={dataset} source={view.source} failed={failed} />
      <main id="main" className="page">
        <ViewNotices notices={notices} onDismiss={dismissNotices} />
        <SourceSwitch source={view.source} onChange={onSourceChange} />
        {failed ? null : (
          <DateFilter
            bounds={dataset}
            range={range}
            onRangeChange={onRangeChange}
            actions={
              <ShareControls title={title}>
                <DownloadCsv dataset={dataset} range={range} source={view.source} />
              </ShareControls>
            }
          />
        )}
        {failed ? (
          <Notice tone="error" onRetry={series.refetch}>
            <p>{state.error.message}</p>
            <p>The story below is still shown; its figures are checked once the data loads.</p>
          </Notice>
        ) : null}

        <section className="page-section" aria-labelledby="key-figures-heading">
          <KeyFiguresHeading ref={keyFiguresHeading} date={shownDate} source={view.source} />
          <FocusNote focus={view.focus} rangeIsSet={view.to !== null} onClear={onClearFocus} />
          {failed ? (
            <p>The key figures need the data, which could not be loaded.</p>
          ) : (
            <ErrorBoundary what="The key figures">
              <RangeTotals dataset={dataset} range={range} />
              <KeyFigures dataset={dataset} date={shownDate} source={view.source} />
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section" aria-labelledby="charts-heading">
          <h2 id="charts-heading">Trends</h2>
          {failed ? (
            <p>The charts need the data, which could not be loaded.</p>
          ) : (
            <ChartsSection
              dataset={dataset}
              range={range}
              scale={view.scale}
              focus={view.focus}
              openTables={view.tables}
              onToggleTable={onToggleTable}
              onScaleChange={onScaleChange}
              brush={
                dataset && range ? (
                  <RangeBrush dataset={dataset} range={range} onRangeChange={onRangeChange} />
                ) : null
              }
            />
          )}
        </section>

        <section className="page-section" aria-labelledby="sources-panel-heading">
          <h2 id="sources-panel-heading">Sources compared</h2>
          {failed ? (
            <p>The comparison needs the data, which could not be loaded.</p>
          ) : (
            <ErrorBoundary what="The comparison of sources">
              <LazyPanel
                module={sourcesPanel}
                what="The comparison of sources"
                placeholderHeight="40rem"
              >
                {({ SourcesPanel }) => <SourcesPanel range={range} shownSource={view.source} />}
              </LazyPanel>
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections and gaps</h2>
          {failed ? (
            <p>The list needs the data, which could not be loaded.</p>
          ) : (
            <ErrorBoundary what="The list of corrections and gaps">
              <LazyPanel
                module={correctionsList}
                what="The list of corrections and gaps"
                placeholderHeight="12rem"
              >
                {({ CorrectionsList }) => (
                  <CorrectionsList
                    dataset={dataset}
                    source={view.source}
                    onFocusDate={onFocusDate}
                  />
                )}
              </LazyPanel>
            </ErrorBoundary>
          )}
        </section>

        <section className="page-section" aria-labelledby="story-heading">
          <h2 id="story-heading">The news story</h2>
          <ErrorBoundary what="The news story">
            <ArticlePanel shownRange={range} focusedDate={view.focus} onFocusDate={onFocusDate} />
          </ErrorBoundary>
        </section>
      </main>
      <PageFooter dataset={dataset} source={view.source} />
    </>
  );
}
