/**
 * A value worked out once per pair of keys, and kept as long as the first key lives: per dataset
 * (a dataset is replaced, never changed) and per field or chart of it. For facts that a redraw or
 * a check asks for again and again, such as a field's first known day, or a chart's points.
 */
export function memoPerPair<First extends object, Second, Value>(
  make: (first: First, second: Second) => Value,
): (first: First, second: Second) => Value {
  const byFirst = new WeakMap<First, Map<Second, Value>>();
  return (first, second) => {
    let bySecond = byFirst.get(first);
    if (!bySecond) {
      bySecond = new Map();
      byFirst.set(first, bySecond);
    }
    if (!bySecond.has(second)) bySecond.set(second, make(first, second));
    return bySecond.get(second) as Value;
  };
}
