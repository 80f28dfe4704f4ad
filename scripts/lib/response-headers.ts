/**
 * What the dashboard's server should send with its files, in one place for every place that states
 * it: the Content-Security-Policy the build puts in each page (vite.config.ts), the `_headers` file
 * it writes for static hosts, and deploy/nginx.conf, which tests/e2e/deploy.e2e.test.ts checks
 * against these values while serving the build with nginx.
 */
import { createHash } from 'node:crypto';

/** Files whose name carries a hash of their content: a changed file is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the pages above all): kept, but checked with the server before each use. */
export const REVALIDATE = 'no-cache';

/**
 * Sent with every response. No Strict-Transport-Security here: it binds the whole host (not just
 * the dashboard's path) to HTTPS, which is the host's decision, not this app's.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The hashes (`'sha256-…'`) of a page's inline scripts: what its script-src must allow. Data
 * blocks (`<script type="application/json">`) are not run, so they need none.
 */
export function inlineScriptHashes(html: string): string[] {
  return [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

/**
 * The policy of a page: scripts only from this site, plus the hashes of its inline scripts; data
 * and code only from this site; no plugins, no other base URL, no form posts. Styles may be inline:
 * the stylesheet is inlined (vite.config.ts) and React sets a few style attributes.
 */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The policy as a header: the page's, and which sites may frame it (only a header can say so):
 * none, but any for a link to one chart alone (`?embed=`, src/app/embed-view.tsx), which is made
 * for other sites' iframes. The dashboard has no account, form or action that a framing page could
 * trick a reader into; the rest of it is not framed all the same.
 */
export function headerPolicy(
  scriptHashes: readonly string[],
  frameAncestors: "'none'" | '*' = "'none'",
): string {
  return `${pagePolicy(scriptHashes)}; frame-ancestors ${frameAncestors}`;
}

/** The policy in a built page's meta tag, if it has one. */
export function policyInPage(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others) for the build served at the site's
 * root: security headers on everything, and long caching for the hashed files. Those hosts revalidate
 * everything else by default (`max-age=0, must-revalidate`), and they join the values of a header
 * set by two matching rules, so Cache-Control is set by one rule only. Their rules match paths, not
 * queries, so an `?embed=` link is not told apart: no site may frame any page there.
 */
export function headersFile(scriptHashes: readonly string[]): string {
  const all = { ...SECURITY_HEADERS, 'Content-Security-Policy': headerPolicy(scriptHashes) };
  const block = (pattern: string, headers: Readonly<Record<string, string>>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Written by the build (vite.config.ts, scripts/lib/response-headers.ts): do not edit.',
    block('/*', all),
    '# Vite names every file in assets/, and npm run data every file in data/, by its content.',
    block('/assets/*', { 'Cache-Control': IMMUTABLE }),
    block('/data/*', { 'Cache-Control': IMMUTABLE }),
  ].join('\n')}\n`;
}
