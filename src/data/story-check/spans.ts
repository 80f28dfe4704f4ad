/**
 * Questions asked of spans kept in text order, answered by binary search so that a long text
 * with many figures and terms stays quick (each figure asks its neighbours, never the whole list).
 */
import type { TextSpan } from './types';

/** The index of the first span that starts at or after `offset` (spans.length when none). */
export function firstStartingFrom(spans: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as TextSpan).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The nearest span that starts at or after `from` and ends by `to`, if any. */
export function firstWithin<T extends TextSpan>(
  spans: readonly T[],
  from: number,
  to: number,
): T | undefined {
  const span = spans[firstStartingFrom(spans, from)];
  return span && span.end <= to ? span : undefined;
}

/** The nearest span that ends by `to` and starts at or after `from`, if any. */
export function lastWithin<T extends TextSpan>(
  spans: readonly T[],
  from: number,
  to: number,
): T | undefined {
  // Spans do not overlap and are in order, so ends are in order too.
  let index = firstStartingFrom(spans, to) - 1;
  while (index >= 0) {
    const span = spans[index] as T;
    if (span.start < from) return undefined;
    if (span.end <= to) return span;
    index--;
  }
  return undefined;
}

/** Every span that starts at or after `from` and ends by `to`. */
export function allWithin<T extends TextSpan>(spans: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstStartingFrom(spans, from); i < spans.length; i++) {
    const span = spans[i] as T;
    if (span.start >= to) break;
    if (span.end <= to) found.push(span);
  }
  return found;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when any span of `spans` (in text order) overlaps `span`. */
export function overlapsAny(spans: readonly TextSpan[], span: TextSpan): boolean {
  const index = firstStartingFrom(spans, span.start);
  const before = spans[index - 1];
  const at = spans[index];
  return (
    (before !== undefined && overlaps(before, span)) || (at !== undefined && overlaps(at, span))
  );
}
