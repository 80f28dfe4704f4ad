import { MAP_BINS, type MapMetric } from '../../data/map-rates';
import { m } from '../../i18n/messages';

/** The bins' ranges in words: "under 10", "10 to 25", ..., "800 or more". */
export function binLabels(metric: MapMetric): string[] {
  const bounds = MAP_BINS[metric];
  const t = m().map;
  return [
    t.bandUnder(bounds[0] as number),
    ...bounds.slice(1).map((upper, i) => t.bandBetween(bounds[i] as number, upper)),
    t.bandOrMore(bounds[bounds.length - 1] as number),
  ];
}

/** The bins with their colours, and "not reported" apart from them. */
export function MapLegend({ metric }: { metric: MapMetric }) {
  return (
    <ul className="map-legend" aria-label={m().map.legend}>
      {binLabels(metric).map((text, bin) => (
        <li key={text}>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" fill={`var(--bin-${bin})`} />
          </svg>
          {text}
        </li>
      ))}
      <li>
        <svg width="18" height="12" aria-hidden="true">
          <rect width="18" height="12" fill="url(#map-no-data)" />
        </svg>
        {m().common.notReportedLower}
      </li>
    </ul>
  );
}
