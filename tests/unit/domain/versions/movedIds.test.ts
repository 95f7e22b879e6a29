import { movedIds } from '../../../../domain/versions/movedIds';
import { seededPrng, type Prng } from '../../support/prng';

const ids = (text: string): string[] => text.split('');
const moved = (before: string, after: string): string[] =>
  [...movedIds(ids(before), ids(after))].sort();

/** Length of a longest strictly increasing subsequence, the quadratic way. */
function lisLength(values: number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
    }
  }
  return Math.max(0, ...best);
}

function shuffled<T>(list: readonly T[], prng: Prng): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('movedIds', () => {
  it('reports nothing when the order is unchanged', () => {
    expect(moved('abcde', 'abcde')).toEqual([]);
    expect(moved('', '')).toEqual([]);
  });

  it('reports nothing for items whose positions only shifted because of an insertion', () => {
    expect(moved('abcd', 'xabcd')).toEqual([]);
    expect(moved('abcd', 'abxcd')).toEqual([]);
  });

  it('reports nothing for items whose positions only shifted because of a removal', () => {
    expect(moved('abcd', 'bcd')).toEqual([]);
    expect(moved('abcd', 'acd')).toEqual([]);
  });

  it('reports the one item that was moved to the end, not the ones it jumped over', () => {
    expect(moved('abcd', 'bcda')).toEqual(['a']);
  });

  it('reports the one item that was moved to the front', () => {
    expect(moved('abcd', 'dabc')).toEqual(['d']);
  });

  it('reports one of two swapped neighbours: one move explains the new order', () => {
    const result = moved('abcd', 'bacd');
    expect(result).toHaveLength(1);
    expect(['a', 'b']).toContain(result[0]);
  });

  it('reports all but one item of a reversed list', () => {
    expect(moved('abcde', 'edcba')).toHaveLength(4);
  });

  it('tells a real move apart from the shifts of an insertion and a removal made at the same time', () => {
    // 'b' removed, 'x' inserted at the front, 'e' moved before 'c'.
    expect(moved('abcde', 'xaecd')).toEqual(['e']);
  });

  it('never reports an item that is on one side only', () => {
    const result = movedIds(ids('abc'), ids('cxb'));
    expect(result.has('a')).toBe(false);
    expect(result.has('x')).toBe(false);
  });

  it('reports the fewest moves, after which both sides agree on the order of what they share', () => {
    const prng = seededPrng(20250601);
    for (let round = 0; round < 200; round++) {
      const universe = Array.from({ length: 1 + prng.int(12) }, (_, i) => `id${i}`);
      const before = universe.filter(() => prng.next() < 0.8);
      const after = shuffled(
        universe.filter(() => prng.next() < 0.8),
        prng,
      );
      const result = movedIds(before, after);

      const kept = (list: string[]) =>
        list.filter((id) => before.includes(id) && after.includes(id) && !result.has(id));
      expect(kept(after)).toEqual(kept(before));

      const common = after.filter((id) => before.includes(id));
      const fewest = common.length - lisLength(common.map((id) => before.indexOf(id)));
      expect(result.size).toBe(fewest);
    }
  });
});
