/**
 * DynamoDB requests per operation, counted by an SDK middleware on the
 * function's own client (tests/support/requestCounter.ts).
 */
import { addTouchpoint, createMap, MAP_QUERY } from '../support/fixtures';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let mapId: string;
let stageIds: string[];

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  const personas = [];
  for (const name of ['Marie', 'Youssef', 'Claire']) {
    personas.push(
      (
        await editor.ok(
          `mutation($n: String!) { createPersona(input: { name: $n }) { persona { id } } }`,
          { n: name },
        )
      ).createPersona.persona.id,
    );
  }
  const map = await createMap(editor, { template: 'FIVE_STAGES', personaIds: personas });
  mapId = map.id;
  stageIds = map.stages.map((s: { id: string }) => s.id);
  for (const stageId of stageIds) {
    for (let i = 0; i < 6; i++) {
      const tp = await addTouchpoint(editor, mapId, stageId, `Point ${i}`, {
        emotionScore: (i % 5) - 2,
      });
      await editor.ok(
        `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { painPoint { id } } }`,
        {
          i: { mapId, touchpointId: tp.id, description: 'Friction' },
        },
      );
    }
    await editor.ok(`mutation($i: AddKpiInput!) { addKpi(input: $i) { kpi { id } } }`, {
      i: { mapId, stageId, name: 'NPS', type: 'NPS', current: 38 },
    });
  }
  for (let i = 0; i < 25; i++)
    await createMap(editor, { title: `Carte ${i}`, personaIds: personas.slice(0, 2) });
});

async function count(run: () => Promise<unknown>) {
  api.requests.reset();
  await run();
  return api.requests.byCommand();
}

describe('Request budgets', () => {
  it('reads a whole map with its personas in one Query and one BatchGetItem', async () => {
    expect(await count(() => editor.ok(MAP_QUERY, { id: mapId }))).toEqual({
      Query: 1,
      BatchGetItem: 1,
    });
  });

  it('asks for the personas of a map read before while it reads the map: one round trip', async () => {
    await editor.ok(MAP_QUERY, { id: mapId });
    const events: string[] = [];
    api.runtime.dynamo.client.use(async (call, next) => {
      events.push(`${call.operation} sent`);
      try {
        return await next(call);
      } finally {
        events.push(`${call.operation} answered`);
      }
    });
    const { journeyMap } = await editor.ok(MAP_QUERY, { id: mapId });
    expect(journeyMap.personas.map((p: { name: string }) => p.name)).toEqual([
      'Marie',
      'Youssef',
      'Claire',
    ]);
    expect(events.slice(0, 2).sort()).toEqual(['BatchGetItem sent', 'Query sent']);
    expect(events).toHaveLength(4);
  });

  it('shows the personas a map links now, not those it linked when last read', async () => {
    const other = await createMap(editor, { title: 'Liens', personaIds: [] });
    const read = async () =>
      (await editor.ok(MAP_QUERY, { id: other.id })).journeyMap.personas.map(
        (p: { name: string }) => p.name,
      );
    expect(await read()).toEqual([]);
    const { personas } = await editor.ok(`{ personas(first: 3) { edges { node { id name } } } }`);
    const claire = personas.edges.find((e: { node: { name: string } }) => e.node.name === 'Claire');
    await editor.ok(
      `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
      {
        i: { id: other.id, personaIds: [claire.node.id] },
      },
    );
    expect(await count(async () => expect(await read()).toEqual(['Claire']))).toEqual({
      Query: 1,
      BatchGetItem: 1,
    });
  });

  it('reads a whole map without personas in one Query', async () => {
    expect(
      await count(() => editor.ok(MAP_QUERY.replace(/personas \{[^}]*\}/, ''), { id: mapId })),
    ).toEqual({
      Query: 1,
    });
  });

  it('lists 20 maps in one Query, and their personas in one more BatchGetItem', async () => {
    expect(
      await count(() =>
        editor.ok(`{ journeyMaps(first: 20) { edges { node { id title status } } } }`),
      ),
    ).toEqual({
      Query: 1,
    });
    expect(
      await count(() =>
        editor.ok(`{ journeyMaps(first: 20) { edges { node { id personas { name } } } } }`),
      ),
    ).toEqual({ Query: 1, BatchGetItem: 1 });
  });

  it('writes a single entity in one request', async () => {
    const stageId = stageIds[0]!;
    const writes: [string, Record<string, unknown>][] = [
      [
        `mutation($i: AddStageInput!) { addStage(input: $i) { stage { id name revision } } }`,
        { mapId, name: 'Nouvelle étape' },
      ],
      [
        `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id name emotionColor revision } } }`,
        { mapId, stageId, name: 'Nouveau', channel: 'EMAIL', emotionScore: 1 },
      ],
      [
        `mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id name revision } } }`,
        { mapId, stageId, name: 'Découverte', expectedRevision: 1 },
      ],
      [
        `mutation($i: AddKpiInput!) { addKpi(input: $i) { kpi { id name } } }`,
        { mapId, stageId, name: 'CTR', type: 'CLICK_THROUGH_RATE' },
      ],
      [`mutation { createPersona(input: { name: "Nouvelle" }) { persona { id name } } }`, {}],
    ];
    for (const [query, input] of writes) {
      await count(() => editor.ok(query, { i: input }));
      expect(api.requests.commands).toHaveLength(1);
    }
  });

  it('adds a touchpoint at a position with one read and one write', async () => {
    expect(
      await count(() =>
        editor.ok(
          `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id position } } }`,
          {
            i: { mapId, stageId: stageIds[1], name: 'Inséré', channel: 'EMAIL', position: 0 },
          },
        ),
      ),
    ).toEqual({ Query: 1, TransactWriteItems: 1 });
  });
});
