/** Binary search in sorted arrays: the term ids of a story, its word ids, the sorted term list. */

/** The first index of `sorted` whose value is not below `value` (`sorted.length` when none is). */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
