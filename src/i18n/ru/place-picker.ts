/** Names of places, in Russian: wherever a region is named. */
import type { Region } from '../../data/regions-file';
import type { Messages } from '../messages';

export const placePicker: Messages['placePicker'] = {
  regionName: (region: Region) => region.nameRu,
};
