/**
 * What makes the build deployable anywhere, short of serving it (tests/e2e/deploy.e2e.test.ts
 * does that with nginx): content-hashed data file names that match the files, relative links
 * between the language pages, and one set of headers in deploy/nginx.conf and `_headers`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headerPolicy,
  headersFile,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../scripts/lib/response-headers';
import { PUBLIC_DIR, shippedName } from '../../scripts/lib/shipped-files';
import { servedPath } from '../../src/data/file-names';
import later from '../../src/data/file-names/later.json';
import start from '../../src/data/file-names/start.json';
import { hashedName, MAP_SHAPES_PATH, nameIn, seriesPath } from '../../src/data/paths';
import { REGION_CODES } from '../../src/data/regions';
import { JHU_RUSSIA, OFFICIAL_RUSSIA } from '../../src/data/series';
import { localePathFrom } from '../../src/i18n/locale';
import { CHART_IDS } from '../../src/view-state/charts';

const names: Record<string, string> = { ...start, ...later };

describe('content-hashed data file names', () => {
  it('put 8 hex digits of the hash before the extension', () => {
    expect(hashedName('data/map/regions.json', '0f3c9a1b')).toBe('data/map/regions.0f3c9a1b.json');
    expect(() => hashedName('data/map/regions.json', '0F3C9A1B')).toThrow(/hex digits/);
    expect(() => hashedName('data/map/regions.json', '0f3c')).toThrow(/hex digits/);
    expect(() => hashedName('data/map/regions', '0f3c9a1b')).toThrow(/no extension/);
    expect(() => nameIn({}, 'data/none.json')).toThrow(/not a file that npm run data wrote/);
  });

  it('name every shipped data file, by the SHA-256 of its content, and nothing else', () => {
    const onDisk = readdirSync(join(PUBLIC_DIR, 'data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(PUBLIC_DIR, join(entry.parentPath, entry.name)).split('\\').join('/'),
      )
      .sort();
    const listed = Object.keys(names).map(shippedName).sort();
    expect(onDisk).toEqual(listed);
    for (const [logical, hash] of Object.entries(names)) {
      const text = readFileSync(join(PUBLIC_DIR, hashedName(logical, hash)));
      expect(createHash('sha256').update(text).digest('hex').slice(0, 8), logical).toBe(hash);
    }
    // 85 regions and Russia twice, the catalogue, four years, the map.
    expect(Object.keys(names)).toHaveLength(REGION_CODES.length + 2 + 1 + 4 + 1);
  });

  it('keep only the national series in the first download', async () => {
    expect(Object.keys(start).sort()).toEqual(
      [seriesPath(JHU_RUSSIA), seriesPath(OFFICIAL_RUSSIA)].sort(),
    );
    expect(await servedPath(seriesPath(OFFICIAL_RUSSIA))).toBe(
      shippedName(seriesPath(OFFICIAL_RUSSIA)),
    );
    // The others come from the chunk loaded with the first of them.
    expect(await servedPath(MAP_SHAPES_PATH)).toMatch(/^data\/map\/regions\.[0-9a-f]{8}\.json$/);
  });
});

describe('links between the language pages', () => {
  it('are relative, so right under any path and the same when prerendered', () => {
    expect(localePathFrom('en', 'ru')).toBe('ru/');
    expect(localePathFrom('ru', 'en')).toBe('../');
    expect(localePathFrom('ru', 'ru')).toBe('./');
    const page = new URL('https://example.org/covid/ru-dashboard/ru/?focus=2020-05-07');
    expect(new URL(localePathFrom('ru', 'en'), page).pathname).toBe('/covid/ru-dashboard/');
  });
});

describe('the response headers', () => {
  const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
  // What the server sends by default: its variables as first set (at the server level).
  const defaults = new Map<string, string>();
  for (const [, name = '', value = ''] of conf.matchAll(/^set \$(\w+) "([^"]*)";$/gm)) {
    if (!defaults.has(name)) defaults.set(name, value);
  }
  const expand = (value: string) =>
    value.replace(/\$(\w+)/g, (variable, name: string) => defaults.get(name) ?? variable);
  const sent = new Map(
    [...conf.matchAll(/^add_header ([\w-]+) (?:"([^"]*)"|(\$\w+)) always;$/gm)].map(
      ([, name, quoted, variable]) => [name, expand(quoted ?? variable ?? '')],
    ),
  );

  it('deploy/nginx.conf sends the security headers of response-headers.ts', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(sent.get(name), name).toBe(value);
    }
  });

  it('deploy/nginx.conf lets other sites frame only a link to one chart (?embed=)', () => {
    expect(conf).toMatch(
      new RegExp(
        `if \\(\\$arg_embed ~ "\\^\\(${CHART_IDS.join('\\|')}\\)\\$"\\) \\{\\n\\s+set \\$frame_options "";\\n\\s+set \\$frame_ancestors "\\*";\\n\\s*\\}`,
      ),
    );
    expect(headerPolicy([], '*')).toMatch(/; frame-ancestors \*$/);
  });

  it('deploy/nginx.conf sends the policy of the pages, without unsafe-inline for scripts', () => {
    const csp = sent.get('Content-Security-Policy') ?? '';
    const hashes = csp.match(/'sha256-[\w+/=]+'/g) ?? [];
    expect(hashes.length).toBeGreaterThan(0);
    expect(csp).toBe(headerPolicy(hashes));
    expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
  });

  it('deploy/nginx.conf caches hashed files for a year and revalidates the rest', () => {
    expect(conf).toContain(`set $cache_control "${REVALIDATE}";`);
    expect(conf.match(new RegExp(`set \\$cache_control "${IMMUTABLE}";`, 'g'))).toHaveLength(2);
    // A location with an add_header of its own would drop the server's security headers.
    expect(conf).not.toMatch(/location[^{]*\{[^}]*add_header/);
  });

  it('_headers gives static hosts the same headers and the same caching', () => {
    const file = headersFile(["'sha256-abc='"]);
    expect(file).toContain(`  Content-Security-Policy: ${headerPolicy(["'sha256-abc='"])}\n`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`  ${name}: ${value}\n`);
    }
    expect(file).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(file).toContain(`/data/*\n  Cache-Control: ${IMMUTABLE}\n`);
  });
});
