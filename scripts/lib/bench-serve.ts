/**
 * Serves a production build for the browser benchmark: Vite's preview server on a free loopback
 * port. No config file is read, for any build: the dashboard and the baseline are then served by
 * the very same server (same compression, same headers), and serving needs no plugin of either.
 */
import { resolve } from 'node:path';
import { type PreviewServer, preview } from 'vite';

export interface ServedBuild {
  readonly url: string;
  readonly close: () => Promise<void>;
}

export async function serveBuild(dist: string): Promise<ServedBuild> {
  const outDir = resolve(dist);
  const server: PreviewServer = await preview({
    configFile: false,
    root: outDir,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`The preview server for ${outDir} reported no address`);
  return { url, close: () => server.close() };
}
