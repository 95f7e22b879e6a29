import type { Placement } from '../ordering/placement';
import type { MapChange } from '../ports/mapWrite';
import type { OrderedKind } from './partKinds';

/**
 * The writes a placement needs besides the placed part's own order key: the
 * siblings it re-keyed (rare: two concurrent inserts at one place). Blind:
 * an order key is only ever written by a placement, which the map's change
 * counter already serialises.
 */
export const placementChanges = (kind: OrderedKind, placement: Placement): MapChange[] =>
  placement.rekeyed.map((sibling) => ({
    kind: 'update',
    part: kind,
    id: sibling.id,
    set: { orderKey: sibling.orderKey },
    revision: null,
  }));
