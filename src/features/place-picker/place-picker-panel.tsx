import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { followInPlace } from '../../components/follow-in-place';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { type Region, regionsByDistrict } from '../../data/regions-file';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { errorText } from '../../i18n/errors';
import { m, pageLocale } from '../../i18n/messages';
import { useRegionCatalogue } from '../../queries/use-regions';

interface PlacePickerPanelProps {
  readonly current: PlaceCode;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChoose: (place: PlaceCode) => void;
  readonly onClose: () => void;
}

/** Lower case, without the letter ё's dots, for matching what people type. */
const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** The regions whose English or Russian name, or code, contains the search text. */
export function matchRegions(regions: readonly Region[], search: string): Region[] {
  const wanted = fold(search.trim());
  if (wanted === '') return [...regions];
  return regions.filter((region) =>
    [region.nameEn, region.nameRu, region.code, region.code.slice(3)].some((text) =>
      fold(text).includes(wanted),
    ),
  );
}

/**
 * The regions by federal district, for browsing. The English page keeps the catalogue's order
 * (districts A to Z, regions by code); elsewhere districts and regions are put in the alphabetical
 * order of the names shown, which the English codes do not follow.
 */
function byDistrict(regions: readonly Region[]): [string, Region[]][] {
  const groups = regionsByDistrict(regions);
  if (pageLocale() === 'en') return groups;
  const { regionName } = m().placePicker;
  const { districtName } = m().placeControls;
  const collator = new Intl.Collator(pageLocale());
  const byName = (a: Region, b: Region) => collator.compare(regionName(a), regionName(b));
  return groups
    .map(([district, members]): [string, Region[]] => [district, [...members].sort(byName)])
    .sort(([, [a]], [, [b]]) => (a && b ? collator.compare(districtName(a), districtName(b)) : 0));
}

/**
 * The list of places: Russia as a whole, then the regions, by federal district or as found by the
 * search. Each is a link to its view (so it can be opened in a new tab, or copied), which the page
 * follows in place. Escape closes the list.
 */
export function PlacePickerPanel({ current, hrefFor, onChoose, onClose }: PlacePickerPanelProps) {
  const { catalogue, error, refetch } = useRegionCatalogue(true);
  const [search, setSearch] = useState('');
  const searchId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Focus moves to the search field once it is there (the names may still be loading at first).
  const ready = catalogue !== null;
  useEffect(() => {
    if (ready) input.current?.focus();
  }, [ready]);
  const found = useMemo(
    () => (catalogue ? matchRegions(catalogue.regions, search) : []),
    [catalogue, search],
  );
  const districts = useMemo(() => byDistrict(found), [found]);
  const t = { ...m().placePicker, ...m().placeControls };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const choose = (place: PlaceCode) => followInPlace(() => onChoose(place));
  const link = (place: PlaceCode, label: string, region?: Region) => {
    // The name in the other language too: the search finds either.
    const other = region ? t.otherName(region) : null;
    return (
      <a
        href={hrefFor(place)}
        onClick={choose(place)}
        aria-current={place === current ? 'page' : undefined}
        data-place={place}
      >
        {label}
        {region && other ? (
          <span className="place-picker__detail">
            {' '}
            <span lang={other.lang}>{other.text}</span> · {region.code}
          </span>
        ) : null}
      </a>
    );
  };

  if (error) {
    return (
      <Notice tone="error" onRetry={() => void refetch()}>
        <p>{errorText(error)}</p>
      </Notice>
    );
  }
  if (!catalogue) return <Skeleton height="12rem" />;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the list closes it
    <div className="place-picker__list" onKeyDown={onKeyDown}>
      <label htmlFor={searchId} className="place-picker__search-label">
        {t.search}
      </label>
      <input
        ref={input}
        id={searchId}
        type="search"
        value={search}
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
      <p className="place-picker__count" role="status">
        {search.trim() === '' ? t.allListed(found.length) : t.found(found.length, search.trim())}
      </p>
      <ul className="place-picker__places">
        <li>{link(RUSSIA, t.wholeCountry)}</li>
      </ul>
      {districts.map(([district, regions], index) => (
        // An index in the id: district names have spaces, which aria-labelledby reads as a list.
        <section key={district} aria-labelledby={`${searchId}-district-${index}`}>
          <h3 id={`${searchId}-district-${index}`} className="place-picker__district">
            {regions[0] ? t.districtName(regions[0]) : district}
          </h3>
          <ul className="place-picker__places">
            {regions.map((region) => (
              <li key={region.code}>{link(region.code, t.regionName(region), region)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
