/** Names of places, in English (the reference catalogue): wherever a region is named. */
import type { Region } from '../../data/regions-file';

export const placePicker = {
  /** A region's name in the page's language. */
  regionName: (region: Region) => region.nameEn,
};
