/**
 * Round ticks for a value axis from 0: steps of 1, 2, 2.5 or 5 times a power of ten, so that a
 * reader can interpolate (0, 10K, 20K, 30K, 40K rather than 0, 10.3K, 20.7K...).
 */
export function valueTicks(max: number, maxTicks = 6): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/**
 * Powers of ten for a log axis: from 1, or from the power at or below `min` when smaller values
 * are drawn (rates per 100,000 can be 0.05), up to the first at or above `max`. Each tick is
 * computed from its exponent, so 0.1 is 0.1 and not 0.1000000002.
 */
export function logTicks(max: number, min = 1): number[] {
  const power = (exponent: number) => (exponent < 0 ? 1 / 10 ** -exponent : 10 ** exponent);
  let exponent = min > 0 && min < 1 ? Math.floor(Math.log10(min)) : 0;
  const ticks = [power(exponent)];
  while ((ticks[ticks.length - 1] as number) < max) ticks.push(power(++exponent));
  return ticks;
}
