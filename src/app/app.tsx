import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Notice } from '../components/notice';
import { sourceArticle } from '../data/article';
import { formatDate } from '../data/format';
import type { IsoDate } from '../data/iso-date';
import { isInRange } from '../data/range';
import { ArticlePanel } from '../features/article/article-panel';
import { ChartsSection } from '../features/charts/charts-section';
import { useDataset } from '../features/dataset/use-dataset';
import { DateFilter } from '../features/date-filter/date-filter';
import { RangeBrush } from '../features/date-filter/range-brush';
import { KeyFigures } from '../features/key-figures/key-figures';
import { RangeTotals } from '../features/key-figures/range-totals';
import { DownloadCsv } from '../features/share/download-csv';
import { ShareControls } from '../features/share/share-controls';
import type { HistoryMode } from '../view-state/location-store';
import { useViewState } from '../view-state/use-view-state';
import { type ChartId, type Scale, shownRange } from '../view-state/view-state';
import { viewTitle } from '../view-state/view-title';
import { PageFooter } from './page-footer';
import { PageHeader } from './page-header';
import { ViewNotices } from './view-notices';

export function App() {
  const query = useDataset();
  const dataset = query.data ?? null;
  const { view, setView, notices, dismissNotices } = useViewState(dataset, !query.isPending);
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

  const setRange = useCallback(
    (from: IsoDate, to: IsoDate, mode: HistoryMode = 'push') =>
      setView({ ...view, from, to }, mode),
    [view, setView],
  );

  const focusDate = useCallback(
    (date: IsoDate) => {
      const inRange = range !== null && isInRange(range, date);
      setView({ ...view, focus: date, ...(inRange ? {} : { from: null, to: null }) }, 'push');
      // Moving focus to the cards' heading scrolls them into view and tells a screen reader
      // what changed ("Key figures, report of 7 May 2020").
      keyFiguresHeading.current?.focus();
    },
    [view, setView, range],
  );
  const toggleTable = useCallback(
    (id: ChartId) => {
      const tables = view.tables.includes(id)
        ? view.tables.filter((t) => t !== id)
        : [...view.tables, id];
      setView({ ...view, tables }, 'push');
    },
    [view, setView],
  );
  const setScale = useCallback(
    (scale: Scale) => setView({ ...view, scale }, 'push'),
    [view, setView],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <PageHeader dataset={dataset} failed={query.isError} />
      <main id="main" className="page">
        <ViewNotices notices={notices} onDismiss={dismissNotices} />
        {query.isError ? null : (
          <DateFilter
            bounds={dataset}
            range={range}
            onRangeChange={setRange}
            actions={
              <ShareControls title={title}>
                <DownloadCsv dataset={dataset} range={range} />
              </ShareControls>
            }
          />
        )}
        {query.isError ? (
          <Notice tone="error" onRetry={() => void query.refetch()}>
            <p>{query.error.message}</p>
            <p>The story below is still shown; its figures are checked once the data loads.</p>
          </Notice>
        ) : null}

        <section className="page-section" aria-labelledby="key-figures-heading">
          <h2 id="key-figures-heading" ref={keyFiguresHeading} tabIndex={-1}>
            Key figures
            {shownDate ? (
              <span className="section-date">
                {' '}
                · report of <time dateTime={shownDate}>{formatDate(shownDate)}</time>
              </span>
            ) : null}
          </h2>
          {view.focus ? (
            <p className="focus-note" aria-live="polite">
              Showing the report of {formatDate(view.focus)}
              {view.focus === sourceArticle.reportDate
                ? ", the one the story's figures come from"
                : ''}
              .{' '}
              <button
                type="button"
                className="button"
                onClick={() => setView({ ...view, focus: null }, 'push')}
              >
                {view.to === null
                  ? 'Show the latest report'
                  : 'Show the last report of these dates'}
              </button>
            </p>
          ) : null}
          {query.isError ? null : <RangeTotals dataset={dataset} range={range} />}
          {query.isError ? (
            <p>The key figures need the data, which could not be loaded.</p>
          ) : (
            <KeyFigures dataset={dataset} date={shownDate} />
          )}
        </section>

        <section className="page-section" aria-labelledby="charts-heading">
          <h2 id="charts-heading">Trends</h2>
          {query.isError ? (
            <p>The charts need the data, which could not be loaded.</p>
          ) : (
            <ChartsSection
              dataset={dataset}
              range={range}
              scale={view.scale}
              focus={view.focus}
              openTables={view.tables}
              onToggleTable={toggleTable}
              onScaleChange={setScale}
              brush={
                dataset && range ? (
                  <RangeBrush dataset={dataset} range={range} onRangeChange={setRange} />
                ) : null
              }
            />
          )}
        </section>

        <section className="page-section" aria-labelledby="story-heading">
          <h2 id="story-heading">The news story</h2>
          <ArticlePanel
            dataset={dataset}
            shownRange={range}
            focusedDate={view.focus}
            onFocusDate={focusDate}
          />
        </section>
      </main>
      <PageFooter dataset={dataset} />
    </>
  );
}
