import { type KeyboardEvent, type MouseEvent, memo, useCallback, useMemo, useState } from 'react';
import { followInPlace } from '../../components/follow-in-place';
import type { MapFile, MapRegion } from '../../data/map-file';
import type { RegionRate } from '../../data/map-rates';
import type { PlaceCode } from '../../data/series';
import { pageLocale } from '../../i18n/messages';

/** The smallest regions, findable by a marker and a name in the margin west of the country. */
const CALLOUTS: readonly { readonly code: string; readonly labelY: number }[] = [
  { code: 'RU-SPE', labelY: 120 },
  { code: 'RU-MOW', labelY: 200 },
  { code: 'RU-SEV', labelY: 300 },
];
const CALLOUT_LABEL_X = 6;

export interface ChoroplethProps {
  readonly shapes: MapFile;
  readonly rates: ReadonlyMap<PlaceCode, RegionRate>;
  readonly names: ReadonlyMap<PlaceCode, string>;
  /** The place the page shows: outlined. */
  readonly current: PlaceCode;
  /** What a region's link says to a screen reader: its name, rate and date. */
  readonly describe: (code: PlaceCode) => string;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChoose: (place: PlaceCode) => void;
  /** The region under the pointer or the keyboard focus, for the details line; null: none. */
  readonly onShow: (place: PlaceCode | null) => void;
  readonly label: string;
}

/** A region's fill: its bin's colour, or the hatching of "not reported". */
function fillOf(rate: RegionRate | undefined): string {
  return rate?.bin === null || rate?.bin === undefined
    ? 'url(#map-no-data)'
    : `var(--bin-${rate.bin})`;
}

/**
 * The regions as one SVG: each a link (its view, with the same dates) around its shape, which
 * carries `data-region`. One tab stop for the whole map: the arrow keys move between regions in
 * alphabetical order, Enter or Space opens one, as a click does.
 */
export const Choropleth = memo(function Choropleth({
  shapes,
  rates,
  names,
  current,
  describe,
  hrefFor,
  onChoose,
  onShow,
  label,
}: ChoroplethProps) {
  const byName = useMemo(
    () =>
      [...shapes.regions]
        .map((region) => region.code)
        // In the alphabetical order of the page's language, as the names are written.
        .sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, pageLocale())),
    [shapes, names],
  );
  const [active, setActive] = useState<PlaceCode | null>(null);
  // The region with the keyboard focus: outlined over its neighbours, which would cover its own
  // stroke (the smallest regions are a few pixels across).
  const [focused, setFocused] = useState<PlaceCode | null>(null);
  const onFocusRegion = useCallback((code: PlaceCode | null) => {
    setFocused(code);
    if (code) setActive(code);
  }, []);
  const tabStop = active ?? (byName.includes(current) ? current : (byName[0] ?? null));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const from = tabStop ? byName.indexOf(tabStop) : -1;
      const step: Record<string, number> = {
        ArrowRight: 1,
        ArrowDown: 1,
        ArrowLeft: -1,
        ArrowUp: -1,
      };
      let next: number | null = null;
      if (event.key in step) next = (from + (step[event.key] ?? 0) + byName.length) % byName.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = byName.length - 1;
      else if (event.key === ' ' && tabStop) {
        event.preventDefault();
        onChoose(tabStop);
        return;
      }
      if (next === null) return;
      event.preventDefault();
      const code = byName[next] as PlaceCode;
      setActive(code);
      const link = event.currentTarget.querySelector<SVGAElement>(`a[data-link="${code}"]`);
      link?.focus();
    },
    [byName, tabStop, onChoose],
  );

  // A callout's marker is a larger target for the mouse (keyboards use the region's own link).
  const onCalloutClick = useCallback(
    (event: MouseEvent<SVGSVGElement>) => {
      const callout = (event.target as Element).closest('[data-callout]');
      const code = callout?.getAttribute('data-callout');
      if (code && byName.includes(code as PlaceCode)) onChoose(code as PlaceCode);
    },
    [byName, onChoose],
  );

  const { width, height } = shapes.meta;
  const currentShape = shapes.regions.find((region) => region.code === current);
  const focusedShape = focused ? shapes.regions.find((region) => region.code === focused) : null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group of links, which a fieldset cannot hold
    <svg
      className="choropleth"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onCalloutClick}
      onMouseLeave={() => onShow(null)}
    >
      <defs>
        <pattern id="map-no-data" width={6} height={6} patternUnits="userSpaceOnUse">
          <rect width={6} height={6} fill="var(--map-no-data-bg)" />
          <path d="M0,6 L6,0" stroke="var(--map-no-data-line)" strokeWidth={1.2} />
        </pattern>
      </defs>
      {shapes.regions.map((region) => (
        <RegionLink
          key={region.code}
          region={region}
          fill={fillOf(rates.get(region.code))}
          href={hrefFor(region.code)}
          label={describe(region.code)}
          tabbable={region.code === tabStop}
          onChoose={onChoose}
          onShow={onShow}
          onFocusRegion={onFocusRegion}
        />
      ))}
      {currentShape ? <path className="choropleth__current" d={currentShape.path} /> : null}
      {focusedShape ? <path className="choropleth__focus" d={focusedShape.path} /> : null}
      {/* The callouts repeat what the regions' links say: hidden from assistive technology. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable */}
      <g aria-hidden="true">
        {CALLOUTS.map(({ code, labelY }) => {
          const region = shapes.regions.find((r) => r.code === code);
          if (!region) return null;
          const [x, y] = region.centre as [number, number];
          return (
            <g key={code} className="choropleth__callout" data-callout={code}>
              <line x1={x} y1={y} x2={CALLOUT_LABEL_X + 82} y2={labelY - 5} />
              <circle cx={x} cy={y} r={5} fill={fillOf(rates.get(region.code))} />
              <text x={CALLOUT_LABEL_X} y={labelY}>
                {names.get(region.code) ?? code}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
});

interface RegionLinkProps {
  readonly region: MapRegion;
  readonly fill: string;
  readonly href: string;
  readonly label: string;
  readonly tabbable: boolean;
  readonly onChoose: (place: PlaceCode) => void;
  readonly onShow: (place: PlaceCode | null) => void;
  readonly onFocusRegion: (place: PlaceCode | null) => void;
}

/** One region: redrawn only when its colour, its label or its tab stop changes. */
const RegionLink = memo(function RegionLink({
  region,
  fill,
  href,
  label,
  tabbable,
  onChoose,
  onShow,
  onFocusRegion,
}: RegionLinkProps) {
  const { code } = region;
  return (
    <a
      href={href}
      data-link={code}
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      onClick={followInPlace(() => onChoose(code))}
      onMouseEnter={() => onShow(code)}
      onFocus={() => {
        onFocusRegion(code);
        onShow(code);
      }}
      onBlur={() => {
        onFocusRegion(null);
        onShow(null);
      }}
    >
      <path data-region={code} d={region.path} fill={fill} />
    </a>
  );
});
