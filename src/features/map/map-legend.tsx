import { formatCompact } from '../../data/format';
import { MAP_BINS, type MapMetric } from '../../data/map-rates';

/** The bins' ranges in words: "under 10", "10 to 25", ..., "800 or more". */
export function binLabels(metric: MapMetric): string[] {
  const bounds = MAP_BINS[metric];
  return [
    `under ${formatCompact(bounds[0] as number)}`,
    ...bounds
      .slice(1)
      .map((upper, i) => `${formatCompact(bounds[i] as number)} to ${formatCompact(upper)}`),
    `${formatCompact(bounds[bounds.length - 1] as number)} or more`,
  ];
}

/** The bins with their colours, and "not reported" apart from them. */
export function MapLegend({ metric }: { metric: MapMetric }) {
  return (
    <ul className="map-legend" aria-label="Legend: per 100,000 residents over 7 days">
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
        not reported
      </li>
    </ul>
  );
}
