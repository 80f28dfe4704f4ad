/**
 * What the production build ships, read from Vite's manifest: the JavaScript the page needs at
 * start (the entry and everything it imports statically) and what it loads later (dynamic
 * imports, such as the charting code), with raw and gzip sizes.
 */
import { readFileSync } from 'node:fs';
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
  /** The entry and its static imports: everything that runs before the key figures can show. */
  readonly initial: JsSize;
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
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) =>
    f.endsWith('.js'),
  );
  return {
    initial: measure(
      dist,
      [...initial].filter((f) => f.endsWith('.js')),
    ),
    total: measure(dist, all),
  };
}
