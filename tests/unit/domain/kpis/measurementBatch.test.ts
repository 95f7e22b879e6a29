import { planMeasurements, type MeasurementInput } from '../../../../domain/kpis/measurementBatch';
import { recordKpiMeasurements } from '../../../../domain/kpis/recordKpiMeasurements';
import type { MapWrite } from '../../../../domain/ports/mapWrite';
import { written } from '../../../../domain/ports/writeOutcome';
import { make, testId } from '../../support/records';
import { requestContext, stubStores } from '../../support/requestContext';
import { NOW } from '../../support/table';

const NPS = testId(11);
const CSAT = testId(12);
const STAGE = testId(2);

const kpis = new Map([
  [
    NPS,
    make.kpi({
      id: NPS,
      stageId: STAGE,
      history: [
        { value: 30, measuredAt: '2025-01-31T00:00:00.000Z', source: null, externalId: 'jan' },
        { value: 31, measuredAt: '2025-02-28T00:00:00.000Z', source: null },
      ],
    }),
  ],
  [CSAT, make.kpi({ id: CSAT, stageId: STAGE, type: 'CSAT' })],
]);

const m = (kpiId: string, value: number, externalId: string | null = null): MeasurementInput => ({
  kpiId,
  value,
  measuredAt: NOW,
  source: 'Zendesk',
  externalId,
});

describe('planMeasurements', () => {
  it('skips a measurement whose externalId its KPI holds, or the batch gave it before', () => {
    const plan = planMeasurements(kpis, [
      m(NPS, 32, 'jan'),
      m(NPS, 33, 'mar'),
      m(CSAT, 4.1, 'mar'),
      m(NPS, 34, 'mar'),
      m(NPS, 35),
      m(NPS, 35),
    ]);
    expect(plan.results.map((r) => r.status)).toEqual([
      'DUPLICATE',
      'RECORDED',
      'RECORDED',
      'DUPLICATE',
      'RECORDED',
      'RECORDED',
    ]);
    expect(
      plan.appends.map((a) => [a.kpi.id, a.measurements.map((x) => x.value), a.deduplicated]),
    ).toEqual([
      [NPS, [33, 35, 35], true],
      [CSAT, [4.1], true],
    ]);
  });

  it('appends measurements without externalId blindly, and stores no externalId for them', () => {
    const plan = planMeasurements(kpis, [m(CSAT, 4.2)]);
    expect(plan.appends).toEqual([
      {
        kpi: kpis.get(CSAT),
        measurements: [{ value: 4.2, measuredAt: NOW, source: 'Zendesk' }],
        deduplicated: false,
      },
    ]);
  });
});

describe('recordKpiMeasurements', () => {
  const input = (measurements: object[]) => ({ mapId: testId(1), measurements });

  it('reads the KPIs once, writes every new measurement in one write at the revisions read', async () => {
    const writes: MapWrite[] = [];
    const stores = stubStores({
      maps: {
        readParts: async (_ws, _map, _part, ids) =>
          new Map([...kpis].filter(([id]) => ids.includes(id))) as never,
        write: async (_ws, _map, write) => {
          writes.push(write);
          return written();
        },
      },
    });
    const result = await recordKpiMeasurements(
      requestContext('EDITOR', stores).useCase,
      input([
        { kpiId: NPS, value: 40, externalId: 'apr' },
        { kpiId: NPS, value: 40, externalId: 'jan' },
      ]),
    );
    expect(result.results.map((r) => r.status)).toEqual(['RECORDED', 'DUPLICATE']);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.changes).toEqual([
      {
        kind: 'appendMeasurement',
        part: 'kpi',
        id: NPS,
        measurements: [{ value: 40, measuredAt: NOW, source: null, externalId: 'apr' }],
        revision: { expected: 1, source: 'read' },
      },
    ]);
    expect(writes[0]?.history.summary).toBe('1 measurement recorded on 1 KPI, 1 duplicate skipped');
  });

  it('writes nothing when every measurement is a duplicate', async () => {
    const stores = stubStores({
      maps: { readParts: async () => new Map([[NPS, kpis.get(NPS)!]]) as never },
    });
    const result = await recordKpiMeasurements(
      requestContext('EDITOR', stores).useCase,
      input([{ kpiId: NPS, value: 30, externalId: 'jan' }]),
    );
    expect(result.results).toEqual([{ kpiId: NPS, externalId: 'jan', status: 'DUPLICATE' }]);
  });

  it('answers NOT_FOUND with the path of each unknown KPI, and writes nothing', async () => {
    const stores = stubStores({
      maps: { readParts: async () => new Map([[NPS, kpis.get(NPS)!]]) as never },
    });
    const error = await recordKpiMeasurements(
      requestContext('EDITOR', stores).useCase,
      input([
        { kpiId: NPS, value: 1 },
        { kpiId: testId(99), value: 2 },
      ]),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      details: { issues: [{ path: ['input', 'measurements', 1, 'kpiId'] }] },
    });
  });

  it('refuses more than 100 measurements, more than 95 KPIs, and an empty feed', async () => {
    const ctx = requestContext('EDITOR').useCase;
    const many = Array.from({ length: 101 }, () => ({ kpiId: NPS, value: 1 }));
    const wide = Array.from({ length: 96 }, (_, i) => ({ kpiId: testId(100 + i), value: 1 }));
    const paths = [];
    for (const measurements of [many, wide, []]) {
      const error = await recordKpiMeasurements(ctx, input(measurements)).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
      paths.push((error as { details: { issues: { path: unknown }[] } }).details.issues[0]?.path);
    }
    expect(paths).toEqual([
      ['input', 'measurements'],
      ['input', 'measurements'],
      ['input', 'measurements'],
    ]);
  });

  it('refuses an externalId that is empty or longer than 200 characters', async () => {
    const ctx = requestContext('EDITOR').useCase;
    const error = await recordKpiMeasurements(
      ctx,
      input([
        { kpiId: NPS, value: 1, externalId: ' ' },
        { kpiId: NPS, value: 1, externalId: 'x'.repeat(201) },
      ]),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        issues: [
          { path: ['input', 'measurements', 0, 'externalId'] },
          { path: ['input', 'measurements', 1, 'externalId'] },
        ],
      },
    });
  });
});
