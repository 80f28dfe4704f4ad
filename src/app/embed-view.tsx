import './embed.css';
import type { ReactNode } from 'react';
import { Notice } from '../components/notice';
import type { SourceId } from '../data/series';
import { m } from '../i18n/messages';
import type { ChartId } from '../view-state/charts';

interface EmbedViewProps {
  readonly chart: ChartId;
  readonly placeName: string;
  readonly source: SourceId;
  /** The same view as the whole dashboard. */
  readonly fullHref: string;
  /** Why the data could not be loaded, or null. */
  readonly error: string | null;
  readonly onRetry: () => void;
  /** The chart. */
  readonly children: ReactNode;
}

/**
 * One chart alone, for another page's iframe (`embed=<chart id>`): its title, the place and
 * source, and a link to the whole dashboard with the same view. No header, footer or other panels;
 * it takes the iframe's width.
 */
export function EmbedView({
  chart,
  placeName,
  source,
  fullHref,
  error,
  onRetry,
  children,
}: EmbedViewProps) {
  const t = m();
  return (
    <main id="main" className="embed" data-embed={chart}>
      <h1 className="visually-hidden">{t.page.title}</h1>
      <h2 className="embed__place">
        <strong>{placeName}</strong> · {t.page.sources[source].name}
      </h2>
      {error ? (
        <Notice tone="error" onRetry={onRetry}>
          <p>{error}</p>
        </Notice>
      ) : (
        children
      )}
      <p className="embed__link">
        {/* Out of the iframe: the dashboard takes the whole window. */}
        <a href={fullHref} target="_top">
          {t.takeAway.openFull}
        </a>
      </p>
    </main>
  );
}
