/**
 * The dashboard without a network, after one visit. The build (vite.config.ts, `serviceWorker`)
 * compiles this file into `sw.js` at the app's root, after a line that declares `BUILD`: the
 * build's version and the files the page needs to open (both pages, the code, the national
 * series, the story).
 *
 * - Files whose names carry their content's hash (the code in assets/, the data files) never
 *   change: served from the cache, fetched once.
 * - Everything else (the pages, the story's text) is asked of the network first, and the saved
 *   copy is used only when the network fails: online, a new build or data file is what loads.
 * - Each build has its own cache, and a new worker takes over only once no page of the old build
 *   is open (no skipWaiting), then deletes the old cache. A page's code always comes with its
 *   page: hashed names tie each build's HTML to its own chunks, wherever they are read from.
 * - A page is saved once per page (its query, the view, left out): any view opens from it.
 */

interface Build {
  readonly version: string;
  /** Relative to the worker's scope, the app's root: './', './ru/', './assets/…'. */
  readonly files: readonly string[];
}
declare const BUILD: Build;

/** What this worker uses of its global scope (the DOM library has no service worker types). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
}

const worker = globalThis as unknown as WorkerScope;
const PREFIX = 'dashboard-';
const CACHE = `${PREFIX}${BUILD.version}`;
/** assets/name-<hash>.js and data/…/name.<8 hex>.json, relative to the scope: immutable. */
const HASHED = /^assets\/|\.[0-9a-f]{8}\.json$/;
/** How long a page waits for the network before the saved copy is used (a flaky connection). */
const PAGE_TIMEOUT_MS = 4_000;

worker.addEventListener('install', (event) => {
  const urls = BUILD.files.map((file) => new URL(file, worker.registration.scope).href);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const { scope } = worker.registration;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length);
  event.respondWith(HASHED.test(path) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request: Request): Promise<Response> {
  // A hashed file is the same for every request: a `Vary: Origin` (module scripts send an Origin,
  // the install did not) must not hide it.
  const saved = await caches.match(request, { ignoreVary: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  // A page's address carries its view in the query: the page is saved, and found, without it.
  const key = request.mode === 'navigate' ? withoutQuery(request.url) : request;
  try {
    const response = await (request.mode === 'navigate'
      ? withTimeout(fetch(request))
      : fetch(request));
    if (response.ok) await (await caches.open(CACHE)).put(key, response.clone());
    return response;
  } catch (error) {
    const saved = await caches.match(key, { ignoreVary: true });
    if (saved) return saved;
    throw error;
  }
}

function withoutQuery(address: string): string {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  return url.href;
}

function withTimeout(response: Promise<Response>): Promise<Response> {
  return Promise.race([
    response,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('The network is too slow')), PAGE_TIMEOUT_MS),
    ),
  ]);
}

export {};
