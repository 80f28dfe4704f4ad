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

/**
 * The last `size` values worked out per first key, each under a key that names everything it
 * depends on. For facts of what the reader chose, such as a range of dates: readers go back and
 * forth between a few, and a brush dragged across hundreds must not keep them all.
 */
export function memoRecent<First extends object, Value>(
  size: number,
): (first: First, key: string, make: () => Value) => Value {
  const byFirst = new WeakMap<First, Map<string, Value>>();
  return (first, key, make) => {
    let recent = byFirst.get(first);
    if (!recent) {
      recent = new Map();
      byFirst.set(first, recent);
    }
    const kept = recent.get(key);
    // A value found is moved to the newest end (a Map keeps the order of insertion).
    if (kept !== undefined || recent.has(key)) {
      recent.delete(key);
      recent.set(key, kept as Value);
      return kept as Value;
    }
    const value = make();
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
}
