import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { seriesPath } from './src/data/paths.ts';
import { OFFICIAL_RUSSIA } from './src/data/series.ts';

/**
 * Puts the page's loading state, rendered by React on the server (src/app/render-shell.tsx), into
 * index.html at build time, so the first paint needs no JavaScript.
 */
function prerenderShell(): Plugin {
  const placeholder = '<!--app-shell-->';
  return {
    name: 'prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (!html.includes(placeholder)) return html;
        // Each language's page is prerendered in its language: ru/index.html in Russian.
        const locale = context.path.startsWith('/ru/') ? 'ru' : 'en';
        const server = await createServer({
          configFile: false,
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          logLevel: 'error',
        });
        try {
          const module = await server.ssrLoadModule('/src/app/render-shell.tsx');
          return html.replace(placeholder, (module.renderShell as (l: string) => string)(locale));
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
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${output.fileName}"[^>]*>`);
          if (!link.test(inlined)) continue;
          inlined = inlined.replace(link, () => `<style>${String(output.source)}</style>`);
        }
        return inlined;
      },
    },
  };
}

/**
 * Preloads the default view's data file (the official national series) from the page's head, so
 * it downloads with the scripts instead of after them. The path comes from src/data/paths.ts, like
 * the app's own request, so the two cannot drift apart (a preload that no request uses downloads
 * the file twice).
 */
function preloadDataset(): Plugin {
  let base = '/';
  return {
    name: 'preload-dataset',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `${base}${seriesPath(OFFICIAL_RUSSIA)}`,
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
 * headers serve it too: scripts only from this site, plus the hashes of any inline script the build
 * made; data and code only from this site; no plugins, no other base URL, no form posts. Styles may
 * be inline: the stylesheet is inlined (see inlineStylesheet) and React sets a few style attributes.
 * (`frame-ancestors` works only as a header.) It goes right after the charset, before the inline
 * script it allows: a policy applies only to what follows it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          ([, body]) =>
            `'sha256-${createHash('sha256')
              .update(body ?? '')
              .digest('base64')}'`,
        );
        const policy = [
          "default-src 'self'",
          `script-src 'self'${hashes.map((hash) => ` ${hash}`).join('')}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'none'",
        ].join('; ');
        return afterCharset(
          html,
          `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

/** A page's own start modules: its HTML, its entry and its language's words. */
function isPerPageModule(id: string): boolean {
  return /\.html$|[\\/]src[\\/]main(-ru)?\.tsx$|[\\/]src[\\/]i18n[\\/](en|ru)[\\/]/.test(id);
}

export default defineConfig({
  plugins: [
    react(),
    preloadDataset(),
    prerenderShell(),
    inlineStylesheet(),
    bootErrorNotice(),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    // Two pages, one per language: each loads the app and only its own words.
    rolldownOptions: {
      input: { en: 'index.html', ru: 'ru/index.html' },
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
        },
      },
    ],
  },
});
