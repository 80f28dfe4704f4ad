/**
 * A small typed reader for the envelope of our JSON files: objects, arrays, strings, numbers and
 * literals, each problem named by its path ("meta.sources.0.url").
 *
 * It replaces zod/mini (about 5 KB gzip of the JavaScript needed at start) for the dozen fields
 * the envelope has; the rows, where almost all the data is, are read by hand anyway so that a
 * problem can name its row and field.
 */

export interface ShapeProblem {
  readonly path: string;
  readonly detail: string;
}

/** Reads `value` as a T, or records why not and returns undefined. */
export type Shape<T> = (value: unknown, path: string, problems: ShapeProblem[]) => T | undefined;
export type Infer<S> = S extends Shape<infer T> ? T : never;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;

function expected<T>(
  what: string,
): (value: unknown, path: string, problems: ShapeProblem[]) => T | undefined {
  return (value, path, problems) => {
    problems.push({ path, detail: `Expected ${what}, found ${describe(value)}` });
    return undefined;
  };
}

export const string: Shape<string> = (value, path, problems) =>
  typeof value === 'string' ? value : expected<string>('text')(value, path, problems);

export const number: Shape<number> = (value, path, problems) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : expected<number>('a number')(value, path, problems);

export const unknown: Shape<unknown> = (value) => value;

export function literal<T extends string | number>(wanted: T): Shape<T> {
  return (value, path, problems) => {
    if (value === wanted) return wanted;
    problems.push({ path, detail: `Expected ${JSON.stringify(wanted)}` });
    return undefined;
  };
}

/** One of a list of strings. */
export function oneOf<T extends string>(choices: readonly T[]): Shape<T> {
  return (value, path, problems) => {
    if ((choices as readonly unknown[]).includes(value)) return value as T;
    problems.push({ path, detail: `Expected one of ${choices.join(', ')}` });
    return undefined;
  };
}

/** A shape that must also pass `test`. */
export function refine<T, U extends T>(
  shape: Shape<T>,
  test: (value: T) => value is U,
  detail: string,
): Shape<U> {
  return (value, path, problems) => {
    const read = shape(value, path, problems);
    if (read === undefined) return undefined;
    if (test(read)) return read;
    problems.push({ path, detail });
    return undefined;
  };
}

export function arrayOf<T>(item: Shape<T>): Shape<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return expected<T[]>('a list')(value, path, problems);
    const items: T[] = [];
    let failed = false;
    value.forEach((entry, index) => {
      const read = item(entry, `${path}.${index}`, problems);
      if (read === undefined) failed = true;
      else items.push(read);
    });
    return failed ? undefined : items;
  };
}

export function object<S extends Record<string, Shape<unknown>>>(
  shape: S,
): Shape<{ [K in keyof S]: Infer<S[K]> }> {
  return (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return expected<{ [K in keyof S]: Infer<S[K]> }>('an object')(value, path, problems);
    }
    const record = value as Record<string, unknown>;
    const read: Record<string, unknown> = {};
    let failed = false;
    for (const [key, field] of Object.entries(shape)) {
      const fieldValue = field(record[key], path === '' ? key : `${path}.${key}`, problems);
      // `unknown` fields may legitimately be undefined; every other shape returns a value.
      if (fieldValue === undefined && field !== unknown) failed = true;
      read[key] = fieldValue;
    }
    return failed ? undefined : (read as { [K in keyof S]: Infer<S[K]> });
  };
}

/** Reads `value` with `shape`: the typed value, or the problems found (at most `limit`). */
export function readShape<T>(
  shape: Shape<T>,
  value: unknown,
  limit = 20,
): { ok: true; value: T } | { ok: false; problems: ShapeProblem[] } {
  const problems: ShapeProblem[] = [];
  const read = shape(value, '', problems);
  return read === undefined || problems.length > 0
    ? { ok: false, problems: problems.slice(0, limit) }
    : { ok: true, value: read };
}
