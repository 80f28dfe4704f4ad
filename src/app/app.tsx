import { formatCount, formatDate } from '../data/format';
import { DatasetLoadError } from '../data/load-dataset';
import { useDataset } from '../features/dataset/use-dataset';

export function App() {
  const dataset = useDataset();
  const latest = dataset.data?.days[dataset.data.days.length - 1];
  return (
    <>
      <header className="page-header">
        <h1>Russia COVID-19: official daily reports</h1>
        <p className="page-header__latest" aria-live="polite">
          {latest ? (
            <>
              Latest report: <time dateTime={latest.date}>{formatDate(latest.date)}</time>
            </>
          ) : (
            'Loading the latest report…'
          )}
        </p>
      </header>
      <main>
        {dataset.isError ? (
          <div role="alert" className="notice notice--error">
            <p>
              {dataset.error instanceof DatasetLoadError
                ? dataset.error.message
                : 'The data could not be loaded.'}
            </p>
            <button type="button" onClick={() => void dataset.refetch()}>
              Retry
            </button>
          </div>
        ) : latest ? (
          <dl className="totals">
            <dt>Total cases</dt>
            <dd>{latest.totalCases === null ? 'Not reported' : formatCount(latest.totalCases)}</dd>
            <dt>Total deaths</dt>
            <dd>
              {latest.totalDeaths === null ? 'Not reported' : formatCount(latest.totalDeaths)}
            </dd>
            <dt>Total recovered</dt>
            <dd>
              {latest.totalRecovered === null ? 'Not reported' : formatCount(latest.totalRecovered)}
            </dd>
          </dl>
        ) : (
          <p>Loading figures…</p>
        )}
      </main>
    </>
  );
}
