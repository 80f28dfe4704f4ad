/**
 * Trailing window statistics over daily series with gaps.
 */

/**
 * Trailing mean over `window` days ending on each day. A day gets `null` until `window` values are
 * known, and whenever any value inside its window is unknown: averaging over a gap would quietly
 * present fewer days as a 7-day figure.
 */
export function trailingMean(
  values: readonly (number | null)[],
  window: number,
): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`Bad window: ${window}`);
  const means: (number | null)[] = new Array(values.length);
  let sum = 0;
  let unknownInWindow = 0;
  for (let i = 0; i < values.length; i++) {
    const entering = values[i] ?? null;
    if (entering === null) unknownInWindow++;
    else sum += entering;
    if (i >= window) {
      const leaving = values[i - window] ?? null;
      if (leaving === null) unknownInWindow--;
      else sum -= leaving;
    }
    means[i] = i >= window - 1 && unknownInWindow === 0 ? sum / window : null;
  }
  return means;
}

/**
 * For each day, how many consecutive days up to and including it had a value strictly above
 * `threshold`. An unknown value ends a run: we cannot say the day was above.
 */
export function runLengthsAbove(values: readonly (number | null)[], threshold: number): number[] {
  const runs: number[] = new Array(values.length);
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null;
    run = value !== null && value > threshold ? run + 1 : 0;
    runs[i] = run;
  }
  return runs;
}
