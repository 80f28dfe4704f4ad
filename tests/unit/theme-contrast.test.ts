/**
 * The two themes' colours, read from the stylesheets themselves (every `--name: light-dark(light,
 * dark)` under src/, see src/styles/global.css): text reaches WCAG AA (4.5:1) on every background
 * it is set on, in both themes; lines, outlines and control edges reach 3:1; the series stay
 * apart, for the common forms of colour blindness too; and the map's bins stay in order of
 * lightness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Theme = 'light' | 'dark';
type Rgb = readonly [number, number, number];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const files = cssFiles('src').map((path) => ({
  path,
  // Comments out, so that a colour named in one is not read as a rule.
  css: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));

/** Every custom property declared on :root (outside print), as written, for each theme. */
function palettes(): Record<Theme, Map<string, string>> {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  const roots = files
    .filter(({ path }) => !path.endsWith('print.css'))
    .flatMap(({ css }) =>
      [...css.matchAll(/(?:^|\})\s*:root\s*\{([^}]*)\}/g)].map((m) => m[1] ?? ''),
    );
  for (const block of roots) {
    for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      if (!name || !value) continue;
      const pair = /^light-dark\(\s*(.+?)\s*,\s*(.+?)\s*\)$/.exec(value.trim());
      // A pair's parts may be rgb(r g b / a): no commas inside, so the first one splits them.
      light.set(name, pair?.[1] ?? value.trim());
      dark.set(name, pair?.[2] ?? value.trim());
    }
  }
  return { light, dark };
}

const PALETTES = palettes();

function hexRgb(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((c) => c + c).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** The opaque colour `name` has in `theme`, following var() references. */
function colour(theme: Theme, name: string): Rgb {
  let value = PALETTES[theme].get(name);
  for (let hops = 0; value?.startsWith('var('); hops++) {
    if (hops > 5) throw new Error(`${name}: var() loop`);
    value = PALETTES[theme].get(value.slice(4, -1).trim());
  }
  if (!value || !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value)) {
    throw new Error(`${name} in ${theme}: not an opaque hex colour (${value})`);
  }
  return hexRgb(value);
}

const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L*a*b* (D65) of an sRGB colour, from linear RGB `lin`. */
function lab(lin: readonly [number, number, number]): Rgb {
  const [r, g, b] = lin;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * How a colour looks with protanopia or deuteranopia (Viénot, Brettel and Mollon 1999, in linear
 * RGB), or as is.
 */
const VISION = {
  normal: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protanopia: [0.11238, 0.88762, 0, 0.11238, 0.88762, 0, 0.00401, -0.00401, 1],
  deuteranopia: [0.29275, 0.70725, 0, 0.29275, 0.70725, 0, -0.02234, 0.02234, 1],
} as const;

function deltaE(a: Rgb, b: Rgb, vision: keyof typeof VISION): number {
  const m = VISION[vision];
  const seen = (c: Rgb) => {
    const [r, g, bl] = c.map(linear) as unknown as [number, number, number];
    return lab([
      m[0] * r + m[1] * g + m[2] * bl,
      m[3] * r + m[4] * g + m[5] * bl,
      m[6] * r + m[7] * g + m[8] * bl,
    ]);
  };
  const [p, q] = [seen(a), seen(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const ALL_VISIONS = ['normal', 'protanopia', 'deuteranopia'] as const;

/** The pairs of `names` closer than `min` (CIE76 ΔE) as seen with each of `visions`. */
function closePairs(
  theme: Theme,
  names: readonly string[],
  visions: readonly (keyof typeof VISION)[],
  min: number,
): string[] {
  const close: string[] = [];
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      for (const vision of visions) {
        const distance = deltaE(colour(theme, a), colour(theme, b), vision);
        if (distance < min) close.push(`${a} ~ ${b} (${vision}): ΔE ${distance.toFixed(1)}`);
      }
    }
  }
  return close;
}

/** Text colour, and every background it is set on. */
const TEXT_PAIRS: readonly (readonly [string, readonly string[]])[] = [
  [
    '--text',
    [
      '--surface',
      '--surface-alt',
      '--error-surface',
      '--warning-surface',
      '--claim-surface',
      '--verified-surface',
      '--refuted-surface',
      '--run-shade',
    ],
  ],
  // Pressed toggle buttons: the surface's colour on the text's.
  ['--surface', ['--text']],
  ['--text-muted', ['--surface', '--surface-alt', '--error-surface', '--warning-surface']],
  // Links, the key figures' values and the chart labels (haloed in the surface's colour).
  ['--cases', ['--surface', '--surface-alt', '--error-surface', '--warning-surface']],
  ['--deaths', ['--surface', '--surface-alt']],
  ['--recovered', ['--surface', '--surface-alt']],
  ['--story', ['--surface']],
  ['--flag-text', ['--surface']],
  ['--jhu', ['--surface']],
  ['--verified', ['--surface', '--verified-surface']],
  ['--refuted', ['--surface', '--refuted-surface', '--error-surface']],
  ['--header-text', ['--header-surface']],
  ['--header-muted', ['--header-surface']],
];

/** Lines, outlines and the edges of controls (WCAG 1.4.11, 3:1), and what they are drawn on. */
const GRAPHIC_PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ['--focus', ['--surface', '--surface-alt']],
  ['--header-focus', ['--header-surface']],
  ['--control-border', ['--surface', '--surface-alt']],
  ...[
    '--cases',
    '--deaths',
    '--recovered',
    '--story',
    '--flag',
    '--jhu',
    '--compare-4',
    '--compare-5',
    '--compare-6',
  ].map((line) => [line, ['--surface']] as const),
];

const THEMES: readonly Theme[] = ['light', 'dark'];

/** The ratios of every pair above, both themes, as a Markdown table. */
function ratioTable(): string {
  const rows = [...TEXT_PAIRS, ...GRAPHIC_PAIRS].flatMap(([fg, bgs]) =>
    bgs.map((bg) => {
      const [l, d] = THEMES.map((t) => contrast(colour(t, fg), colour(t, bg)).toFixed(2));
      return `| ${fg} | ${bg} | ${l} | ${d} |`;
    }),
  );
  return ['| colour | on | light | dark |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('the themes (src/**/*.css)', () => {
  it('give every colour a light and a dark value, in custom properties only', () => {
    expect(PALETTES.dark.get('--surface')).toBe('#14181d');
    for (const { path, css } of files) {
      // Printing is always light: its few literal blacks are on paper.
      if (path.endsWith('print.css')) continue;
      const literals = css
        .split(';')
        .filter((declaration) => !/^\s*(--[\w-]+|[^{]*\{\s*--[\w-]+)\s*:/.test(declaration))
        .filter((declaration) => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(declaration));
      expect(literals, path).toEqual([]);
    }
  });

  for (const theme of THEMES) {
    it(`${theme}: text reaches 4.5:1 on each background it is set on`, () => {
      const failing = TEXT_PAIRS.flatMap(([fg, bgs]) =>
        bgs
          .map((bg) => ({ fg, bg, ratio: contrast(colour(theme, fg), colour(theme, bg)) }))
          .filter(({ ratio }) => ratio < 4.5)
          .map(({ fg, bg, ratio }) => `${fg} on ${bg}: ${ratio.toFixed(2)}`),
      );
      expect(failing).toEqual([]);
    });

    it(`${theme}: lines, focus outlines and control edges reach 3:1`, () => {
      const failing = GRAPHIC_PAIRS.flatMap(([fg, bgs]) =>
        bgs
          .map((bg) => ({ fg, bg, ratio: contrast(colour(theme, fg), colour(theme, bg)) }))
          .filter(({ ratio }) => ratio < 3)
          .map(({ fg, bg, ratio }) => `${fg} on ${bg}: ${ratio.toFixed(2)}`),
      );
      expect(failing).toEqual([]);
    });

    it(`${theme}: each average line stands out from its daily bars`, () => {
      for (const metric of ['cases', 'deaths', 'recovered']) {
        const ratio = contrast(colour(theme, `--${metric}`), colour(theme, `--${metric}-soft`));
        expect(ratio, metric).toBeGreaterThanOrEqual(2.5);
      }
    });

    it(`${theme}: the series stay apart, with and without colour blindness`, () => {
      // Cases, deaths and recovered (the cards and charts); the two sources, on one chart.
      expect(closePairs(theme, ['--cases', '--deaths', '--recovered'], ALL_VISIONS, 15)).toEqual(
        [],
      );
      expect(closePairs(theme, ['--cases', '--jhu'], ALL_VISIONS, 15)).toEqual([]);
    });

    it(`${theme}: the lines and marks that share a chart differ in colour too`, () => {
      // Each also differs in form, which is what a colour-blind reader goes by: the story's date
      // is dashed and labelled, flagged days dotted, gaps hatched, the comparison's lines dashed
      // each their own way.
      const groups = [
        ['--cases', '--story', '--flag', '--gap'],
        ['--deaths', '--story', '--flag', '--gap'],
        ['--cases', '--deaths', '--recovered', '--compare-4', '--compare-5', '--compare-6'],
      ];
      for (const group of groups) expect(closePairs(theme, group, ['normal'], 15)).toEqual([]);
    });

    it(`${theme}: the map's bins run in one order of lightness, from the page's end`, () => {
      const bins = [0, 1, 2, 3, 4, 5, 6].map((bin) => luminance(colour(theme, `--bin-${bin}`)));
      const steps = bins.slice(1).map((value, i) => value - (bins[i] ?? 0));
      // Light: light to dark on white. Dark: dark to light on the dark page.
      for (const step of steps) {
        if (theme === 'light') expect(step).toBeLessThan(0);
        else expect(step).toBeGreaterThan(0);
      }
      // Neighbouring bins differ by at least 1.15:1, and "not reported" is hatched in lines
      // that show on its ground.
      for (const [i, value] of bins.slice(1).entries()) {
        const previous = bins[i] ?? 0;
        const ratio = (Math.max(value, previous) + 0.05) / (Math.min(value, previous) + 0.05);
        expect(ratio, `bins ${i} and ${i + 1}`).toBeGreaterThanOrEqual(1.15);
      }
      expect(
        contrast(colour(theme, '--map-no-data-line'), colour(theme, '--map-no-data-bg')),
      ).toBeGreaterThanOrEqual(2.5);
    });
  }

  it('can print its figures (THEME_TABLE=1)', () => {
    const table = ratioTable();
    if (process.env.THEME_TABLE) console.log(table);
    expect(table).toContain('| --text | --surface | 16.56 | 14.64 |');
  });
});
