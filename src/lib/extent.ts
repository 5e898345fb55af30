/**
 * The least and the greatest of `values`, in one pass; undefined when there are none.
 * `Math.min(...values)` passes each value as an argument of its own, and throws a RangeError
 * past some 100,000 of them (the call stack's limit): corpus-sized lists go through here.
 */
export function extent(values: Iterable<number>): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : undefined;
}
