import { saveFile } from '../../components/save-file';
import { daysToCsv } from '../../data/csv';
import type { Dataset } from '../../data/dataset';
import type { IsoDate } from '../../data/iso-date';
import { sliceRange } from '../../data/range';
import { type PlaceCode, RUSSIA, type SourceId } from '../../data/series';
import { m } from '../../i18n/messages';

interface DownloadCsvProps {
  readonly dataset: Dataset | null;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly source: SourceId;
  readonly place: PlaceCode;
}

/** Saves the figures of the dates shown as a CSV file, made in the browser from the dataset. */
export function DownloadCsv({ dataset, range, source, place }: DownloadCsvProps) {
  const download = () => {
    if (!dataset || !range) return;
    const csv = daysToCsv(sliceRange(dataset, range), dataset.measure);
    // The default source keeps the name it always had, so links to saved files keep meaning.
    const prefix = [
      'russia-covid19',
      place === RUSSIA ? null : place,
      source === 'official' ? null : source,
      dataset.measure === 'per100k' ? 'per100k' : null,
    ]
      .filter(Boolean)
      .join('-');
    saveFile(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${prefix}-${range.from}_${range.to}.csv`,
    );
  };
  return (
    <button type="button" className="button" disabled={!dataset} onClick={download}>
      {m().share.downloadCsv}
    </button>
  );
}
