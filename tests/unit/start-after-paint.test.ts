/**
 * The build's pages ask for their code after the first paint (scripts/lib/start-after-paint.ts):
 * the tags Vite writes become a list read by one fixed inline script, which the pages' policy
 * allows by its hash. The browser's side (requests after the paint) is tested end to end in
 * tests/e2e/prerender.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../scripts/lib/response-headers';
import {
  START_LOADER,
  START_MODULES_ID,
  startModulesAfterFirstPaint,
  startModulesIn,
} from '../../scripts/lib/start-after-paint';

/** A page as Vite writes it: the entry script and its modulepreload links in the head. */
const BUILT = `<!doctype html>
<html><head><meta charset="UTF-8" />
    <script type="module" crossorigin src="../assets/ru-abc.js"></script>
    <link rel="modulepreload" crossorigin href="../assets/rolldown-runtime-def.js">
    <link rel="modulepreload" crossorigin href="../assets/start-ghi.js">
    <style>p{}</style>
  </head>
  <body><div id="root"><main>…</main></div>
  </body>
</html>`;

describe('start modules after the first paint', () => {
  it('takes the entry script and the modulepreload links out of the page and lists them in order', () => {
    const html = startModulesAfterFirstPaint(BUILT);
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toMatch(/modulepreload" crossorigin href/);
    expect(startModulesIn(html)).toEqual({
      entry: '../assets/ru-abc.js',
      preload: ['../assets/rolldown-runtime-def.js', '../assets/start-ghi.js'],
    });
    // The list and its loader close the head, with the build's other scripts; the rest is unchanged.
    expect(html).toMatch(
      new RegExp(`id="${START_MODULES_ID}">[^<]*</script><script>[\\s\\S]*</script>\\s*</head>`),
    );
    expect(html).toContain(`<script>${START_LOADER}</script>`);
    expect(html).toContain('<style>p{}</style>');
    expect(html).toContain('<div id="root"><main>…</main></div>');
  });

  it('refuses a page without exactly one entry script: a page whose code never loads', () => {
    const withoutEntry = BUILT.replace(/<script type="module"[^\n]*\n/, '');
    expect(() => startModulesAfterFirstPaint(withoutEntry)).toThrow(
      /one entry script in the page, found 0/,
    );
    const twice = BUILT.replace(
      '<style>',
      '<script type="module" crossorigin src="x.js"></script><style>',
    );
    expect(() => startModulesAfterFirstPaint(twice)).toThrow(/found 2/);
  });

  it('needs one hash in the policy, the same for every build: the list is data, not a script', () => {
    const one = inlineScriptHashes(startModulesAfterFirstPaint(BUILT));
    const other = inlineScriptHashes(
      startModulesAfterFirstPaint(BUILT.replaceAll('-abc', '-xyz').replaceAll('-ghi', '-uvw')),
    );
    expect(one).toHaveLength(1);
    expect(other).toEqual(one);
  });
});
