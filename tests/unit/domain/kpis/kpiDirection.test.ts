import type { KpiType } from '../../../../domain/shared/enums';
import {
  kpiDirection,
  latestMeasurement,
  sortedHistory,
  targetReached,
} from '../../../../domain/kpis/kpiDirection';
import type { KpiMeasurement, KpiRecord } from '../../../../domain/kpis/kpi';

type DirectionInput = Pick<KpiRecord, 'direction' | 'baseline' | 'target' | 'type'>;

const kpi = (fields: Partial<DirectionInput>): DirectionInput => ({
  direction: null,
  baseline: null,
  target: null,
  type: 'CUSTOM',
  ...fields,
});

const measurement = (value: number, measuredAt: string, source: string | null = null) => ({
  value,
  measuredAt,
  source,
});

describe('KPI direction', () => {
  describe('kpiDirection', () => {
    it('uses an explicit direction over baseline, target and type', () => {
      expect(
        kpiDirection(
          kpi({ direction: 'HIGHER_IS_BETTER', baseline: 50, target: 35, type: 'CHURN_RATE' }),
        ),
      ).toBe('HIGHER_IS_BETTER');
      expect(
        kpiDirection(kpi({ direction: 'LOWER_IS_BETTER', baseline: 20, target: 40, type: 'NPS' })),
      ).toBe('LOWER_IS_BETTER');
    });

    it('derives LOWER_IS_BETTER from a target below the baseline (50 → 35)', () => {
      expect(kpiDirection(kpi({ baseline: 50, target: 35, type: 'NPS' }))).toBe('LOWER_IS_BETTER');
    });

    it('derives HIGHER_IS_BETTER from a target above the baseline', () => {
      expect(kpiDirection(kpi({ baseline: 5, target: 8, type: 'CHURN_RATE' }))).toBe(
        'HIGHER_IS_BETTER',
      );
    });

    it('falls back to the type when baseline and target are equal', () => {
      expect(kpiDirection(kpi({ baseline: 10, target: 10, type: 'CHURN_RATE' }))).toBe(
        'LOWER_IS_BETTER',
      );
    });

    it('falls back to the type when only one of baseline and target is set', () => {
      expect(kpiDirection(kpi({ baseline: 10, type: 'RESPONSE_TIME' }))).toBe('LOWER_IS_BETTER');
      expect(kpiDirection(kpi({ target: 10, type: 'NPS' }))).toBe('HIGHER_IS_BETTER');
    });

    it.each<KpiType>([
      'CART_ABANDONMENT_RATE',
      'CHURN_RATE',
      'ACQUISITION_COST',
      'RESOLUTION_TIME',
      'RESPONSE_TIME',
    ])('defaults %s to LOWER_IS_BETTER', (type) => {
      expect(kpiDirection(kpi({ type }))).toBe('LOWER_IS_BETTER');
    });

    it.each<KpiType>([
      'NPS',
      'CSAT',
      'CONVERSION_RATE',
      'RETENTION_RATE',
      'AVERAGE_ORDER_VALUE',
      'TRAFFIC',
      'CUSTOM',
    ])('defaults %s to HIGHER_IS_BETTER', (type) => {
      expect(kpiDirection(kpi({ type }))).toBe('HIGHER_IS_BETTER');
    });
  });

  describe('targetReached', () => {
    it('is reached upwards when current is at or above the target', () => {
      expect(targetReached('HIGHER_IS_BETTER', 40, 40)).toBe(true);
      expect(targetReached('HIGHER_IS_BETTER', 41, 40)).toBe(true);
      expect(targetReached('HIGHER_IS_BETTER', 39.9, 40)).toBe(false);
    });

    it('is reached downwards when current is at or below the target', () => {
      expect(targetReached('LOWER_IS_BETTER', 35, 35)).toBe(true);
      expect(targetReached('LOWER_IS_BETTER', 30, 35)).toBe(true);
      expect(targetReached('LOWER_IS_BETTER', 36, 35)).toBe(false);
    });

    it('is null without a current value or a target', () => {
      expect(targetReached('HIGHER_IS_BETTER', null, 40)).toBeNull();
      expect(targetReached('LOWER_IS_BETTER', 30, null)).toBeNull();
    });
  });

  describe('latestMeasurement', () => {
    it('is null without measurements', () => {
      expect(latestMeasurement([])).toBeNull();
    });

    it('is the measurement with the latest measuredAt', () => {
      const history = [
        measurement(1, '2025-01-01T00:00:00.000Z'),
        measurement(3, '2025-03-01T00:00:00.000Z'),
        measurement(2, '2025-02-01T00:00:00.000Z'),
      ];
      expect(latestMeasurement(history)?.value).toBe(3);
    });

    it('ignores a backdated measurement recorded last', () => {
      const history = [
        measurement(40, '2025-03-01T00:00:00.000Z', 'Survey Q1'),
        measurement(10, '2024-06-01T00:00:00.000Z', 'Backfill'),
      ];
      expect(latestMeasurement(history)).toEqual(history[0]);
    });

    it('takes the one recorded last among measurements with the same instant', () => {
      const at = '2025-03-01T00:00:00.000Z';
      const history = [measurement(1, at, 'first'), measurement(2, at, 'second')];
      expect(latestMeasurement(history)?.source).toBe('second');
    });
  });

  describe('sortedHistory', () => {
    it('orders measurements oldest first, equal instants in recording order', () => {
      const history: KpiMeasurement[] = [
        measurement(3, '2025-03-01T00:00:00.000Z', 'c'),
        measurement(1, '2025-01-01T00:00:00.000Z', 'a1'),
        measurement(2, '2025-01-01T00:00:00.000Z', 'a2'),
        measurement(0, '2024-12-31T23:59:59.999Z', 'z'),
      ];
      expect(sortedHistory(history).map((m) => m.source)).toEqual(['z', 'a1', 'a2', 'c']);
    });

    it('leaves the given history as recorded', () => {
      const history = [
        measurement(2, '2025-02-01T00:00:00.000Z'),
        measurement(1, '2025-01-01T00:00:00.000Z'),
      ];
      sortedHistory(history);
      expect(history.map((m) => m.value)).toEqual([2, 1]);
    });
  });
});
