/**
 * recordKpiMeasurements through the real handler: 100 measurements in one
 * request at a stated cost, a resent batch recorded as duplicates only,
 * concurrent feeds that share externalIds recording each once, and refusals
 * that write nothing.
 */
import { addKpi, createMap } from '../support/fixtures';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let mapId: string;
let kpiIds: string[];

const FEED = /* GraphQL */ `
  mutation Feed($input: RecordKpiMeasurementsInput!) {
    recordKpiMeasurements(input: $input) {
      recorded
      duplicates
      results {
        kpiId
        externalId
        status
      }
    }
  }
`;

const HISTORIES = /* GraphQL */ `
  query Histories($id: ID!) {
    journeyMap(id: $id) {
      history(first: 100) {
        edges {
          node {
            operation
            summary
          }
        }
      }
      stages {
        kpis {
          id
          current
          history {
            value
            externalId
          }
        }
      }
    }
  }
`;

async function histories() {
  const map = (await editor.ok(HISTORIES, { id: mapId })).journeyMap;
  const kpis = map.stages.flatMap((s: { kpis: unknown[] }) => s.kpis);
  return {
    entries: map.history.edges.length as number,
    latest: map.history.edges[0].node,
    byKpi: Object.fromEntries(
      kpis.map((k: { id: string; history: unknown[] }) => [k.id, k.history]),
    ) as Record<string, { value: number; externalId: string | null }[]>,
    current: Object.fromEntries(
      kpis.map((k: { id: string; current: number }) => [k.id, k.current]),
    ),
  };
}

/** A week of daily measurements for each KPI, with the survey tool's ids. */
const week = (count: number, prefix = 'w12') =>
  Array.from({ length: count }, (_, i) => ({
    kpiId: kpiIds[i % kpiIds.length],
    value: 30 + i,
    measuredAt: new Date(Date.UTC(2025, 2, 17, 0, i)).toISOString(),
    source: 'Zendesk CSAT',
    externalId: `${prefix}-${i}`,
  }));

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  const map = await createMap(editor, { template: 'FIVE_STAGES' });
  mapId = map.id;
  kpiIds = [];
  for (const stage of map.stages) {
    kpiIds.push((await addKpi(editor, mapId, stage.id, `NPS ${stage.name}`, 'NPS')).id);
  }
});

describe('recordKpiMeasurements', () => {
  it('records 100 measurements in one BatchGetItem and one transaction, with one history entry', async () => {
    const before = await histories();
    api.requests.reset();
    const answer = (await editor.ok(FEED, { input: { mapId, measurements: week(100) } }))
      .recordKpiMeasurements;
    expect(api.requests.byCommand()).toEqual({ BatchGetItem: 1, TransactWriteItems: 1 });
    expect(answer).toMatchObject({ recorded: 100, duplicates: 0 });
    expect(answer.results[7]).toEqual({
      kpiId: kpiIds[2],
      externalId: 'w12-7',
      status: 'RECORDED',
    });

    const after = await histories();
    expect(after.entries).toBe(before.entries + 1);
    expect(after.latest).toEqual({
      operation: 'recordKpiMeasurements',
      summary: '100 measurements recorded on 5 KPIs',
    });
    for (const [k, kpiId] of kpiIds.entries()) {
      expect(after.byKpi[kpiId]).toHaveLength(20);
      // The latest by measuredAt is the last one sent for that KPI.
      expect(after.current[kpiId]).toBe(30 + 95 + k);
    }
  });

  it('answers a resent batch as duplicates only, in one read and no write', async () => {
    const before = await histories();
    api.requests.reset();
    const answer = (await editor.ok(FEED, { input: { mapId, measurements: week(100) } }))
      .recordKpiMeasurements;
    expect(api.requests.byCommand()).toEqual({ BatchGetItem: 1 });
    expect(answer).toMatchObject({ recorded: 0, duplicates: 100 });
    expect(new Set(answer.results.map((r: { status: string }) => r.status))).toEqual(
      new Set(['DUPLICATE']),
    );
    expect(await histories()).toEqual(before);
  });

  it('records the new part of an overlapping batch, and measurements without an externalId each time', async () => {
    const measurements = [
      ...week(10).slice(5),
      ...week(5, 'w13'),
      { kpiId: kpiIds[0], value: 50 },
      { kpiId: kpiIds[0], value: 50 },
    ];
    const answer = (await editor.ok(FEED, { input: { mapId, measurements } }))
      .recordKpiMeasurements;
    expect(answer).toMatchObject({ recorded: 7, duplicates: 5 });
    expect(answer.results.at(-1)).toEqual({
      kpiId: kpiIds[0],
      externalId: null,
      status: 'RECORDED',
    });
  });

  it('records each externalId once when feeds that share them run at the same time', async () => {
    const before = await histories();
    const shared = week(40, 'w14');
    const answers = await Promise.all(
      [0, 1, 2, 3].map(() => editor.send(FEED, { input: { mapId, measurements: shared } })),
    );
    const recorded = answers
      .filter((a) => !a.errors)
      .reduce(
        (sum, a) =>
          sum +
          (a.data as { recordKpiMeasurements: { recorded: number } }).recordKpiMeasurements
            .recorded,
        0,
      );
    expect(recorded).toBe(40);
    for (const failed of answers.filter((a) => a.errors)) {
      // Past the retry budget, contention is a CONFLICT that may simply be retried.
      expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    const after = await histories();
    for (const kpiId of kpiIds) {
      const w14 = after.byKpi[kpiId]!.filter((m) => m.externalId?.startsWith('w14-'));
      expect(w14).toHaveLength(8);
      expect(new Set(w14.map((m) => m.externalId)).size).toBe(8);
      expect(after.byKpi[kpiId]!.length).toBe(before.byKpi[kpiId]!.length + 8);
    }
  });

  it('answers NOT_FOUND with the path of an unknown KPI and records nothing', async () => {
    const other = await createMap(editor, { template: 'FOUR_STAGES' });
    const foreign = (await addKpi(editor, other.id, other.stages[0].id, 'Ailleurs', 'CSAT')).id;
    const before = await histories();
    const answer = await editor.send(FEED, {
      input: { mapId, measurements: [...week(3, 'w15'), { kpiId: foreign, value: 1 }] },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: ['input', 'measurements', 3, 'kpiId'] }],
    });
    expect(await histories()).toEqual(before);
  });

  it('refuses measurements that would pass the 400 a KPI keeps, with their path, and records nothing', async () => {
    const fresh = await createMap(editor, { template: 'FOUR_STAGES' });
    const kpiId = (await addKpi(editor, fresh.id, fresh.stages[0].id, 'Trafic', 'TRAFFIC')).id;
    for (let batch = 0; batch < 4; batch++) {
      await editor.ok(FEED, {
        input: {
          mapId: fresh.id,
          measurements: Array.from({ length: 100 }, (_, i) => ({ kpiId, value: batch * 100 + i })),
        },
      });
    }
    const answer = await editor.send(FEED, {
      input: { mapId: fresh.id, measurements: [{ kpiId, value: 401 }] },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'measurements', 0] }],
    });
    const kept = await editor.ok(
      'query K($id: ID!) { journeyMap(id: $id) { stages { kpis { history { value } } } } }',
      { id: fresh.id },
    );
    expect(kept.journeyMap.stages[0].kpis[0].history).toHaveLength(400);
  });

  it('is refused to a VIEWER', async () => {
    const viewer = api.caller('VIEWER', editor.workspaceId);
    const answer = await viewer.send(FEED, { input: { mapId, measurements: week(1, 'w16') } });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
