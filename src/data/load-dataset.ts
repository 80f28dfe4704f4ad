/**
 * Fetches a series' report file and turns it into the dataset. Every way this can fail becomes a
 * `DatasetLoadError` that says what went wrong (src/i18n/errors.ts words it for the reader), and
 * nothing waits for ever: a server that does not answer is given up on after a timeout.
 */
import { buildDataset, type Dataset } from './dataset';
import {
  describeProblem,
  type ParseOptions,
  parseReportFile,
  type ReportFileProblem,
} from './report-file';
import type { SeriesKey } from './series';

export type DatasetLoadFailure =
  | { readonly kind: 'network'; readonly detail: string }
  | { readonly kind: 'offline' }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'invalid-file'; readonly problems: readonly ReportFileProblem[] };

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(readonly failure: DatasetLoadFailure) {
    super(`The data could not be loaded (${technicalMessage(failure)})`);
  }
}

/** Failures that a second attempt may mend by itself (a dropped connection). */
export function isTransient(error: unknown): boolean {
  return error instanceof DatasetLoadError && error.failure.kind === 'network';
}

/**
 * The failure for logs and developer tools. What the page says, in its language, is worded from
 * `failure` by src/i18n/errors.ts; this module states facts, not sentences for readers.
 */
function technicalMessage(failure: DatasetLoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `network failure: ${failure.detail}`;
    case 'offline':
      return 'offline';
    case 'timeout':
      return `no answer within ${failure.seconds} s`;
    case 'http':
      return `HTTP ${failure.status}`;
    case 'invalid-file':
      return `invalid file: ${failure.problems.slice(0, 3).map(describeProblem).join(' ')}`;
  }
}

/** Turns the text of a report file into a dataset, or throws a `DatasetLoadError`. */
export function datasetFromText(text: string, options: ParseOptions = {}): Dataset {
  const parsed = parseReportFile(text, options);
  if (!parsed.ok) throw new DatasetLoadError({ kind: 'invalid-file', problems: parsed.problems });
  return buildDataset(parsed.reports, { provenance: parsed.meta });
}

export interface LoadOptions {
  /** Cancels the request (TanStack Query passes one when a query is no longer needed). */
  readonly signal?: AbortSignal;
  /** Give up after this long without the whole file. */
  readonly timeoutMs?: number;
  /** Refuse a file larger than this, without reading the rest of it. */
  readonly maxBytes?: number;
}

/** A national series is about 80 KB; 5 MB leaves room for growth and stops a runaway file. */
export const DEFAULT_MAX_BYTES = 5_000_000;
/** Long enough for a slow phone connection, short enough that nobody is left with a spinner. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export async function loadSeries(
  url: string,
  key: SeriesKey,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES }: LoadOptions = {},
): Promise<Dataset> {
  const text = await fetchText(url, { signal, timeoutMs, maxBytes });
  return datasetFromText(text, { expected: key });
}

/**
 * The body of `url` as text, within the time and size limits. The request is aborted when the
 * caller cancels, when the time is up, and when the browser goes offline (an open request would
 * otherwise hang until the timeout).
 */
export async function fetchText(
  url: string,
  options: { signal: AbortSignal | undefined; timeoutMs: number; maxBytes: number },
): Promise<string> {
  const controller = new AbortController();
  let failure: DatasetLoadFailure | null = null;
  const abortWith = (reason: DatasetLoadFailure | null) => () => {
    failure ??= reason;
    controller.abort();
  };
  const onCallerAbort = abortWith(null);
  const onOffline = abortWith({ kind: 'offline' });
  const timer = setTimeout(
    abortWith({ kind: 'timeout', seconds: Math.round(options.timeoutMs / 1000) }),
    options.timeoutMs,
  );
  options.signal?.addEventListener('abort', onCallerAbort);
  globalThis.addEventListener?.('offline', onOffline);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new DatasetLoadError({ kind: 'http', status: response.status });
    return await readLimited(response, options.maxBytes);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (failure) throw new DatasetLoadError(failure);
    if (options.signal?.aborted) throw error; // cancelled by the caller: not a failure to show
    if (globalThis.navigator?.onLine === false) throw new DatasetLoadError({ kind: 'offline' });
    throw new DatasetLoadError({
      kind: 'network',
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
    globalThis.removeEventListener?.('offline', onOffline);
  }
}

/** Reads a body as UTF-8 text, stopping as soon as it is larger than `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = (bytes: number) =>
    new DatasetLoadError({
      kind: 'invalid-file',
      problems: [{ kind: 'too-large', bytes, limit: maxBytes }],
    });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(declared);
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(text.length);
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(bytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}
