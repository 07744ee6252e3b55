// Lists in order and lists by key: the two shapes many readings keep their finds in.

/** The index of the first item for which `before` no longer holds (it holds for a prefix of the list): found by halving. */
export function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds `value` to the list `map` keeps under `key`, made when first needed. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Whether any of the spans covers `at` (start <= at < end), asked many times of one list: sorted by
 * start once, with the furthest end reached so far, each question is answered by halving.
 */
export function coverage(spans: readonly { start: number; end: number }[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (at) => {
    const n = firstNotBefore(sorted, (s) => s.start <= at);
    return n > 0 && reach[n - 1] > at;
  };
}
