/**
 * Which items of a list really moved between two orders. Inserting or
 * removing an item shifts the dense positions of everything after it, but
 * those items did not move; the ones that did are those outside a longest
 * increasing subsequence of the old order, read in the new order (the fewest
 * items whose moves explain the new order).
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const inBefore = new Map(before.map((id, i) => [id, i]));
  const common = after.filter((id) => inBefore.has(id));
  const sequence = common.map((id) => inBefore.get(id) as number);
  const kept = new Set(longestIncreasing(sequence).map((i) => common[i] as string));
  return new Set(common.filter((id) => !kept.has(id)));
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const result: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) result.push(i);
  return result.reverse();
}
