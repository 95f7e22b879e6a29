import { addStage, addTouchpoint, codes, createMap, MAP_QUERY, readMap } from '../support/fixtures';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

/** A workspace with one of everything. */
async function populatedWorkspace(owner: Caller) {
  const personaId = (
    await owner.ok(`mutation { createPersona(input: { name: "Marie" }) { persona { id } } }`)
  ).createPersona.persona.id;
  const map = await createMap(owner, { personaIds: [personaId] });
  const stage = await addStage(owner, map.id, 'Découverte');
  const touchpoint = await addTouchpoint(owner, map.id, stage.id, 'LinkedIn Ads');
  const painPointId = (
    await owner.ok(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
      {
        input: { mapId: map.id, touchpointId: touchpoint.id, description: 'Ciblage approximatif' },
      },
    )
  ).addPainPoint.painPoint.id;
  const kpiId = (
    await owner.ok(`mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { id } } }`, {
      input: { mapId: map.id, stageId: stage.id, name: 'Taux de clic', type: 'CLICK_THROUGH_RATE' },
    })
  ).addKpi.kpi.id;
  return {
    personaId,
    mapId: map.id,
    stageId: stage.id,
    touchpointId: touchpoint.id,
    painPointId,
    kpiId,
  };
}

describe('Tenant isolation', () => {
  it("answers NOT_FOUND to every read and write of another workspace's ids, and changes nothing", async () => {
    const alice = api.caller('OWNER');
    const a = await populatedWorkspace(alice);
    const before = await readMap(alice, a.mapId);
    const mallory = api.caller('OWNER');
    const own = await createMap(mallory);

    const attempts: [string, string, Record<string, unknown>][] = [
      ['persona', `query($id: ID!) { persona(id: $id) { id } }`, { id: a.personaId }],
      [
        'updatePersona',
        `mutation($i: UpdatePersonaInput!) { updatePersona(input: $i) { persona { id } } }`,
        { i: { id: a.personaId, name: 'x' } },
      ],
      [
        'deletePersona',
        `mutation($i: DeletePersonaInput!) { deletePersona(input: $i) { deletedId } }`,
        { i: { id: a.personaId } },
      ],
      ['journeyMap', `query($id: ID!) { journeyMap(id: $id) { id } }`, { id: a.mapId }],
      [
        'updateJourneyMap',
        `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
        { i: { id: a.mapId, title: 'x' } },
      ],
      [
        'deleteJourneyMap',
        `mutation($i: DeleteJourneyMapInput!) { deleteJourneyMap(input: $i) { deletedId } }`,
        { i: { id: a.mapId } },
      ],
      [
        'createJourneyMap with a foreign persona',
        `mutation($i: CreateJourneyMapInput!) { createJourneyMap(input: $i) { journeyMap { id } } }`,
        { i: { title: 'x', personaIds: [a.personaId] } },
      ],
      [
        'addStage',
        `mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`,
        { i: { mapId: a.mapId, name: 'x' } },
      ],
      [
        'updateStage',
        `mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }`,
        { i: { mapId: a.mapId, stageId: a.stageId, name: 'x' } },
      ],
      [
        'updateStage in own map',
        `mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }`,
        { i: { mapId: own.id, stageId: a.stageId, name: 'x' } },
      ],
      [
        'moveStage',
        `mutation($i: MoveStageInput!) { moveStage(input: $i) { stage { id } } }`,
        { i: { mapId: a.mapId, stageId: a.stageId, position: 0 } },
      ],
      [
        'removeStage',
        `mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`,
        { i: { mapId: a.mapId, stageId: a.stageId } },
      ],
      [
        'addTouchpoint',
        `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
        { i: { mapId: a.mapId, stageId: a.stageId, name: 'x', channel: 'EMAIL' } },
      ],
      [
        'addTouchpoint in own map',
        `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
        { i: { mapId: own.id, stageId: a.stageId, name: 'x', channel: 'EMAIL' } },
      ],
      [
        'updateTouchpoint',
        `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
        { i: { mapId: a.mapId, touchpointId: a.touchpointId, name: 'x' } },
      ],
      [
        'moveTouchpoint',
        `mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { touchpoint { id } } }`,
        { i: { mapId: a.mapId, touchpointId: a.touchpointId, stageId: a.stageId, position: 0 } },
      ],
      [
        'removeTouchpoint',
        `mutation($i: RemoveTouchpointInput!) { removeTouchpoint(input: $i) { deletedId } }`,
        { i: { mapId: a.mapId, touchpointId: a.touchpointId } },
      ],
      [
        'addPainPoint',
        `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { painPoint { id } } }`,
        { i: { mapId: a.mapId, touchpointId: a.touchpointId, description: 'x' } },
      ],
      [
        'updatePainPoint',
        `mutation($i: UpdatePainPointInput!) { updatePainPoint(input: $i) { painPoint { id } } }`,
        { i: { mapId: a.mapId, painPointId: a.painPointId, severity: 'LOW' } },
      ],
      [
        'removePainPoint',
        `mutation($i: RemovePainPointInput!) { removePainPoint(input: $i) { deletedId } }`,
        { i: { mapId: a.mapId, painPointId: a.painPointId } },
      ],
      [
        'addKpi',
        `mutation($i: AddKpiInput!) { addKpi(input: $i) { kpi { id } } }`,
        { i: { mapId: a.mapId, stageId: a.stageId, name: 'x', type: 'NPS' } },
      ],
      [
        'updateKpi',
        `mutation($i: UpdateKpiInput!) { updateKpi(input: $i) { kpi { id } } }`,
        { i: { mapId: a.mapId, kpiId: a.kpiId, name: 'x' } },
      ],
      [
        'removeKpi',
        `mutation($i: RemoveKpiInput!) { removeKpi(input: $i) { deletedId } }`,
        { i: { mapId: a.mapId, kpiId: a.kpiId } },
      ],
      [
        'recordKpiMeasurement',
        `mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { kpi { id } } }`,
        { i: { mapId: a.mapId, kpiId: a.kpiId, value: 1 } },
      ],
    ];
    const outcomes: Record<string, (string | undefined)[]> = {};
    for (const [name, query, variables] of attempts)
      outcomes[name] = codes(await mallory.send(query, variables));
    expect(outcomes).toEqual(Object.fromEntries(attempts.map(([name]) => [name, ['NOT_FOUND']])));

    const lists = await mallory.ok(
      `{ personas { totalCount } journeyMaps { edges { node { id } } } }`,
    );
    expect(lists.personas.totalCount).toBe(0);
    expect(lists.journeyMaps.edges.map((e: Json) => e.node.id)).toEqual([own.id]);
    expect(await readMap(alice, a.mapId)).toEqual(before);
  });
});

describe('Roles', () => {
  it('lets a VIEWER read but not write, an EDITOR write but not delete maps', async () => {
    const owner = api.caller('OWNER');
    const map = await createMap(owner);
    const viewer = api.caller('VIEWER', owner.workspaceId);
    const editor = api.caller('EDITOR', owner.workspaceId);
    expect((await viewer.ok(MAP_QUERY, { id: map.id })).journeyMap.id).toBe(map.id);
    expect((await viewer.ok(`{ viewer { role workspaceId } }`)).viewer).toEqual({
      role: 'VIEWER',
      workspaceId: owner.workspaceId,
    });
    const denied = await viewer.send(
      `mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`,
      {
        i: { mapId: map.id, name: 'x' },
      },
    );
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await viewer.send(`mutation { createPersona(input: { name: "x" }) { persona { id } } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await editor.send(
          `mutation($id: ID!) { deleteJourneyMap(input: { id: $id }) { deletedId } }`,
          { id: map.id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect((await readMap(owner, map.id)).stages).toEqual([]);
  });
});

describe('Authentication', () => {
  const query = JSON.stringify({ query: '{ viewer { userId } }' });

  it('answers 401 UNAUTHENTICATED without a token, with a malformed one and with a forged one', async () => {
    const owner = api.caller('OWNER');
    const [header, payload] = owner.token.split('.');
    const tampered = `${header}.${Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(String(payload), 'base64url').toString()),
        'custom:role': 'OWNER',
        'custom:workspace_id': 'someone-else',
      }),
    ).toString('base64url')}.${owner.token.split('.')[2]}`;
    for (const authorization of [
      undefined,
      'Bearer',
      'Basic abc',
      'Bearer not.a.jwt',
      `Bearer ${tampered}`,
    ]) {
      const result = await api.invoke(
        apiGatewayEvent({ headers: authorization ? { authorization } : {}, body: query }),
      );
      expect(result.statusCode).toBe(401);
      expect(JSON.parse(String(result.body)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('accepts a valid token and takes the workspace and role from it only', async () => {
    const editor = api.caller('EDITOR', 'acme', 'user-42');
    const result = await editor.ok(`{ viewer { userId workspaceId role } }`);
    expect(result.viewer).toEqual({ userId: 'user-42', workspaceId: 'acme', role: 'EDITOR' });
  });
});

describe('Query limits', () => {
  it('rejects over-aliased and over-costly operations before running them, and runs ordinary ones', async () => {
    const caller = api.caller('VIEWER');
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { userId }`).join(' ')} }`;
    const costly = `{ journeyMaps(first: 100) { edges { node { stages { touchpoints { painPoints { id } } } } } } }`;
    for (const query of [aliases, costly]) {
      const result = await caller.send(query);
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(result.errors?.[0]?.message).toMatch(/over the limit|limit of \d+ exceeded/);
    }
    const ordinary = `{ journeyMaps(first: 20) { edges { node { title stages { name touchpoints { name painPoints { id } } } } } } }`;
    expect(codes(await caller.send(ordinary))).toEqual([]);
  });
});

describe('Rejected input', () => {
  it('lists the path of a variable GraphQL itself refused, under extensions.issues', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const result = await editor.send(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
      { i: { mapId: map.id, stageId: stage.id, name: 'x', channel: 'WEBSITE', emotionScore: 2.5 } },
    );
    // The GraphQL-over-HTTP spec: 200 for a client that accepts application/json.
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['i', 'emotionScore'], message: expect.stringContaining('non-integer') }],
    });
  });

  it('answers GRAPHQL_VALIDATION_FAILED to a query that does not parse', async () => {
    const result = await api.caller('VIEWER').send('{ viewer { userId }');
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers BAD_USER_INPUT at `after` to a cursor no list made, for every list', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const forged = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const lists: [string, string][] = [
      [`query($a: String) { personas(after: $a) { totalCount } }`, forged({ sk: 'X' })],
      [`query($a: String) { journeyMaps(after: $a) { totalCount } }`, forged({ mapId: '' })],
      [
        `query($a: String) { improvements(after: $a) { totalCount } }`,
        forged({ sk: '', id: `${map.id}:${map.id}` }),
      ],
      [
        `query($a: String) { journeyMap(id: "${map.id}") { history(after: $a) { edges { cursor } } } }`,
        forged({ sk: 'C#!MAP' }),
      ],
      [
        `query($a: String) { journeyMap(id: "${map.id}") { improvements(after: $a) { totalCount } } }`,
        'garbage',
      ],
    ];
    for (const [query, cursor] of lists) {
      const result = await editor.send(query, { a: cursor });
      expect([query, codes(result), result.errors?.[0]?.extensions?.issues?.[0]?.path]).toEqual([
        query,
        ['BAD_USER_INPUT'],
        ['after'],
      ]);
    }
  });
});
