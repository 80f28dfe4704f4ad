/**
 * What the production build ships, read from Vite's manifest: the JavaScript the page needs at
 * start (the entry and everything it imports statically) and what it loads later (dynamic
 * imports, such as the charting code), with raw and gzip sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface JsSize {
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /**
   * The English page's entry and its static imports: everything that runs before the key figures
   * can show.
   */
  readonly initial: JsSize;
  /** The same for the Russian page (ru/index.html): the app and its own words only. */
  readonly initialRu: JsSize;
  /** Every JavaScript file of the build. */
  readonly total: JsSize;
}

function measure(dist: string, files: readonly string[]): JsSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export function bundleSizes(dist = 'dist'): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  // Each page's own: its entry and what that imports statically.
  const startOf = (page: string): string[] => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    if (!manifest[page]?.isEntry) throw new Error(`${page} is not an entry of the build`);
    visit(page);
    return [...files].filter((f) => f.endsWith('.js'));
  };
  // Every chunk, and the workers' scripts, which the manifest does not list (a worker is built
  // on its own and emitted as an asset).
  const workers = readdirSync(join(dist, 'assets'))
    .filter((name) => /\.worker-[\w-]+\.js$/.test(name))
    .map((name) => `assets/${name}`);
  const all = [...new Set([...Object.values(manifest).map((c) => c.file), ...workers])].filter(
    (f) => f.endsWith('.js'),
  );
  return {
    initial: measure(dist, startOf('index.html')),
    initialRu: measure(dist, startOf('ru/index.html')),
    total: measure(dist, all),
  };
}
