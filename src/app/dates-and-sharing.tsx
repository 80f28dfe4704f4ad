import type { Dataset } from '../data/dataset';
import type { IsoDate } from '../data/iso-date';
import type { PlaceCode, SourceId } from '../data/series';
import { DateFilter } from '../features/date-filter/date-filter';
import { DownloadCsv } from '../features/share/download-csv';
import { ShareControls } from '../features/share/share-controls';

interface DatesAndSharingProps {
  /** null while the data loads. */
  readonly dataset: Dataset | null;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly onRangeChange: (from: IsoDate, to: IsoDate) => void;
  /** The view's name, for the share sheet. */
  readonly title: string;
  readonly source: SourceId;
  readonly place: PlaceCode;
}

/**
 * The dates shown (presets and fields) with the ways to share the view: Copy link, Share and the
 * CSV of the dates shown. They sit under the view bar's button, closed when the page opens, so
 * their code and words load right after the first screen instead of in its download.
 */
export function DatesAndSharing({
  dataset,
  range,
  onRangeChange,
  title,
  source,
  place,
}: DatesAndSharingProps) {
  return (
    <DateFilter
      bounds={dataset}
      range={range}
      onRangeChange={onRangeChange}
      actions={
        <ShareControls title={title}>
          <DownloadCsv dataset={dataset} range={range} source={source} place={place} />
        </ShareControls>
      }
    />
  );
}
