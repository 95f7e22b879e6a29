import { appendKey } from '../../../../domain/ordering/orderKeys';
import { byOrder, placeAt, type Ordered } from '../../../../domain/ordering/placement';
import { nextMillisecond } from '../../support/clock';
const NEW = 'NEW';

/** Siblings a, b, c… with increasing append keys, given in scrambled order. */
function siblings(count: number): Ordered[] {
  const list = Array.from({ length: count }, (_, i) => ({
    id: String.fromCharCode(97 + i),
    orderKey: appendKey(nextMillisecond(1000)),
  }));
  return [...list].reverse();
}

/** The ids in reading order once the placement is applied: rekeyed siblings plus the placed item. */
function orderAfter(list: readonly Ordered[], position: number): string[] {
  const placement = placeAt(list, position);
  const rekeyed = new Map(placement.rekeyed.map((r) => [r.id, r.orderKey]));
  const all: Ordered[] = [
    ...list.map((s) => ({ id: s.id, orderKey: rekeyed.get(s.id) ?? s.orderKey })),
    { id: NEW, orderKey: placement.orderKey },
  ];
  return all.sort(byOrder).map((s) => s.id);
}

/** Reading order before the placement, with NEW spliced in at `index`. */
function intended(list: readonly Ordered[], index: number): string[] {
  const ids = [...list].sort(byOrder).map((s) => s.id);
  ids.splice(index, 0, NEW);
  return ids;
}

describe('Placement', () => {
  describe('byOrder', () => {
    it('sorts by order key', () => {
      const sorted = [
        { id: 'x', orderKey: 'C' },
        { id: 'y', orderKey: 'A' },
        { id: 'z', orderKey: 'B' },
      ].sort(byOrder);
      expect(sorted.map((s) => s.id)).toEqual(['y', 'z', 'x']);
    });

    it('breaks ties between equal keys by id, whatever the input order', () => {
      const a = { id: '01B', orderKey: 'K' };
      const b = { id: '01A', orderKey: 'K' };
      expect([a, b].sort(byOrder)).toEqual([b, a]);
      expect([b, a].sort(byOrder)).toEqual([b, a]);
    });

    it('treats an item as equal to itself', () => {
      const a = { id: 'a', orderKey: 'K' };
      expect(byOrder(a, { ...a })).toBe(0);
    });
  });

  describe('placeAt', () => {
    it('places the first item of an empty list without re-keying anything', () => {
      const placement = placeAt([], 0);
      expect(placement.orderKey).toMatch(/^[0-9A-Za-z]*[1-9A-Za-z]$/);
      expect(placement.rekeyed).toEqual([]);
    });

    it('places an item at the start', () => {
      expect(orderAfter(siblings(3), 0)).toEqual([NEW, 'a', 'b', 'c']);
    });

    it('places an item in the middle', () => {
      expect(orderAfter(siblings(3), 1)).toEqual(['a', NEW, 'b', 'c']);
      expect(orderAfter(siblings(3), 2)).toEqual(['a', 'b', NEW, 'c']);
    });

    it('places an item at the end', () => {
      expect(orderAfter(siblings(3), 3)).toEqual(['a', 'b', 'c', NEW]);
    });

    it('appends when the position is past the end', () => {
      expect(orderAfter(siblings(3), 50)).toEqual(['a', 'b', 'c', NEW]);
    });

    it('places at the start when the position is below 0', () => {
      expect(orderAfter(siblings(3), -4)).toEqual([NEW, 'a', 'b', 'c']);
    });

    it('re-keys no sibling when the neighbours have distinct keys', () => {
      for (let position = 0; position <= 3; position++) {
        expect(placeAt(siblings(3), position).rekeyed).toEqual([]);
      }
    });

    it('does not change the siblings it is given', () => {
      const list = siblings(3);
      const copy = list.map((s) => ({ ...s }));
      placeAt(list, 1);
      expect(list).toEqual(copy);
    });

    describe('when two siblings share a key (two concurrent inserts at the same place)', () => {
      const first = appendKey(nextMillisecond());
      const shared = appendKey(nextMillisecond());
      const tied: Ordered[] = [
        { id: 'd', orderKey: appendKey(nextMillisecond()) },
        { id: 'c', orderKey: shared },
        { id: 'a', orderKey: first },
        { id: 'b', orderKey: shared },
      ];

      it('reaches every position, the one between the tied siblings included', () => {
        for (let position = 0; position <= tied.length; position++) {
          expect(orderAfter(tied, position)).toEqual(intended(tied, position));
        }
      });

      it('re-keys siblings so that every key of the result is distinct', () => {
        const placement = placeAt(tied, 2);
        expect(placement.rekeyed.length).toBeGreaterThan(0);
        const rekeyed = new Map(placement.rekeyed.map((r) => [r.id, r.orderKey]));
        const keys = [...tied.map((s) => rekeyed.get(s.id) ?? s.orderKey), placement.orderKey];
        expect(new Set(keys).size).toBe(keys.length);
      });

      it('lists only siblings whose key changes, never the placed item', () => {
        const placement = placeAt(tied, 2);
        for (const r of placement.rekeyed) {
          const before = tied.find((s) => s.id === r.id);
          expect(before).toBeDefined();
          expect(r.orderKey).not.toBe(before!.orderKey);
        }
      });

      it('keeps re-keyed siblings below the append key of a later millisecond', () => {
        const placement = placeAt(tied, 2);
        const later = appendKey(nextMillisecond());
        for (const r of placement.rekeyed) expect(r.orderKey < later).toBe(true);
        expect(placement.orderKey < later).toBe(true);
      });

      it('reaches the position between three siblings that share one key', () => {
        const three: Ordered[] = [
          { id: 'c', orderKey: shared },
          { id: 'a', orderKey: shared },
          { id: 'b', orderKey: shared },
        ];
        for (let position = 0; position <= three.length; position++) {
          expect(orderAfter(three, position)).toEqual(intended(three, position));
        }
      });
    });
  });
});
