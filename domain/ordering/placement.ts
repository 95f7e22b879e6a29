/**
 * Where an inserted or moved item goes among its siblings. The API speaks in
 * dense positions (0…n−1); storage speaks in order keys. `placeAt` turns a
 * position into a key between the neighbours, and in the rare case two
 * neighbours share a key (two concurrent inserts at the same place), re-keys
 * the siblings so that every position is reachable again.
 */
import { keyAfter, keyBetween } from './orderKeys';

export interface Ordered {
  id: string;
  orderKey: string;
}

/** Sorts by order key, ties broken by id so that every reader sees the same order. */
export function byOrder<T extends Ordered>(a: T, b: T): number {
  if (a.orderKey !== b.orderKey) return a.orderKey < b.orderKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Placement {
  /** The order key of the placed item. */
  orderKey: string;
  /** Siblings whose keys must change so that the placed item fits (usually none). */
  rekeyed: Ordered[];
}

/**
 * Places an item at `position` among `siblings` (which must not contain it).
 * Positions past the end append.
 */
export function placeAt(siblings: readonly Ordered[], position: number): Placement {
  const sorted = [...siblings].sort(byOrder);
  const index = Math.max(0, Math.min(position, sorted.length));
  const before = sorted[index - 1]?.orderKey ?? null;
  const after = sorted[index]?.orderKey ?? null;
  if (before === null || after === null || before < after) {
    return { orderKey: keyBetween(before, after), rekeyed: [] };
  }
  // Neighbours share a key: give every sibling a fresh, distinct key in the same order.
  const rekeyed: Ordered[] = [];
  let previous: string | null = null;
  let placed = '';
  for (let i = 0; i <= sorted.length; i++) {
    if (i === index) {
      placed =
        previous === null ? keyBetween(null, sorted[0]?.orderKey ?? null) : keyAfter(previous);
      previous = placed;
    }
    const sibling = sorted[i];
    if (!sibling) continue;
    const key: string = previous === null ? sibling.orderKey : keyAfter(previous);
    if (key !== sibling.orderKey) rekeyed.push({ id: sibling.id, orderKey: key });
    previous = key;
  }
  return { orderKey: placed, rekeyed };
}
