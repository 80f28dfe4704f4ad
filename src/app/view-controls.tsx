import type { Dataset } from '../data/dataset';
import type { IsoDate } from '../data/iso-date';
import { type PlaceCode, RUSSIA, type SourceId } from '../data/series';
import { DateFilter } from '../features/date-filter/date-filter';
import { PerCapitaSwitch } from '../features/place-picker/per-capita-switch';
import { PlacePicker } from '../features/place-picker/place-picker';
import { DownloadCsv } from '../features/share/download-csv';
import { ShareControls } from '../features/share/share-controls';
import { SourceSwitch } from '../features/sources/source-switch';
import { m } from '../i18n/messages';
import type { Per } from '../view-state/view-state';

interface ViewControlsProps {
  readonly place: PlaceCode;
  readonly placeName: string;
  /** The place's population, for the per-100,000 switch; null while it loads. */
  readonly population: number | null;
  readonly per: Per;
  readonly source: SourceId;
  /** null while the data loads. */
  readonly dataset: Dataset | null;
  /** The series could not be loaded: the place and source can still be changed, not the dates. */
  readonly failed: boolean;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** The view's name, for the share sheet. */
  readonly title: string;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onPlaceChange: (place: PlaceCode) => void;
  readonly onPerChange: (per: Per) => void;
  readonly onSourceChange: (source: SourceId) => void;
  readonly onRangeChange: (from: IsoDate, to: IsoDate) => void;
}

/**
 * Everything that changes the view: the place, counts or per 100,000, the source, the dates
 * (presets and fields), and the ways to share it (Copy link, Share, the CSV of the dates shown).
 * They sit under the view bar's button, closed when the page opens, so their code and words load
 * right after the first screen instead of in its download.
 */
export function ViewControls(props: ViewControlsProps) {
  const { place, source, dataset, range } = props;
  return (
    <>
      <section className="view-controls" aria-labelledby="place-heading">
        <h2 id="place-heading" className="visually-hidden">
          {m().placeControls.placeAndSource}
        </h2>
        <PlacePicker place={place} hrefFor={props.hrefFor} onChange={props.onPlaceChange} />
        <PerCapitaSwitch
          per={props.per}
          placeName={props.placeName}
          population={props.population}
          onChange={props.onPerChange}
        />
        {place === RUSSIA ? (
          <SourceSwitch source={source} onChange={props.onSourceChange} />
        ) : (
          <p className="source-note">{m().placeControls.regionalSource}</p>
        )}
      </section>
      {props.failed ? null : (
        <DateFilter
          bounds={dataset}
          range={range}
          onRangeChange={props.onRangeChange}
          actions={
            <ShareControls title={props.title}>
              <DownloadCsv dataset={dataset} range={range} source={source} place={place} />
            </ShareControls>
          }
        />
      )}
    </>
  );
}
