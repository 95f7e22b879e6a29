import {
  DIGITS,
  TIME_DIGITS,
  appendKey,
  keyAfter,
  keyBetween,
} from '../../../../domain/ordering/orderKeys';
import { nextMillisecond } from '../../support/clock';
import { seededPrng, type Prng } from '../../support/prng';

const isValidKey = (key: string): boolean =>
  key.length > 0 && !key.endsWith('0') && [...key].every((c) => DIGITS.includes(c));

/** Fails with the first pair of neighbours that is not strictly increasing. */
function expectStrictlyIncreasing(keys: readonly string[]): void {
  for (let i = 1; i < keys.length; i++) {
    const [before, after] = [keys[i - 1]!, keys[i]!];
    if (!(before < after)) {
      throw new Error(`keys ${i - 1} and ${i} are out of order: ${before} >= ${after}`);
    }
  }
}

function expectBetween(low: string | null, high: string | null): string {
  const key = keyBetween(low, high);
  expect(isValidKey(key)).toBe(true);
  if (low !== null) expect(key > low).toBe(true);
  if (high !== null) expect(key < high).toBe(true);
  return key;
}

describe('Order keys', () => {
  describe('keyBetween', () => {
    it.each<[string | null, string | null]>([
      [null, '1'],
      [null, '01'],
      [null, '0000001'],
      [null, 'V'],
      ['1', null],
      ['A', 'B'],
      ['A', 'C'],
      ['A', 'A1'],
      ['A', 'AV'],
      ['Az', 'B'],
      ['Azzz', 'B'],
      ['A1', 'A2'],
      ['y', 'z'],
      ['yz', 'z'],
      ['z', 'zz'],
      ['zzzz', null],
      ['0V', '0W'],
      ['0G', '0G1'],
    ])('returns a key strictly between %p and %p that does not end in 0', (low, high) => {
      expectBetween(low, high);
    });

    it('returns a valid key without bounds', () => {
      expect(isValidKey(keyBetween(null, null))).toBe(true);
    });

    it('keeps finding keys when one gap is split over and over', () => {
      let low = appendKey(nextMillisecond());
      let high = appendKey(nextMillisecond());
      const rng = seededPrng(7);
      for (let i = 0; i < 500; i++) {
        const middle = expectBetween(low, high);
        if (rng.int(2) === 0) low = middle;
        else high = middle;
      }
    });

    it('keeps finding keys when inserting before the first key again and again', () => {
      let first = appendKey(nextMillisecond());
      for (let i = 0; i < 300; i++) first = expectBetween(null, first);
    });

    it('throws a RangeError when low equals high', () => {
      expect(() => keyBetween('AB', 'AB')).toThrow(RangeError);
    });

    it('throws a RangeError when low is above high', () => {
      expect(() => keyBetween('B', 'A')).toThrow(RangeError);
      expect(() => keyBetween('A1', 'A')).toThrow(RangeError);
    });
  });

  describe('appendKey', () => {
    it('starts with a fixed-width time prefix and never ends in 0', () => {
      for (let i = 0; i < 200; i++) {
        const key = appendKey(nextMillisecond());
        expect(key.length).toBeGreaterThan(TIME_DIGITS);
        expect(isValidKey(key)).toBe(true);
      }
    });

    it('is increasing for increasing times', () => {
      const keys = [1, 1, 59, 1, 1000, 86_400_000].map((step) => appendKey(nextMillisecond(step)));
      expectStrictlyIncreasing(keys);
    });

    it('is increasing for each of many consecutive milliseconds, whatever its random digits', () => {
      const keys = Array.from({ length: 2000 }, () => appendKey(nextMillisecond()));
      expectStrictlyIncreasing(keys);
    });

    it('is increasing for appends within one millisecond', () => {
      const now = nextMillisecond();
      const keys = Array.from({ length: 200 }, () => appendKey(now));
      expect(keys.every(isValidKey)).toBe(true);
      expectStrictlyIncreasing(keys);
    });

    it('sorts after the previous append when the clock goes back', () => {
      const now = nextMillisecond(1000);
      const first = appendKey(now);
      expect(appendKey(now - 500) > first).toBe(true);
    });
  });

  describe('keyAfter', () => {
    it('returns a greater key that keeps the first TIME_DIGITS characters', () => {
      const key = appendKey(nextMillisecond());
      const after = keyAfter(key);
      expect(after > key).toBe(true);
      expect(isValidKey(after)).toBe(true);
      expect(after.slice(0, TIME_DIGITS)).toBe(key.slice(0, TIME_DIGITS));
    });

    it('keeps the time prefix when every digit after it is already the largest', () => {
      const key = `${appendKey(nextMillisecond()).slice(0, TIME_DIGITS)}zzzz`;
      const after = keyAfter(key);
      expect(after > key).toBe(true);
      expect(isValidKey(after)).toBe(true);
      expect(after.slice(0, TIME_DIGITS)).toBe(key.slice(0, TIME_DIGITS));
    });

    it('stays below the append key of a later millisecond, even after a thousand steps', () => {
      let key = appendKey(nextMillisecond());
      for (let i = 0; i < 1000; i++) {
        const next = keyAfter(key);
        expect(next > key).toBe(true);
        key = next;
      }
      expect(key < appendKey(nextMillisecond())).toBe(true);
    });

    it('returns a greater valid key after a short key made by a midpoint', () => {
      const short = keyBetween(null, appendKey(nextMillisecond()));
      const after = keyAfter(short);
      expect(after > short).toBe(true);
      expect(isValidKey(after)).toBe(true);
      expect(after < appendKey(nextMillisecond())).toBe(true);
    });
  });

  describe('random sequences of inserts, appends, moves and deletes', () => {
    /** Inserts a new key at `index` of the ordered list, as placeAt would. */
    function insertAt(keys: string[], index: number): void {
      const low = keys[index - 1] ?? null;
      const high = keys[index] ?? null;
      const key =
        low === null && high === null ? appendKey(nextMillisecond()) : keyBetween(low, high);
      keys.splice(index, 0, key);
    }

    function run(rng: Prng, operations: number): string[] {
      const keys: string[] = [];
      for (let op = 0; op < operations; op++) {
        const roll = rng.int(10);
        if (roll < 3 || keys.length === 0) {
          keys.push(appendKey(nextMillisecond(1 + rng.int(3))));
        } else if (roll < 6) {
          insertAt(keys, rng.int(keys.length + 1));
        } else if (roll < 8) {
          const [moved] = keys.splice(rng.int(keys.length), 1);
          expect(moved).toBeDefined();
          insertAt(keys, rng.int(keys.length + 1));
        } else {
          keys.splice(rng.int(keys.length), 1);
        }
        if (!keys.every(isValidKey)) throw new Error(`an invalid key appeared at operation ${op}`);
        expectStrictlyIncreasing(keys);
      }
      return keys;
    }

    it.each([1, 42, 2025])('keeps keys strictly increasing in list order (seed %i)', (seed) => {
      const keys = run(seededPrng(seed), 3000);
      expect(keys.length).toBeGreaterThan(100);
    });

    it('keeps keys strictly increasing when every insert lands near the front', () => {
      const rng = seededPrng(99);
      const keys: string[] = [appendKey(nextMillisecond())];
      for (let i = 0; i < 2000; i++) insertAt(keys, rng.int(Math.min(3, keys.length + 1)));
      expect(keys.every(isValidKey)).toBe(true);
      expectStrictlyIncreasing(keys);
    });
  });
});
