import {
  backlogSortKey,
  byBacklogOrder,
  priorityScore,
  quadrant,
} from '../../../../domain/backlog/priority';
import { testId } from '../../support/records';

const SCALE = [1, 2, 3, 4, 5];

interface Item {
  id: string;
  impact: number;
  effort: number;
  createdAt: string;
}

const item = (
  id: number,
  impact: number,
  effort: number,
  createdAt = '2025-01-01T00:00:00.000Z',
) => ({
  id: testId(id),
  impact,
  effort,
  createdAt,
});

const order = (items: Item[]): string[] => [...items].sort(byBacklogOrder).map((i) => i.id);

describe('Backlog priority', () => {
  describe('quadrant', () => {
    it.each(SCALE.flatMap((impact) => SCALE.map((effort) => [impact, effort])))(
      'places impact %i, effort %i where CONTRACT.md says',
      (impact, effort) => {
        const expected =
          impact >= 3
            ? effort >= 3
              ? 'STRATEGIC_PROJECT'
              : 'QUICK_WIN'
            : effort >= 3
              ? 'AVOID'
              : 'FILL_IN';
        expect(quadrant(impact, effort)).toBe(expected);
      },
    );

    it('names the four corners', () => {
      expect(quadrant(5, 1)).toBe('QUICK_WIN');
      expect(quadrant(5, 5)).toBe('STRATEGIC_PROJECT');
      expect(quadrant(1, 1)).toBe('FILL_IN');
      expect(quadrant(1, 5)).toBe('AVOID');
    });
  });

  describe('priorityScore', () => {
    it('is impact × (6 − effort)', () => {
      expect(priorityScore(5, 1)).toBe(25);
      expect(priorityScore(1, 5)).toBe(1);
      expect(priorityScore(3, 3)).toBe(9);
      expect(priorityScore(4, 2)).toBe(16);
    });

    it('stays within 1…25 over the whole scale', () => {
      const scores = SCALE.flatMap((impact) =>
        SCALE.map((effort) => priorityScore(impact, effort)),
      );
      expect(Math.min(...scores)).toBe(1);
      expect(Math.max(...scores)).toBe(25);
    });
  });

  describe('backlog order', () => {
    it('puts the highest priority score first', () => {
      expect(order([item(1, 1, 5), item(2, 5, 1), item(3, 3, 3)])).toEqual([
        testId(2),
        testId(3),
        testId(1),
      ]);
    });

    it('breaks equal scores by impact, highest first', () => {
      // 4 × (6 − 3) = 12 = 3 × (6 − 2)
      expect(order([item(1, 3, 2), item(2, 4, 3)])).toEqual([testId(2), testId(1)]);
    });

    it('then puts the oldest first', () => {
      expect(
        order([
          item(1, 3, 3, '2025-03-01T00:00:00.000Z'),
          item(2, 3, 3, '2025-02-01T00:00:00.000Z'),
        ]),
      ).toEqual([testId(2), testId(1)]);
    });

    it('then orders by id', () => {
      expect(order([item(9, 2, 2), item(3, 2, 2)])).toEqual([testId(3), testId(9)]);
    });

    it('agrees with the sort keys an index stores', () => {
      const items = SCALE.flatMap((impact) =>
        SCALE.map((effort) => item(impact * 10 + effort, impact, effort)),
      );
      const byKey = [...items]
        .sort((a, b) => (backlogSortKey(a) < backlogSortKey(b) ? -1 : 1))
        .map((i) => i.id);
      expect(byKey).toEqual(order(items));
      const scores = order(items).map((id) => {
        const found = items.find((i) => i.id === id)!;
        return priorityScore(found.impact, found.effort);
      });
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });
});
