/**
 * A JSON file of ours read with its shape (json-shape.ts): the typed value, or sentences that say
 * what is wrong with it, for the files that hold all regions and the map's shapes.
 */
import { displayValue } from './format';
import { readShape, type Shape } from './json-shape';

export type JsonFileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `what` names the file in the problems: "the regions file", "the map file". */
export function readJsonFile<T>(text: string, shape: Shape<T>, what: string): JsonFileResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        /^\s*</.test(text)
          ? `The server sent a web page (HTML) instead of ${what}.`
          : `${capitalised(what)} is not valid JSON (it may be truncated).`,
      ],
    };
  }
  const result = readShape(shape, json);
  return result.ok
    ? { ok: true, value: result.value }
    : {
        ok: false,
        problems: result.problems.map((p) => `At "${displayValue(p.path)}": ${p.detail}.`),
      };
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
