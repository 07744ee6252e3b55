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
