import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, transformWithOxc } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/lib/precompress.ts';
import {
  headersFile,
  inlineScriptHashes,
  pagePolicy,
  policyInPage,
} from './scripts/lib/response-headers.ts';
import { startModulesAfterFirstPaint } from './scripts/lib/start-after-paint.ts';
import type { renderShell } from './src/app/render-shell.tsx';
import { ARTICLE_TEXT_PATH, type FileNames, nameIn, seriesPath } from './src/data/paths.ts';
import { JHU_RUSSIA, OFFICIAL_RUSSIA, type SeriesKey } from './src/data/series.ts';

/** The two pages: English at the app's root, Russian in ru/ (see src/i18n/locale.ts). */
const PAGES = { en: 'index.html', ru: 'ru/index.html' } as const;

/**
 * The app's root relative to a page (`/index.html` -> `./`, `/ru/index.html` -> `../`): the build
 * uses relative URLs only (`base: './'`), so that it works under any path.
 */
function rootFrom(pagePath: string): string {
  const depth = pagePath.replace(/^\//, '').split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Makes `import.meta.env.BASE_URL` the path of the app's root as the page is actually served
 * (`/`, `/covid/ru-dashboard/`), worked out in the browser from the URL of the running chunk: the
 * build's chunks all sit in assets/, one folder below the root, whichever page loaded them. With a
 * relative base Vite would otherwise make it `./`, which the Russian page (in ru/) would resolve to
 * ru/. Every request the app makes for a file of its own (data, the story) starts with it.
 */
function appRootAtRunTime(): Plugin {
  return {
    name: 'app-root-at-run-time',
    apply: 'build',
    config(config) {
      const assetsDir = config.build?.assetsDir ?? 'assets';
      const up = rootFrom(`/${assetsDir}/chunk.js`);
      return {
        define: {
          'import.meta.env.BASE_URL': `new URL(${JSON.stringify(up)}, import.meta.url).pathname`,
        },
      };
    },
  };
}

/**
 * Puts the page as it first renders, with the default view's data, into index.html at build time
 * (src/app/render-shell.tsx), so the first paint needs no JavaScript and already holds the key
 * figures and the first chart.
 */
function prerenderPage(): Plugin {
  const placeholder = '<!--app-shell-->';
  return {
    name: 'prerender-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (!html.includes(placeholder)) return html;
        // Each language's page is prerendered in its language: ru/index.html in Russian.
        const locale = context.path.startsWith('/ru/') ? 'ru' : 'en';
        // The files the browser will fetch for the same view (public/ is copied into the build).
        const shipped = (key: SeriesKey) =>
          readFileSync(
            resolve(import.meta.dirname, 'public', nameIn(startNames(), seriesPath(key))),
            'utf8',
          );
        const server = await createServer({
          configFile: false,
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          logLevel: 'error',
        });
        try {
          const module = await server.ssrLoadModule('/src/app/render-shell.tsx');
          const render = module.renderShell as typeof renderShell;
          const page = render(locale, {
            official: shipped(OFFICIAL_RUSSIA),
            jhu: shipped(JHU_RUSSIA),
          });
          return html.replace(placeholder, () => page);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Puts the page's stylesheet (about 3 KB gzip) into index.html: the first paint then waits for one
 * download, the HTML, instead of two in a row.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let inlined = html;
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.css')) continue;
          // The href is relative to the page: ./assets/... or ../assets/...
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="(?:\\.{1,2}/)+${output.fileName}"[^>]*>`,
          );
          if (!link.test(inlined)) continue;
          inlined = inlined.replace(link, () => `<style>${String(output.source)}</style>`);
        }
        return inlined;
      },
    },
  };
}

/**
 * The names of the files a page may load at start (src/data/file-names/start.json, as the app
 * reads them in src/data/file-names.ts). Read, not imported: Vite's config loader warns about
 * JSON imported without import attributes, which the app's modules leave out.
 */
const startNames = (): FileNames =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'src/data/file-names/start.json'), 'utf8'));

/**
 * Preloads the default view's data file (the official national series) from the page's head, so
 * it downloads with the scripts instead of after them. Its name comes from the same list as the
 * app's own request, so the two cannot drift apart (a preload that no request uses downloads the
 * file twice); the href is relative to the page, and resolves to the same URL.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    transformIndexHtml: (_html, context) => [
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `${rootFrom(context.path)}${nameIn(startNames(), seriesPath(OFFICIAL_RUSSIA))}`,
          as: 'fetch',
          type: 'application/json',
          crossorigin: 'anonymous',
        },
        injectTo: 'head',
      },
    ],
  };
}

/**
 * The one message the page can give without its code: if a script of the page fails to download
 * (the connection dropped, or went offline, while the page loaded), the prerendered page would
 * otherwise say "loading" for ever. This small inline script (allowed by its hash in the CSP)
 * shows an alert with a Reload button instead. Plain DOM, no markup from outside.
 */
const BOOT_ERROR_SCRIPT = `(() => {
  let shown = false;
  addEventListener('error', (event) => {
    const target = event.target;
    if (shown || !(target instanceof HTMLScriptElement)) return;
    shown = true;
    const box = document.createElement('div');
    box.className = 'notice notice--error boot-error';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = navigator.onLine
      ? "The dashboard's code could not be downloaded, so its figures cannot be shown. Reload the page to try again."
      : "You are offline: the dashboard's code could not be downloaded, so its figures cannot be shown. Reload the page when you are back online.";
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => location.reload());
    box.append(text, reload);
    const main = document.querySelector('main');
    (main ?? document.body).prepend(box);
  }, true);
})();`;

/**
 * Fetches the page's code after its first paint (scripts/lib/start-after-paint.ts says why). Runs
 * before the policy is written, which must allow the loader's inline script.
 */
function startModulesAfterPaint(): Plugin {
  return {
    name: 'start-modules-after-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: startModulesAfterFirstPaint },
  };
}

/** The charset comes first in the head (browsers look for it in the first 1,024 bytes). */
const CHARSET = '<meta charset="UTF-8" />';

/** Puts `tags` right after the charset: before the page's scripts, after nothing that matters. */
function afterCharset(html: string, tags: string): string {
  if (!html.includes(CHARSET)) throw new Error(`index.html has no ${CHARSET}`);
  return html.replace(CHARSET, () => `${CHARSET}${tags}`);
}

function bootErrorNotice(): Plugin {
  return {
    name: 'boot-error-notice',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => afterCharset(html, `<script>${BOOT_ERROR_SCRIPT}</script>`),
    },
  };
}

/**
 * A Content-Security-Policy in the page itself (a meta tag), so that static hosts that cannot send
 * headers serve it too (scripts/lib/response-headers.ts says what it allows: scripts only from this
 * site, plus the hashes of any inline script the build made). `frame-ancestors` works only as a
 * header. It goes right after the charset, before the inline script it allows: a policy applies
 * only to what follows it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        afterCharset(
          html,
          `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}" />`,
        ),
    },
  };
}

/**
 * Once the build is written: a `_headers` file for static hosts (Netlify, Cloudflare Pages), with
 * the pages' own policy as a header, and a gzip and a Brotli copy of each text file (see
 * scripts/lib/precompress.ts) for servers that send them as they are (deploy/nginx.conf).
 *
 * A step of `vite build` after the bundler is done (the last buildApp hook, which builds the app
 * first), not a bundler hook: compressing 6 MB takes a few seconds, which the bundler would report
 * as a slow plugin on every build.
 */
function staticHosting(): Plugin {
  return {
    name: 'static-hosting',
    apply: 'build',
    buildApp: {
      order: 'post',
      async handler(builder) {
        for (const environment of Object.values(builder.environments)) {
          if (!environment.isBuilt) await builder.build(environment);
        }
        const { config } = builder.environments.client ?? builder;
        const outDir = resolve(config.root, config.build.outDir);
        const pages = Object.values(PAGES).map((page) => readFileSync(join(outDir, page), 'utf8'));
        // One header for every page: it can hold only if the pages allow the same inline scripts.
        if (new Set(pages.map(policyInPage)).size !== 1) {
          throw new Error('The pages have different security policies');
        }
        writeFileSync(join(outDir, '_headers'), headersFile(inlineScriptHashes(pages[0] ?? '')));
        const { files, bytes, gzipBytes, brotliBytes } = await precompress(outDir);
        const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
        config.logger.info(
          `precompressed ${files} files: ${mb(bytes)} -> ${mb(gzipBytes)} gzip, ${mb(brotliBytes)} brotli`,
        );
      },
    },
  };
}

/**
 * The service worker (src/service-worker/sw.ts), compiled into sw.js at the app's root after a
 * line that gives it this build's version and the files a page needs to open offline: both pages,
 * every chunk of code and style, the national series and the story's text.
 */
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const code = Object.values(bundle)
        .map((output) => output.fileName)
        .filter((file) => /^assets\/.+\.(js|css)$/.test(file));
      const names = startNames();
      const data = Object.keys(names).map((logical) => nameIn(names, logical));
      const files = ['./', './ru/', ...[...code, ...data, ARTICLE_TEXT_PATH].map((f) => `./${f}`)];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(resolve(import.meta.dirname, 'src/service-worker/sw.ts'), 'utf8');
      const transformed = await transformWithOxc(source, 'sw.ts', { lang: 'ts' });
      // A classic worker, which every browser with service workers runs: the module marker the
      // source needs for the type check goes.
      const compiled = transformed.code.replace(/export\s*\{\s*\};?\s*$/, '');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const BUILD = ${JSON.stringify({ version, files })};\n${compiled}`,
      });
    },
  };
}

/** A page's own start modules: its HTML, its entry and its language's words. */
function isPerPageModule(id: string): boolean {
  return /\.html$|[\\/]src[\\/]main(-ru)?\.tsx$|[\\/]src[\\/]i18n[\\/](en|ru)[\\/]/.test(id);
}

export default defineConfig({
  // Relative URLs throughout: one build runs under any path (see appRootAtRunTime).
  base: './',
  plugins: [
    react(),
    appRootAtRunTime(),
    preloadDataset(),
    prerenderPage(),
    inlineStylesheet(),
    startModulesAfterPaint(),
    bootErrorNotice(),
    contentSecurityPolicy(),
    serviceWorker(),
    staticHosting(),
  ],
  build: {
    target: 'es2022',
    // No polyfill for <link rel="modulepreload"> (about 0.4 KB gzip at start): every browser of
    // this target but Safari 16 supports it, and there the chunks simply load when imported.
    modulePreload: { polyfill: false },
    // Two pages, one per language: each loads the app and only its own words.
    rolldownOptions: {
      input: PAGES,
      output: {
        // What every page runs at start (React, the app, the data module) in one file instead of
        // a dozen small shared chunks: gzip then compresses it as one text, which saved 4 KB of
        // the start budget. Left out, so that each page keeps only its own: the two pages'
        // entries and their words (and the HTML modules, which would pull the entries in).
        codeSplitting: {
          groups: [{ name: 'start', tags: ['$initial'], test: (id) => !isPerPageModule(id) }],
        },
      },
    },
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks the page needs at start and which it loads later;
    // read by the size budget and the browser benchmark.
    manifest: true,
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/english.ts'],
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser, one server: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A page waits for its data and code: a second under load is too short a default for a
          // poll of what the page shows (a poll that should fail still fails, five seconds later).
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
