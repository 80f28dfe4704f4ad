import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import { DATA_NOTES, DATA_SOURCES } from '../data/sources';

/** Sources, licences and how the figures are read: the page's method notes. */
export function PageFooter({ dataset }: { dataset: Dataset | null }) {
  const provenance = dataset?.provenance;
  const sources = provenance?.sources ?? DATA_SOURCES;
  const notes = provenance?.notes ?? DATA_NOTES;
  return (
    <footer className="page-footer">
      <div className="page-footer__inner">
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources and licences</h2>
          <ul>
            {sources.map((source) => (
              <li key={source.url}>
                <a href={source.url}>{source.name}</a>, {source.covers}. Licence: {source.licence}.
              </li>
            ))}
          </ul>
          <p>
            The story: "Russia has more than 10,000 new diagnoses for five consecutive days", news
            item of 8 May 2020; photo: Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP.
          </p>
        </section>
        <section aria-labelledby="method-heading">
          <h2 id="method-heading">How to read the figures</h2>
          <ul>
            <li>
              Every date is a report date: the day the official report was published (in the
              morning, Moscow time, covering the previous 24 hours). The story dated 8 May 2020
              quotes the report of 7 May 2020.
            </li>
            <li>
              7-day averages are the mean of the 7 reports up to and including the date, shown only
              when all 7 are known.
            </li>
            <li>
              A day whose figures do not add up (the change in a total differs from the daily
              figure, a total goes down, or no report exists) is flagged, not corrected: charts mark
              it and tables explain it. The published series has no such day.
            </li>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {provenance ? (
            <p className="page-footer__generated">
              Data file: {provenance.rowCount} reports, {formatDate(dataset.firstDate)} to{' '}
              {formatDate(dataset.lastDate)}; generated {provenance.generatedAt.slice(0, 10)}.
            </p>
          ) : null}
        </section>
      </div>
    </footer>
  );
}
