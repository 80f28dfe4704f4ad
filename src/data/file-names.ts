/**
 * The names the data files are served under: for each file's logical path (paths.ts), the hash of
 * its content that its name carries (see `hashedName`). `npm run data` (scripts/build-dataset.ts)
 * writes the two maps beside this module when it writes the files; they are committed, like them.
 *
 * The national series, which a page may ask for at start (see src/app/boot.tsx), are in the first
 * download: start.json, two names. The other files' names (85 regions, the catalogue, the years,
 * the map; about 1 KB gzip) are a chunk of their own, downloaded with the first of those files,
 * as the regions' parsers are: Russia's own view, the default, needs none of them.
 */
import start from './file-names/start.json';
import { type FileNames, nameIn } from './paths';

const startNames: FileNames = start;
const laterNames = () => import('./file-names/later.json');

/** The served path of a shipped file, relative to the app's root: `data/.../name.<hash>.json`. */
export async function servedPath(logical: string): Promise<string> {
  return nameIn(logical in startNames ? startNames : (await laterNames()).default, logical);
}
