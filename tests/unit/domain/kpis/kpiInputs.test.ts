import {
  addKpiInput,
  recordKpiMeasurementInput,
  removeKpiInput,
  updateKpiInput,
} from '../../../../domain/kpis/kpiInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const [MAP, STAGE, KPI] = [testId(1), testId(2), testId(5)];

const add = (input: Record<string, unknown>) =>
  parseInput(addKpiInput, { mapId: MAP, stageId: STAGE, name: 'NPS', type: 'NPS', ...input });

describe('KPI inputs', () => {
  describe('addKpi', () => {
    it('gets its defaults: no unit, direction, values or source', () => {
      expect(add({})).toMatchObject({
        unit: null,
        direction: null,
        baseline: null,
        target: null,
        current: null,
        source: null,
      });
    });

    it('normalises measuredAt to UTC with milliseconds', () => {
      expect(add({ current: 42, measuredAt: '2025-03-31T11:30:00+02:00' }).measuredAt).toBe(
        '2025-03-31T09:30:00.000Z',
      );
    });

    it('reports every offending field with its path', () => {
      expect(
        issuePaths(() =>
          add({
            name: '',
            type: 'MOOD',
            unit: 'u'.repeat(51),
            direction: 'UP',
            baseline: Number.NaN,
            target: '35',
            measuredAt: 'yesterday',
            source: 's'.repeat(501),
          }),
        ),
      ).toEqual([
        ['input', 'name'],
        ['input', 'type'],
        ['input', 'unit'],
        ['input', 'direction'],
        ['input', 'baseline'],
        ['input', 'target'],
        ['input', 'measuredAt'],
        ['input', 'source'],
      ]);
    });

    it('accepts a unit of 50 characters and negative or fractional values', () => {
      expect(add({ unit: 'u'.repeat(50), baseline: -12.5, target: 0 })).toMatchObject({
        baseline: -12.5,
        target: 0,
      });
    });
  });

  describe('updateKpi', () => {
    it('clears the unit with an empty string and the target with null', () => {
      expect(
        parseInput(updateKpiInput, { mapId: MAP, kpiId: KPI, unit: '', target: null }),
      ).toMatchObject({ unit: null, target: null });
    });

    it('leaves absent fields unchanged', () => {
      const parsed = parseInput(updateKpiInput, { mapId: MAP, kpiId: KPI });
      expect(parsed.baseline).toBeUndefined();
      expect(parsed.direction).toBeUndefined();
    });
  });

  describe('recordKpiMeasurement', () => {
    it('needs a finite value', () => {
      expect(
        issuePaths(() => parseInput(recordKpiMeasurementInput, { mapId: MAP, kpiId: KPI })),
      ).toEqual([['input', 'value']]);
      expect(
        issuePaths(() =>
          parseInput(recordKpiMeasurementInput, {
            mapId: MAP,
            kpiId: KPI,
            value: Number.POSITIVE_INFINITY,
          }),
        ),
      ).toEqual([['input', 'value']]);
    });

    it('defaults the source to null', () => {
      expect(
        parseInput(recordKpiMeasurementInput, { mapId: MAP, kpiId: KPI, value: 38 }).source,
      ).toBeNull();
    });
  });

  describe('removeKpi', () => {
    it('needs a ULID kpiId', () => {
      expect(issuePaths(() => parseInput(removeKpiInput, { mapId: MAP, kpiId: 'kpi' }))).toEqual([
        ['input', 'kpiId'],
      ]);
    });
  });
});
