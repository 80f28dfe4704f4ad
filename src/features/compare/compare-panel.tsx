import { MultiLineFigure } from '../../components/chart/multi-line-figure';
import './compare.css';
import { memo, type RefObject, useId, useMemo, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { comparePlaces } from '../../data/compare-places';
import { formatDate, formatRate } from '../../data/format';
import type { DateRange } from '../../data/range';
import { russiaPopulation } from '../../data/regions';
import { type Region, regionsByDistrict } from '../../data/regions-file';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { errorText } from '../../i18n/errors';
import { m, pageLocale } from '../../i18n/messages';
import { useRegionCatalogue } from '../../queries/use-regions';
import { useSeriesList } from '../../queries/use-series';

/**
 * Colours for up to six lines (Okabe-Ito hues, at least 3:1 on the page in either theme: see
 * global.css and compare.css) and a dash pattern each, so that the lines can be told apart
 * without colour too.
 */
const LINES = [
  { color: 'var(--cases)', dash: '', style: 'solid' },
  { color: 'var(--deaths)', dash: '7 3', style: 'dashed' },
  { color: 'var(--recovered)', dash: '2 3', style: 'dotted' },
  { color: 'var(--compare-4)', dash: '9 3 2 3', style: 'dashDot' },
  { color: 'var(--compare-5)', dash: '14 4', style: 'longDashes' },
  { color: 'var(--compare-6)', dash: '3 2 3 6', style: 'pairedDashes' },
] as const;

/** Whether the page is Russian, where regions and districts go by their Russian names. */
const inRussian = () => pageLocale() === 'ru';

interface ComparePanelProps {
  readonly places: readonly PlaceCode[];
  readonly range: DateRange;
  readonly onAdd: (place: PlaceCode) => void;
  readonly onRemove: (place: PlaceCode) => void;
}

/**
 * Up to six places on one chart: each one's 7-day average of daily new cases per 100,000
 * residents over the dates shown, from the official reports, with a table of the same numbers.
 */
export const ComparePanel = memo(function ComparePanel({
  places,
  range,
  onAdd,
  onRemove,
}: ComparePanelProps) {
  const { catalogue, error: catalogueError, refetch } = useRegionCatalogue(true);
  const keys = useMemo(
    () => places.map((place) => ({ place, source: 'official' as const })),
    [places],
  );
  const series = useSeriesList(keys);
  const named = useMemo(() => {
    if (!catalogue) return null;
    const byCode = new Map(catalogue.regions.map((region) => [region.code, region]));
    return places.map((place) => {
      const region = byCode.get(place);
      return region
        ? {
            code: place,
            name: m().placePicker.regionName(region),
            population: region.population,
          }
        : {
            code: place,
            name: m().common.russia,
            population: russiaPopulation(catalogue.regions),
          };
    });
  }, [catalogue, places]);
  const comparison = useMemo(() => {
    if (!named || series.datasets.length !== named.length) return null;
    const ready = series.datasets.every((dataset) => dataset !== null);
    if (!ready) return null;
    return comparePlaces(
      named.map((place, i) => ({
        dataset: series.datasets[i] as NonNullable<(typeof series.datasets)[number]>,
        population: place.population,
      })),
      range,
    );
  }, [named, series.datasets, range]);

  const error = catalogueError ?? series.error;
  // The Remove button goes with its place: focus moves to the list of places.
  const select = useRef<HTMLSelectElement>(null);
  const remove = (place: PlaceCode) => {
    onRemove(place);
    select.current?.focus();
  };
  return (
    <div className="panel compare">
      <AddPlace
        regions={catalogue?.regions ?? null}
        exclude={places}
        onAdd={onAdd}
        select={select}
      />
      {error ? (
        <Notice
          tone="error"
          onRetry={() => {
            void refetch();
            series.retry();
          }}
        >
          <p>{m().compare.failed(errorText(error))}</p>
        </Notice>
      ) : places.length === 0 ? (
        <p className="compare__empty">{m().compare.empty}</p>
      ) : (
        <CompareFigure places={named} comparison={comparison} range={range} onRemove={remove} />
      )}
    </div>
  );
});

function AddPlace({
  regions,
  exclude,
  onAdd,
  select,
}: {
  regions: readonly Region[] | null;
  exclude: readonly PlaceCode[];
  onAdd: (place: PlaceCode) => void;
  /** The list of places: focus returns to it after adding or removing one. */
  select: RefObject<HTMLSelectElement | null>;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const districts = useMemo(() => districtsInPageLanguage(regions ?? []), [regions]);
  const full = exclude.length >= LINES.length;
  const t = m().compare;
  return (
    <form
      className="compare__add"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== '') onAdd(choice as PlaceCode);
        setChoice('');
        // The Add button turns disabled with the choice cleared: focus goes back to the list.
        select.current?.focus();
      }}
    >
      <label htmlFor={selectId}>{t.addLabel}</label>
      <select
        ref={select}
        id={selectId}
        value={choice}
        disabled={!regions}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">{t.choose}</option>
        <option value={RUSSIA} disabled={exclude.includes(RUSSIA)}>
          {t.russiaAsAWhole}
        </option>
        {districts.map(([district, members]) => (
          <optgroup key={district} label={t.district(district)}>
            {members.map((region) => (
              <option
                key={region.code}
                value={region.code}
                disabled={exclude.includes(region.code)}
              >
                {m().placePicker.regionName(region)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="button" disabled={choice === ''}>
        {t.add}
      </button>
      {full ? <span className="compare__note">{t.sixAtMost}</span> : null}
    </form>
  );
}

/**
 * The regions by federal district for the list. On the Russian page, the districts and the
 * regions in each are named and ordered in Russian (regionsByDistrict orders them in English).
 */
function districtsInPageLanguage(regions: readonly Region[]): [string, Region[]][] {
  const groups = regionsByDistrict(regions);
  if (!inRussian()) return groups;
  return groups
    .map(([district, members]): [string, Region[]] => [
      members[0]?.districtRu ?? district,
      [...members].sort((a, b) => a.nameRu.localeCompare(b.nameRu, 'ru')),
    ])
    .sort(([a], [b]) => a.localeCompare(b, 'ru'));
}

interface NamedPlace {
  readonly code: PlaceCode;
  readonly name: string;
  readonly population: number;
}

function CompareFigure({
  places,
  comparison,
  range,
  onRemove,
}: {
  places: readonly NamedPlace[] | null;
  comparison: ReturnType<typeof comparePlaces> | null;
  range: DateRange;
  onRemove: (place: PlaceCode) => void;
}) {
  const lines = useMemo(() => LINES.slice(0, places?.length ?? 0), [places]);
  const t = m().compare;
  const summary =
    places && comparison
      ? t.summary(
          range.from,
          range.to,
          places.map((place, i) => ({
            name: place.name,
            latest: comparison.summaries[i]?.latest ?? null,
            peak: comparison.summaries[i]?.peak ?? null,
          })),
        )
      : null;
  return (
    <MultiLineFigure
      className="compare__figure"
      name="compare"
      title={t.title}
      plotFailed={t.figurePlotFailed}
      summary={summary}
      points={places && comparison ? comparison.days : null}
      lines={lines}
      legend={
        <ul className="compare__legend">
          {(places ?? []).map((place, i) => (
            <li key={place.code} data-place={place.code}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={LINES[i]?.color}
                  strokeWidth="3"
                  strokeDasharray={LINES[i]?.dash || undefined}
                />
              </svg>{' '}
              {place.name}{' '}
              <span className="compare__line-name">
                ({LINES[i] ? t.lineStyle[LINES[i].style] : ''})
              </span>{' '}
              <button
                type="button"
                className="button button--link"
                onClick={() => onRemove(place.code)}
                aria-label={t.removeLabel(place.name)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      }
      table={(id) =>
        places && comparison ? (
          <CompareTable places={places} days={comparison.days} id={id} />
        ) : null
      }
    />
  );
}

function CompareTable({
  places,
  days,
  id,
}: {
  places: readonly NamedPlace[];
  days: ReturnType<typeof comparePlaces>['days'];
  id: string;
}) {
  const t = m().compare.table;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="data-table" id={id} tabIndex={0} aria-label={t.label}>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            {places.map((place) => (
              <th key={place.code} scope="col">
                {place.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((day) => (
            <tr key={day.x}>
              <th scope="row">
                <time dateTime={day.date}>{formatDate(day.date)}</time>
              </th>
              {day.values.map((value, i) => (
                <td key={places[i]?.code ?? i}>{value === null ? '–' : formatRate(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
