/**
 * The page's code is fetched after its first paint, not before (a step of the build,
 * vite.config.ts). The prerendered page is the answer on its own (src/app/render-shell.tsx): its
 * first paint needs no JavaScript, yet a browser that finds the entry script and its
 * modulepreload links in the head downloads them at once, and on a fast connection runs them too,
 * ahead of that paint. Here the build's tags become a list of the same files (a JSON data block,
 * which no browser runs) and a fixed inline script that adds them back in the frame after the
 * first one: the same requests, one frame later.
 *
 * The loader's text never changes, so its hash in the Content-Security-Policy (deploy/nginx.conf)
 * does not change with the files' names; it reads them from the list.
 */

/** The id of the JSON list of the page's start modules. */
export const START_MODULES_ID = 'start-modules';

/** What the loader reads: the entry and the modules it imports at once, as the build named them. */
export interface StartModules {
  readonly entry: string;
  readonly preload: readonly string[];
}

/**
 * Adds the listed modules once the first paint has been reported (a `paint` performance entry,
 * which the browser gives when the frame's pixels are on screen: drawing the first frame takes
 * the raster threads longer than it takes the main thread to queue it). Where paint entries are
 * not reported, in the task after the first frame. A page opened in a background tab paints
 * nothing until it is shown, so there the code loads at once; and if no paint is reported within
 * three seconds, the code loads anyway.
 */
export const START_LOADER = `(() => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const list = JSON.parse(document.getElementById(${JSON.stringify(START_MODULES_ID)}).textContent);
    for (const href of list.preload) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = list.entry;
    document.head.append(script);
  };
  if (document.visibilityState === 'hidden') return start();
  setTimeout(start, 3000);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
})();`;

const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const PRELOAD_TAG = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * `html` with its entry script and modulepreload links (as Vite writes them) taken out and loaded
 * after the first paint instead. Throws unless the page has exactly one entry script: a page
 * whose code never loads would be a silent failure.
 */
export function startModulesAfterFirstPaint(html: string): string {
  const entries = [...html.matchAll(ENTRY_TAG)].map((match) => match[1] ?? '');
  if (entries.length !== 1 || !entries[0]) {
    throw new Error(`Expected one entry script in the page, found ${entries.length}`);
  }
  const list: StartModules = {
    entry: entries[0],
    preload: [...html.matchAll(PRELOAD_TAG)].map((match) => match[1] ?? ''),
  };
  // JSON in a data block: only "</" could end it early, and the names are the build's own.
  const json = JSON.stringify(list).replaceAll('</', '<\\/');
  const tags =
    `<script type="application/json" id="${START_MODULES_ID}">${json}</script>` +
    `<script>${START_LOADER}</script>`;
  const stripped = html.replace(ENTRY_TAG, '').replace(PRELOAD_TAG, '');
  // In the head, where the build's other scripts are: the body holds only the page.
  if (!stripped.includes('</head>')) throw new Error('The page has no </head>');
  return stripped.replace('</head>', () => `${tags}\n  </head>`);
}

/** The list a built page holds, or null if it has none (for tests and tools that read the build). */
export function startModulesIn(html: string): StartModules | null {
  const match = new RegExp(
    `<script type="application/json" id="${START_MODULES_ID}">(.*?)</script>`,
  ).exec(html);
  return match ? (JSON.parse(match[1] ?? '') as StartModules) : null;
}
