/**
 * The data files as shipped under public/, found by their logical paths (src/data/paths.ts) for
 * Node: scripts and tests read them from disk, under the content-hashed names that `npm run data`
 * wrote (src/data/file-names/), as the app finds them over HTTP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import later from '../../src/data/file-names/later.json';
import start from '../../src/data/file-names/start.json';
import { type FileNames, nameIn } from '../../src/data/paths';

export const PUBLIC_DIR = join(import.meta.dirname, '../../public');

const ALL_NAMES: FileNames = { ...start, ...later };

/** The served name of a data file, relative to public/: `data/series/official-RU.<hash>.json`. */
export const shippedName = (logical: string): string => nameIn(ALL_NAMES, logical);

/** The file on disk (a path, not a URL: jsdom's URL class is not one node:fs accepts). */
export const shippedPath = (logical: string): string => join(PUBLIC_DIR, shippedName(logical));

/** The text of a shipped data file. */
export const readShipped = (logical: string): string => readFileSync(shippedPath(logical), 'utf8');
