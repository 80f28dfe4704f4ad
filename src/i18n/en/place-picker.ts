/** Names of places, in English (the reference catalogue): wherever a region is named. */
import type { Region } from '../../data/regions-file';

export const placePicker = {
  /** A region's name in the page's language. */
  regionName: (region: Region) => region.nameEn,
  /** A region's name in the other language, shown beside it (the search finds both). */
  otherName: (region: Region) => ({ text: region.nameRu, lang: 'ru' }),
  districtName: (region: Region) => `${region.districtEn} federal district`,
};
