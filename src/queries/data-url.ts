/**
 * Where the app fetches a shipped data file: its content-hashed name (src/data/file-names.ts)
 * under the app's root. `import.meta.env.BASE_URL` is the root's path as the page is served, found
 * at run time (see vite.config.ts), so one build works under any path and from both language pages.
 */
import { servedPath } from '../data/file-names';

export async function dataUrl(logical: string): Promise<string> {
  return `${import.meta.env.BASE_URL}${await servedPath(logical)}`;
}
