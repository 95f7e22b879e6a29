/**
 * Tenant matrix: every Query and Mutation field of the served schema, called
 * by another workspace with workspace A's ids. Each answers NOT_FOUND, or
 * only the caller's own data; no answer carries anything of A; and A's items,
 * as DynamoDB holds them, are byte-identical afterwards. A field without a
 * case below fails the suite, so a new operation cannot escape it.
 */
import { randomUUID } from 'node:crypto';
import { addStage, addTouchpoint, createMap } from '../support/fixtures';
import { workspaceDump } from '../support/rawTable';
import {
  startTestApi,
  type Caller,
  type GraphQLResult,
  type Json,
  type TestApi,
} from '../support/testApi';
import { documentFor, rootOperations, type RootOperation } from './support/schemaWalk';
import { populateWorkspace, type Workspace } from './support/workspace';

/**
 * What must come of an attempt: `NOT_FOUND` and nothing else; `OWN_DATA`, an
 * answer about the caller's own workspace only; `OWN_WRITE`, a write that
 * lands in a fresh workspace of the caller's (an id is not a secret: the same
 * id in two workspaces names two entities); `NULL`, no error and null for
 * each object asked for (Relay's `node`: an id the workspace lacks is null).
 */
type Outcome = 'NOT_FOUND' | 'OWN_DATA' | 'OWN_WRITE' | 'NULL';

interface Attempt {
  label: string;
  variables: Record<string, unknown>;
  expect: Outcome;
}

/** The attacker's own map, stage and touchpoint, to mix with A's ids. */
interface Own {
  mapId: string;
  stageId: string;
  touchpointId: string;
}

type Case = (a: Workspace, own: Own) => Attempt[];

const notFound = (label: string, variables: Record<string, unknown>): Attempt => ({
  label,
  variables,
  expect: 'NOT_FOUND',
});
const ownData = (label: string, variables: Record<string, unknown> = {}): Attempt => ({
  label,
  variables,
  expect: 'OWN_DATA',
});
const ownWrite = (label: string, variables: Record<string, unknown>): Attempt => ({
  label,
  variables,
  expect: 'OWN_WRITE',
});
const nothing = (label: string, variables: Record<string, unknown>): Attempt => ({
  label,
  variables,
  expect: 'NULL',
});
const input = (i: Record<string, unknown>) => ({ input: i });
/**
 * A's part addressed in A's map, then in the attacker's own map (where the
 * part is not either): `fields` are the input beside `mapId`.
 */
const inBothMaps = (part: string, a: Workspace, own: Own, fields: Record<string, unknown>) => [
  notFound(`A's ${part}`, input({ mapId: a.mapId, ...fields })),
  notFound(`A's ${part} in own map`, input({ mapId: own.mapId, ...fields })),
];
/** The global ids of A's objects that implement Node. */
const nodeIds = (a: Workspace) => [a.mapId, a.personaId, a.improvementId, `${a.mapId}@v1`];

/** One entry per root field of the schema, each with one or more attempts. */
const CASES: Record<string, Case> = {
  // Queries
  viewer: () => [ownData('who am I')],
  persona: (a) => [notFound("A's persona", { id: a.personaId })],
  personas: (a) => [
    ownData('the list'),
    ownData("from A's cursor", { after: a.cursors.personas, first: 100 }),
  ],
  journeyMap: (a) => [
    notFound("A's draft", { id: a.mapId }),
    notFound("A's version 1", { id: a.mapId, version: 1 }),
  ],
  journeyMaps: (a) => [
    ownData('the list'),
    ownData("filtered by A's persona", { filter: { personaId: a.personaId } }),
    ownData("filtered by A's tag", { filter: { tag: a.marker } }),
    ownData("from A's cursor", { after: a.cursors.journeyMaps, first: 100 }),
  ],
  compareJourneyMapVersions: (a) => [
    notFound("A's versions", { mapId: a.mapId, from: 1 }),
    notFound("A's version to itself", { mapId: a.mapId, from: 1, to: 1 }),
  ],
  improvements: (a) => [
    ownData('the workspace backlog'),
    ownData("A's map", { filter: { mapId: a.mapId } }),
    ownData("A's stage", { filter: { stageId: a.stageId } }),
    ownData("from A's cursor", { after: a.cursors.improvements, first: 100 }),
  ],
  improvementMatrix: (a) => [notFound("A's map", { mapId: a.mapId })],
  apiKeys: (a) => [
    ownData('the list'),
    ownData("from A's cursor", { after: a.cursors.apiKeys, first: 100 }),
  ],
  exportJourneyMap: (a) => [
    notFound("A's draft", { id: a.mapId }),
    notFound("A's version 1", { id: a.mapId, version: 1 }),
  ],
  exportJourneyMapCsv: (a) => [
    notFound("A's touchpoints", { id: a.mapId, table: 'TOUCHPOINTS' }),
    notFound("A's version 1 backlog", { id: a.mapId, version: 1, table: 'BACKLOG' }),
  ],
  shareLinks: (a) => [notFound("A's map", { mapId: a.mapId })],
  node: (a) => nodeIds(a).map((id) => nothing(`A's ${id}`, { id })),
  nodes: (a) => [nothing("A's map, persona, improvement and version 1", { ids: nodeIds(a) })],

  // Mutations
  createPersona: (a) => [ownWrite("with A's persona id", input({ id: a.personaId, name: 'B' }))],
  updatePersona: (a) => [notFound("A's persona", input({ id: a.personaId, name: 'B' }))],
  deletePersona: (a) => [notFound("A's persona", input({ id: a.personaId }))],
  createJourneyMap: (a) => [
    notFound("linking A's persona", input({ title: 'B', personaIds: [a.personaId] })),
    ownWrite("with A's map id", input({ id: a.mapId, title: 'B' })),
  ],
  updateJourneyMap: (a, own) => [
    notFound("A's map", input({ id: a.mapId, title: 'B' })),
    notFound("own map linking A's persona", input({ id: own.mapId, personaIds: [a.personaId] })),
  ],
  deleteJourneyMap: (a) => [notFound("A's map", input({ id: a.mapId }))],
  duplicateJourneyMap: (a) => [
    notFound("A's draft", input({ mapId: a.mapId, title: 'B', state: 'FUTURE' })),
    notFound("A's version 1", input({ mapId: a.mapId, version: 1, title: 'B', state: 'FUTURE' })),
  ],
  publishJourneyMapVersion: (a) => [notFound("A's map", input({ mapId: a.mapId, label: 'B' }))],
  restoreJourneyMapVersion: (a) => [notFound("A's map", input({ mapId: a.mapId, version: 1 }))],
  addStage: (a) => [notFound("A's map", input({ mapId: a.mapId, name: 'B' }))],
  updateStage: (a, own) => inBothMaps('stage', a, own, { stageId: a.stageId, name: 'B' }),
  moveStage: (a, own) => inBothMaps('stage', a, own, { stageId: a.stageId, position: 0 }),
  removeStage: (a, own) => inBothMaps('stage', a, own, { stageId: a.stageId }),
  addTouchpoint: (a, own) =>
    inBothMaps('stage', a, own, { stageId: a.stageId, name: 'B', channel: 'SMS' }),
  updateTouchpoint: (a, own) =>
    inBothMaps('touchpoint', a, own, { touchpointId: a.touchpointId, name: 'B' }),
  moveTouchpoint: (a, own) => [
    notFound(
      "A's touchpoint",
      input({ mapId: a.mapId, touchpointId: a.touchpointId, stageId: a.stageId, position: 0 }),
    ),
    notFound(
      "A's touchpoint to own stage",
      input({ mapId: own.mapId, touchpointId: a.touchpointId, stageId: own.stageId, position: 0 }),
    ),
    notFound(
      "own touchpoint to A's stage",
      input({ mapId: own.mapId, touchpointId: own.touchpointId, stageId: a.stageId, position: 0 }),
    ),
  ],
  removeTouchpoint: (a, own) => inBothMaps('touchpoint', a, own, { touchpointId: a.touchpointId }),
  addPainPoint: (a, own) =>
    inBothMaps('touchpoint', a, own, { touchpointId: a.touchpointId, description: 'B' }),
  updatePainPoint: (a) => [
    notFound(
      "A's pain point",
      input({ mapId: a.mapId, painPointId: a.painPointId, severity: 'LOW' }),
    ),
  ],
  removePainPoint: (a) => [
    notFound("A's pain point", input({ mapId: a.mapId, painPointId: a.painPointId })),
  ],
  addKpi: (a, own) => inBothMaps('stage', a, own, { stageId: a.stageId, name: 'B', type: 'NPS' }),
  updateKpi: (a) => [notFound("A's KPI", input({ mapId: a.mapId, kpiId: a.kpiId, name: 'B' }))],
  removeKpi: (a) => [notFound("A's KPI", input({ mapId: a.mapId, kpiId: a.kpiId }))],
  recordKpiMeasurement: (a, own) => inBothMaps('KPI', a, own, { kpiId: a.kpiId, value: 1 }),
  createImprovement: (a, own) => [
    notFound("A's map", input({ mapId: a.mapId, title: 'B', impact: 3, effort: 3 })),
    notFound(
      "own map linking A's touchpoint",
      input({
        mapId: own.mapId,
        title: 'B',
        impact: 3,
        effort: 3,
        touchpointIds: [a.touchpointId],
      }),
    ),
    notFound(
      "own map linking A's stage",
      input({ mapId: own.mapId, title: 'B', impact: 3, effort: 3, stageId: a.stageId }),
    ),
  ],
  updateImprovement: (a) => [
    notFound("A's improvement", input({ id: a.improvementId, title: 'B' })),
  ],
  deleteImprovement: (a) => [notFound("A's improvement", input({ id: a.improvementId }))],
  recordKpiMeasurements: (a, own) => [
    notFound("A's KPI", input({ mapId: a.mapId, measurements: [{ kpiId: a.kpiId, value: 1 }] })),
    notFound(
      "A's KPI in own map",
      input({ mapId: own.mapId, measurements: [{ kpiId: a.kpiId, value: 1 }] }),
    ),
  ],
  importJourneyMap: (a) => [
    // A's ids kept: the map, stage and touchpoint are B's own, and A's persona is not linked.
    ownWrite(
      "with A's ids kept",
      input({
        keepIds: true,
        document: {
          formatVersion: 1,
          map: {
            id: a.mapId,
            title: 'B',
            personas: [{ id: a.personaId, name: 'B' }],
            stages: [
              {
                id: a.stageId,
                name: 'B',
                touchpoints: [{ id: a.touchpointId, name: 'B', channel: 'SMS' }],
              },
            ],
          },
        },
      }),
    ),
  ],
  createApiKey: (a) => [
    ownWrite("with A's key id", input({ id: a.apiKeyId, name: 'B', role: 'VIEWER' })),
  ],
  revokeApiKey: (a) => [notFound("A's key", input({ id: a.apiKeyId }))],
  createShareLink: (a) => [
    notFound("A's draft", input({ mapId: a.mapId })),
    notFound("A's version 1", input({ mapId: a.mapId, version: 1 })),
  ],
  revokeShareLink: (a) => [notFound("A's share link", input({ id: a.shareLinkId }))],
};

let api: TestApi;
let victim: Workspace;
let attacker: Caller;
let own: Own;

beforeAll(async () => {
  api = await startTestApi();
  victim = await populateWorkspace(api.caller('OWNER'), `secret-${randomUUID().slice(0, 8)}`);
  attacker = api.caller('OWNER');
  const map = await createMap(attacker, { title: 'Carte de B' });
  const stage = await addStage(attacker, map.id, 'Étape de B');
  const touchpoint = await addTouchpoint(attacker, map.id, stage.id, 'Point de B');
  own = { mapId: map.id, stageId: stage.id, touchpointId: touchpoint.id };
}, 60_000);

const victimIds = (a: Workspace) => [
  a.personaId,
  a.mapId,
  a.stageId,
  a.touchpointId,
  a.painPointId,
  a.kpiId,
  a.improvementId,
  a.apiKeyId,
  a.shareLinkId,
];

/** What is wrong with one answer, or null. */
function verdict(attempt: Attempt, result: GraphQLResult<Json>, a: Workspace): string | null {
  const body = JSON.stringify({ data: result.data, errors: result.errors });
  if (body.includes(a.marker)) return `leaks A's data: ${body.slice(0, 300)}`;
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  switch (attempt.expect) {
    case 'NOT_FOUND':
      return codes.length === 1 && codes[0] === 'NOT_FOUND' && !result.data
        ? null
        : `expected NOT_FOUND, got ${body.slice(0, 300)}`;
    case 'OWN_DATA': {
      if (codes.length) return `expected an answer, got ${body.slice(0, 300)}`;
      const leaked = victimIds(a).filter((id) => body.includes(id));
      return leaked.length ? `answers A's ids ${leaked.join(', ')}` : null;
    }
    case 'OWN_WRITE':
      return codes.length ? `expected the write to land, got ${body.slice(0, 300)}` : null;
    case 'NULL': {
      const answers = Object.values(result.data ?? { missing: 'data' }).flat();
      return codes.length === 0 && answers.length > 0 && answers.every((v) => v === null)
        ? null
        : `expected null, got ${body.slice(0, 300)}`;
    }
  }
}

describe('Tenant matrix', () => {
  const operations: RootOperation[] = rootOperations();

  it('has a case for every Query and Mutation field of the schema, and none for a field it lacks', () => {
    const names = operations.map((o) => o.name);
    expect(names.filter((n) => !(n in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("answers every field called with workspace A's ids from workspace B with NOT_FOUND or B's own data, and leaves A byte-identical", async () => {
    const before = await workspaceDump(api, victim.workspaceId);
    const failures: string[] = [];
    let attempts = 0;
    for (const operation of operations) {
      const document = documentFor(operation);
      for (const attempt of CASES[operation.name]?.(victim, own) ?? []) {
        // A write that may land goes to a fresh workspace, so that it cannot shadow A's ids for B.
        const caller = attempt.expect === 'OWN_WRITE' ? api.caller('OWNER') : attacker;
        const result = await caller.send(document, attempt.variables);
        attempts += 1;
        const problem = verdict(attempt, result, victim);
        if (problem) failures.push(`${operation.name} (${attempt.label}): ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await workspaceDump(api, victim.workspaceId)).toBe(before);
    console.log(
      `Tenant matrix: ${operations.length} operations enumerated (${
        operations.filter((o) => o.kind === 'query').length
      } queries, ${operations.filter((o) => o.kind === 'mutation').length} mutations), ${attempts} cross-workspace calls, ${failures.length} failures; workspace A byte-identical (${before.length} bytes of items)`,
    );
  }, 120_000);

  it('cannot be fooled by its own checks: the same calls from workspace A itself reach its data', async () => {
    // Control: were the ids or documents wrong, B's NOT_FOUND would prove nothing.
    const owner = api.caller('OWNER', victim.workspaceId);
    const read = await owner.send(documentFor(operations.find((o) => o.name === 'journeyMap')!), {
      id: victim.mapId,
      version: 1,
    });
    expect(JSON.stringify(read.data)).toContain(victim.marker);
    const update = await owner.send(
      documentFor(operations.find((o) => o.name === 'updateTouchpoint')!),
      input({
        mapId: victim.mapId,
        touchpointId: victim.touchpointId,
        name: `Point ${victim.marker} 2`,
      }),
    );
    expect(update.errors).toBeUndefined();
  });
});
