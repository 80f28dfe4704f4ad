/**
 * package.json's `engines.node` is the truth about which Node.js runs this project: the one CI
 * runs on satisfies it, every tool the project installs accepts every version it admits (Vite 8
 * and jsdom are the strictest), and the README states its minimum.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string) =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as {
    engines?: { node?: string };
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
const pkg = readJson('package.json');
const ENGINES = pkg.engines?.node ?? '';

type Version = readonly [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` satisfies an npm range of the forms the engines fields here use: alternatives
 * joined by `||`, each a list of comparators (`^20.19.0`, `~1.2`, `>=22.12.0`, `<25`, `20.x`, `*`).
 * Small on purpose: the project adds no dependency for this; an unknown form is an error.
 */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        const match = /^(\^|~|>=|<=|>|<|=)?v?(\d+|\*|x)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(
          comparator,
        );
        if (!match) throw new Error(`Cannot read the range "${range}" ("${comparator}")`);
        const [, operator = '=', majorText = '*', minorText, patchText] = match;
        if (majorText === '*' || majorText === 'x') return true;
        const major = Number(majorText);
        const minor = minorText === undefined || minorText === 'x' ? null : Number(minorText);
        const patch = patchText === undefined || patchText === 'x' ? null : Number(patchText);
        const low: Version = [major, minor ?? 0, patch ?? 0];
        const c = compare(version, low);
        switch (operator) {
          case '>=':
            return c >= 0;
          case '>':
            return c > 0;
          case '<':
            return c < 0;
          case '<=':
            return c <= 0;
          case '^':
            return c >= 0 && version[0] === major && (major > 0 || version[1] === minor);
          case '~':
            return c >= 0 && version[0] === major && (minor === null || version[1] === minor);
          default:
            // `20`, `20.19` or `20.19.1`: every version that begins so.
            return (
              version[0] === major &&
              (minor === null || version[1] === minor) &&
              (patch === null || version[2] === patch)
            );
        }
      }),
  );
}

/** Node versions to probe ranges with: every minor (and a late patch) of majors 16 to 30. */
const PROBES: Version[] = Array.from({ length: 15 }, (_, m) => m + 16).flatMap((major) =>
  Array.from({ length: 31 }, (_, minor) => [
    [major, minor, 0] as const,
    [major, minor, 99] as const,
  ]).flat(),
);

describe('engines.node', () => {
  it('reads ranges as npm does', () => {
    expect(satisfies([20, 19, 0], '>=20.19')).toBe(true);
    expect(satisfies([20, 18, 9], '>=20.19')).toBe(false);
    expect(satisfies([21, 0, 0], '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies([22, 12, 0], '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies([23, 1, 0], '^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(false);
    expect(satisfies([22, 5, 0], '~22.5')).toBe(true);
    expect(() => satisfies([20, 0, 0], 'latest')).toThrow(/Cannot read/);
  });

  it(`is satisfied by the Node.js running the tests (${process.version})`, () => {
    expect(
      satisfies(parseVersion(process.versions.node), ENGINES),
      `Node.js ${process.version} is older than package.json's engines.node, ${ENGINES}`,
    ).toBe(true);
  });

  it('admits no version that a tool of the project refuses', () => {
    const tools = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    const refused: string[] = [];
    for (const tool of tools) {
      const range = readJson(`node_modules/${tool}/package.json`).engines?.node;
      if (!range) continue;
      for (const probe of PROBES) {
        if (satisfies(probe, ENGINES) && !satisfies(probe, range)) {
          refused.push(`${tool} (${range}) refuses ${probe.join('.')}`);
          break;
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('states the real minimum, which the README gives', () => {
    const minimum = PROBES.find((probe) => satisfies(probe, ENGINES));
    expect(minimum).toEqual([20, 19, 0]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 or later');
  });
});
