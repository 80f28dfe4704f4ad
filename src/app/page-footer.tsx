import { ExternalLink } from '../components/external-link';
import type { Dataset } from '../data/dataset';
import type { SourceId } from '../data/series';
import { m, pageLocale } from '../i18n/messages';

/** Sources, licences and how the figures are read: the page's method notes. */
export function PageFooter({ dataset, source }: { dataset: Dataset | null; source: SourceId }) {
  const provenance = dataset?.provenance;
  const t = m().footer;
  const { sources } = m().page;
  const { coverageNote } = m().placeControls;
  const englishPage = pageLocale() === 'en';
  // The file's own provenance: what it was made from (its references and notes come with it).
  const references = provenance?.sources ?? [];
  const notes = provenance?.notes ?? [];
  return (
    <footer className="page-footer">
      <div className="page-footer__inner">
        <p className="page-footer__about">{t.lede}</p>
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t.sourcesHeading}</h2>
          <p>
            {t.footerFiguresShown} <strong>{sources[source].name}</strong>. {coverageNote[source]}
          </p>
          {references.length > 0 ? (
            <ul>
              {references.map((reference) => (
                <li key={`${reference.url}:${reference.covers}`}>
                  {/* The file's own words: its references are named and licensed as it says. */}
                  <ExternalLink url={reference.url}>{reference.name}</ExternalLink>
                  {t.referenceDetails(reference.covers, reference.licence)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.referencesLater}</p>
          )}
          <p>{t.storyCredit}</p>
        </section>
        <section aria-labelledby="method-heading">
          <h2 id="method-heading">{t.methodHeading}</h2>
          <ul>
            <li>{t.methodReportDates}</li>
            <li>{t.methodAverages}</li>
            <li>{t.methodFlags}</li>
            {/* The data file's notes are written in English: said so on a page in another language. */}
            {notes.map((note) => (
              <li key={note} lang={englishPage ? undefined : 'en'}>
                {note}
              </li>
            ))}
          </ul>
          {provenance && dataset ? (
            <p className="page-footer__generated">
              {t.dataFile(
                provenance.rowCount,
                dataset.firstDate,
                dataset.lastDate,
                provenance.generatedAt.slice(0, 10),
              )}
            </p>
          ) : null}
        </section>
      </div>
    </footer>
  );
}
