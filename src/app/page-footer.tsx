import { ExternalLink } from '../components/external-link';
import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { SourceId } from '../data/series';
import { SOURCES } from '../data/sources';

/** Sources, licences and how the figures are read: the page's method notes. */
export function PageFooter({ dataset, source }: { dataset: Dataset | null; source: SourceId }) {
  const provenance = dataset?.provenance;
  const info = SOURCES[source];
  // The file's own provenance: what it was made from (its references and notes come with it).
  const references = provenance?.sources ?? [];
  const notes = provenance?.notes ?? [];
  return (
    <footer className="page-footer">
      <div className="page-footer__inner">
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources and licences</h2>
          <p>
            Figures shown: <strong>{info.name}</strong>. {info.coverageNote}
          </p>
          {references.length > 0 ? (
            <ul>
              {references.map((reference) => (
                <li key={`${reference.url}:${reference.covers}`}>
                  <ExternalLink url={reference.url}>{reference.name}</ExternalLink>,{' '}
                  {reference.covers}. Licence: {reference.licence}.
                </li>
              ))}
            </ul>
          ) : (
            <p>
              The archives the figures were taken from, and their licences, are listed here from the
              data file once it has loaded.
            </p>
          )}
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
              when all 7 are known: no average is drawn across a day without a report.
            </li>
            <li>
              A day whose figures do not add up (the change in a total differs from the daily
              figure, a total goes down) or that has no report is flagged, not corrected: charts
              mark it, tables explain it, and the list of corrections and gaps names every one.
            </li>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {provenance && dataset ? (
            <p className="page-footer__generated">
              Data file: {provenance.rowCount.toLocaleString('en-GB')} report dates,{' '}
              {formatDate(dataset.firstDate)} to {formatDate(dataset.lastDate)}; generated{' '}
              {provenance.generatedAt.slice(0, 10)}.
            </p>
          ) : null}
        </section>
      </div>
    </footer>
  );
}
