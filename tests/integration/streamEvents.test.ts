/**
 * Domain events from the table's real stream: mutations go through the real
 * GraphQL handler against DynamoDB Local, the records they left are read with
 * the DynamoDB Streams API, and the stream handler publishes them to a fake
 * EventBridge client that answers PutEvents like the service.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Json } from '../support/testApi';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';
import { addKpi, addPainPoint, addStage, addTouchpoint, createMap } from '../support/fixtures';
import { fakeEventBridge } from '../support/events/fakeEventBridge';
import { openLocalStream, type LocalStream } from '../support/events/localStream';
import { schemaErrors } from '../support/events/schemaValidator';
import { EventBridgePublisher } from '../../store/eventBridge/eventBridgePublisher';
import type { StreamReader } from '../../store/stream/streamReader';
import type { StreamBatchReport } from '../../functions/stream/processStreamBatch';
import { mapHeaderKey } from '../../store/keys';
import { RetryBudget } from '../../domain/shared/retryBudget';

const BUS = 'journey-map-test-bus';
let api: TestApi;
let reader: StreamReader;
let editor: Caller;
const bridge = fakeEventBridge();
const logs: string[] = [];
/** A budget that gives up after two quick retries, for the failure tests. */
let budget = () =>
  new RetryBudget({ maxRetries: 8, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 5_000 });
let processBatch: LocalStream['processBatch'];

beforeAll(async () => {
  api = await startTestApi();
  ({ reader, processBatch } = await openLocalStream(api, {
    publisher: () => new EventBridgePublisher(bridge, BUS, budget()),
    log: (message) => logs.push(message),
  }));
  editor = api.caller('EDITOR');
});
afterAll(() => reader.close());

/** Runs `act`, then processes what it left on the stream; resolves with the events published. */
async function eventsOf(
  act: () => Promise<unknown>,
): Promise<{ detailType: string; detail: Json }[]> {
  await act();
  const records = await reader.read();
  bridge.reset();
  await processBatch(records);
  return bridge.accepted();
}

const mutate = (query: string, input: Record<string, unknown>) => editor.ok(query, { input });
const summary = (events: { detailType: string; detail: Json }[]) =>
  events.map((e) =>
    e.detailType === 'JourneyMapChanged'
      ? `${e.detailType} ${e.detail.entity} ${e.detail.change}`
      : e.detailType,
  );

describe('Domain events from the table’s stream', () => {
  let mapId: string;
  let stageId: string;
  let touchpointId: string;
  let kpiId: string;
  let improvementId: string;
  /** Events per mutation kind, for the closing figures and the schema check. */
  const all: { detailType: string; detail: Json }[] = [];
  const perKind: Record<string, string[]> = {};
  const record = async (kind: string, act: () => Promise<unknown>) => {
    const events = await eventsOf(act);
    all.push(...events);
    perKind[kind] = summary(events);
    return events;
  };

  it('creating a map is one JourneyMapChanged about the map, with who, when and the revision', async () => {
    const events = await record('createJourneyMap', async () => {
      mapId = (await createMap(editor, { template: 'FIVE_STAGES' })).id;
    });
    expect(events).toEqual([
      {
        detailType: 'JourneyMapChanged',
        source: 'journey-map-api',
        bus: BUS,
        detail: expect.objectContaining({
          workspaceId: editor.workspaceId,
          mapId,
          actor: { kind: 'USER', id: 'user-editor' },
          operation: 'createJourneyMap',
          entity: 'JourneyMap',
          entityId: mapId,
          change: 'CREATED',
          fields: [],
          changeCount: 1,
        }),
      },
    ]);
    expect(typeof events[0]!.detail.revision).toBe('number');
  });

  it('every mutation of a map gives one JourneyMapChanged per entity it changed, in revision order', async () => {
    let revision = all.at(-1)?.detail.revision as number;
    const changed = async (kind: string, act: () => Promise<unknown>) => {
      const events = await record(kind, act);
      revision += 1;
      const revisions = events
        .filter((x) => x.detailType === 'JourneyMapChanged')
        .map((e) => e.detail.revision);
      expect({ kind, revisions }).toEqual({ kind, revisions: revisions.map(() => revision) });
      expect(revisions.length).toBeGreaterThan(0);
      return events;
    };
    await changed('updateJourneyMap', () =>
      mutate(
        `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { id } } }`,
        {
          id: mapId,
          title: 'Souscription SaaS – Marie',
          tags: ['saas'],
        },
      ),
    );
    expect(all.at(-1)?.detail).toMatchObject({ entity: 'JourneyMap', change: 'UPDATED' });
    expect(all.at(-1)?.detail.fields).toEqual(expect.arrayContaining(['title', 'tags']));

    await changed('addStage', async () => {
      stageId = (await addStage(editor, mapId, 'Fidélisation')).id;
    });
    await changed('updateStage', () =>
      mutate(
        `mutation($input: UpdateStageInput!) { updateStage(input: $input) { stage { id } } }`,
        {
          mapId,
          stageId,
          customerGoal: 'Rester',
        },
      ),
    );
    expect(all.at(-1)?.detail).toMatchObject({
      entity: 'Stage',
      entityId: stageId,
      fields: ['customerGoal'],
    });
    await changed('moveStage', () =>
      mutate(`mutation($input: MoveStageInput!) { moveStage(input: $input) { stage { id } } }`, {
        mapId,
        stageId,
        position: 0,
      }),
    );
    expect(all.at(-1)?.detail).toMatchObject({ entity: 'Stage', fields: ['position'] });
    await changed('addTouchpoint', async () => {
      touchpointId = (await addTouchpoint(editor, mapId, stageId, 'Newsletter')).id;
    });
    await changed('updateTouchpoint', () =>
      mutate(
        `mutation($input: UpdateTouchpointInput!) { updateTouchpoint(input: $input) { touchpoint { id } } }`,
        {
          mapId,
          touchpointId,
          emotionScore: -1,
        },
      ),
    );
    expect(all.at(-1)?.detail).toMatchObject({ entity: 'Touchpoint', fields: ['emotionScore'] });
    const second = await addTouchpoint(editor, mapId, stageId, 'Webinar');
    await reader.read();
    revision += 1;
    await changed('moveTouchpoint', () =>
      mutate(
        `mutation($input: MoveTouchpointInput!) { moveTouchpoint(input: $input) { touchpoint { id } } }`,
        {
          mapId,
          touchpointId: second.id,
          stageId,
          position: 0,
        },
      ),
    );
    let painPointId = '';
    await changed('addPainPoint', async () => {
      painPointId = (await addPainPoint(editor, mapId, touchpointId, 'Trop de mails')).id;
    });
    await changed('updatePainPoint', () =>
      mutate(
        `mutation($input: UpdatePainPointInput!) { updatePainPoint(input: $input) { painPoint { id } } }`,
        {
          mapId,
          painPointId,
          severity: 'HIGH',
        },
      ),
    );
    await changed('addKpi', async () => {
      kpiId = (
        await addKpi(editor, mapId, stageId, 'Churn', 'CHURN_RATE', {
          baseline: 8,
          target: 5,
          unit: '%',
        })
      ).id;
    });
    await changed('updateKpi', () =>
      mutate(`mutation($input: UpdateKpiInput!) { updateKpi(input: $input) { kpi { id } } }`, {
        mapId,
        kpiId,
        target: 4,
      }),
    );
    await changed('createImprovement', async () => {
      const data = await mutate(
        `mutation($input: CreateImprovementInput!) { createImprovement(input: $input) { improvement { id } } }`,
        { mapId, title: 'Relance J+3', impact: 4, effort: 2, stageId },
      );
      improvementId = data.createImprovement.improvement.id;
    });
    await changed('updateImprovement', () =>
      mutate(
        `mutation($input: UpdateImprovementInput!) { updateImprovement(input: $input) { improvement { id } } }`,
        {
          id: improvementId,
          impact: 5,
        },
      ),
    );
    expect(perKind.updateImprovement).toEqual(['JourneyMapChanged Improvement UPDATED']);
    await changed('removePainPoint', () =>
      mutate(
        `mutation($input: RemovePainPointInput!) { removePainPoint(input: $input) { deletedId } }`,
        {
          mapId,
          painPointId,
        },
      ),
    );
    expect(all.at(-1)?.detail).toMatchObject({ entity: 'PainPoint', change: 'DELETED' });

    const spareTouchpoint = await addTouchpoint(editor, mapId, stageId, 'SMS');
    const spareKpi = await addKpi(editor, mapId, stageId, 'NPS', 'NPS');
    const spare = await mutate(
      `mutation($input: CreateImprovementInput!) { createImprovement(input: $input) { improvement { id } } }`,
      { mapId, title: 'Sondage', impact: 2, effort: 2 },
    );
    await reader.read();
    revision += 3;
    await changed('removeTouchpoint', () =>
      mutate(
        `mutation($input: RemoveTouchpointInput!) { removeTouchpoint(input: $input) { deletedId } }`,
        {
          mapId,
          touchpointId: spareTouchpoint.id,
        },
      ),
    );
    await changed('removeKpi', () =>
      mutate(`mutation($input: RemoveKpiInput!) { removeKpi(input: $input) { deletedId } }`, {
        mapId,
        kpiId: spareKpi.id,
      }),
    );
    await changed('deleteImprovement', () =>
      mutate(
        `mutation($input: DeleteImprovementInput!) { deleteImprovement(input: $input) { deletedId } }`,
        {
          id: spare.createImprovement.improvement.id,
        },
      ),
    );
    expect([perKind.removeTouchpoint, perKind.removeKpi, perKind.deleteImprovement]).toEqual([
      ['JourneyMapChanged Touchpoint DELETED'],
      ['JourneyMapChanged Kpi DELETED'],
      ['JourneyMapChanged Improvement DELETED'],
    ]);
  });

  it('a measurement is a KpiMeasured that says whether it reaches the target, in the KPI’s direction', async () => {
    const events = await record('recordKpiMeasurement', () =>
      mutate(
        `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { kpi { id } } }`,
        { mapId, kpiId, value: 3.5, measuredAt: '2025-06-30T00:00:00.000Z', source: 'Stripe' },
      ),
    );
    expect(summary(events)).toEqual(['JourneyMapChanged Kpi UPDATED', 'KpiMeasured']);
    expect(events[1]!.detail).toMatchObject({
      mapId,
      kpiId,
      stageId,
      name: 'Churn',
      type: 'CHURN_RATE',
      unit: '%',
      value: 3.5,
      measuredAt: '2025-06-30T00:00:00.000Z',
      source: 'Stripe',
      baseline: 8,
      target: 4,
      direction: 'LOWER_IS_BETTER',
      targetReached: true,
      actor: { kind: 'USER', id: 'user-editor' },
    });
    const missed = await eventsOf(() =>
      mutate(
        `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { kpi { id } } }`,
        { mapId, kpiId, value: 6 },
      ),
    );
    expect(missed[1]!.detail).toMatchObject({ value: 6, targetReached: false, source: null });
  });

  it('a status change of an improvement is an ImprovementStatusChanged with before and after', async () => {
    const events = await record('updateImprovement (status)', () =>
      mutate(
        `mutation($input: UpdateImprovementInput!) { updateImprovement(input: $input) { improvement { id } } }`,
        { id: improvementId, status: 'PLANNED' },
      ),
    );
    expect(summary(events)).toEqual([
      'JourneyMapChanged Improvement UPDATED',
      'ImprovementStatusChanged',
    ]);
    expect(events[0]!.detail.fields).toEqual(['status']);
    expect(events[1]!.detail).toMatchObject({
      improvementId,
      title: 'Relance J+3',
      before: 'IDEA',
      after: 'PLANNED',
      actor: { kind: 'USER', id: 'user-editor' },
    });
  });

  it('publishing is a JourneyMapVersionPublished, without the notes’ text', async () => {
    const events = await record('publishJourneyMapVersion', () =>
      mutate(
        `mutation($input: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $input) { version { number } } }`,
        { mapId, label: 'v1 2025', notes: 'Première version partagée avec le comité.' },
      ),
    );
    expect(summary(events)).toEqual([
      'JourneyMapChanged JourneyMap UPDATED',
      'JourneyMapVersionPublished',
    ]);
    expect(events[1]!.detail).toMatchObject({
      mapId,
      version: 1,
      label: 'v1 2025',
      hasNotes: true,
    });
    expect(JSON.stringify(events)).not.toContain('Première version');
  });

  it('removing a stage is one event for the stage and one for each part it took with it', async () => {
    const events = await record('removeStage', () =>
      mutate(`mutation($input: RemoveStageInput!) { removeStage(input: $input) { deletedId } }`, {
        mapId,
        stageId,
      }),
    );
    const deleted = events.filter((e) => e.detail.change === 'DELETED').map((e) => e.detail.entity);
    expect(deleted.sort()).toEqual(['Kpi', 'Stage', 'Touchpoint', 'Touchpoint']);
    // The improvement linked to the stage loses its link in the same change.
    expect(summary(events)).toContain('JourneyMapChanged Improvement UPDATED');
    for (const e of events) {
      expect(e.detail.target).toEqual({ entity: 'Stage', entityId: stageId });
      expect(e.detail.changeCount).toBe(events.length);
      expect(e.detail.changeId).toBe(events[0]!.detail.changeId);
    }
  });

  it('restoring, duplicating and deleting maps are one event about the map each', async () => {
    await record('restoreJourneyMapVersion', () =>
      mutate(
        `mutation($input: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $input) { journeyMap { id } } }`,
        { mapId, version: 1 },
      ),
    );
    let copyId = '';
    await record('duplicateJourneyMap', async () => {
      const data = await mutate(
        `mutation($input: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $input) { journeyMap { id } } }`,
        { mapId, title: 'Copie', state: 'FUTURE' },
      );
      copyId = data.duplicateJourneyMap.journeyMap.id;
    });
    await record('deleteJourneyMap', () =>
      api
        .caller('OWNER', editor.workspaceId)
        .ok(
          `mutation($input: DeleteJourneyMapInput!) { deleteJourneyMap(input: $input) { deletedId } }`,
          {
            input: { id: copyId },
          },
        ),
    );
    expect(perKind.restoreJourneyMapVersion).toEqual(['JourneyMapChanged JourneyMap UPDATED']);
    expect(perKind.duplicateJourneyMap).toEqual(['JourneyMapChanged JourneyMap CREATED']);
    expect(perKind.deleteJourneyMap).toEqual(['JourneyMapChanged JourneyMap DELETED']);
    expect(all.at(-1)?.detail).toMatchObject({ mapId: copyId, operation: 'deleteJourneyMap' });
  });

  it('persona changes are no map’s events', async () => {
    const events = await record('createPersona', () =>
      editor.ok(`mutation { createPersona(input: { name: "Marie" }) { persona { id } } }`),
    );
    expect(events).toEqual([]);
  });

  it('every event validates against its JSON Schema in schema/events/', () => {
    expect(all.length).toBeGreaterThan(25);
    const invalid = all
      .map((e) => ({ type: e.detailType, errors: schemaErrors(e.detailType, e.detail) }))
      .filter((e) => e.errors.length > 0);
    expect(invalid).toEqual([]);
    // The closing figures: events per mutation kind.
    console.log(
      Object.entries(perKind)
        .map(([kind, events]) => `${kind}: ${events.length} (${events.join(', ')})`)
        .join('\n'),
    );
  });
});

describe('What the stream handler guarantees', () => {
  let mapId: string;
  beforeAll(async () => {
    mapId = (await createMap(editor)).id;
    await reader.read();
  });

  it('a rejected write (a stale expectedRevision) leaves no record and no event', async () => {
    const stale = await editor.send(
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { id } } }`,
      { input: { id: mapId, title: 'Jamais', expectedRevision: 99 } },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await reader.read()).toEqual([]);
  });

  it('gives the same event ids when the same records come again (a redelivery)', async () => {
    await addStage(editor, mapId, 'Découverte');
    const records = await reader.read();
    bridge.reset();
    await processBatch(records);
    const first = bridge.accepted().map((e) => e.detail.eventId);
    bridge.reset();
    await processBatch(records);
    expect(bridge.accepted().map((e) => e.detail.eventId)).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('publishes in PutEvents batches of at most 10, and sends again only the entries that failed', async () => {
    const stage = await addStage(editor, mapId, 'Achat');
    for (let i = 0; i < 11; i++) await addTouchpoint(editor, mapId, stage.id, `Point ${i}`);
    await reader.read();
    await editor.ok(
      `mutation($input: RemoveStageInput!) { removeStage(input: $input) { deletedId } }`,
      { input: { mapId, stageId: stage.id } },
    );
    const records = await reader.read();
    bridge.reset();
    bridge.failNext([1, 4]);
    const report: StreamBatchReport = await processBatch(records);
    expect(bridge.calls.map((c) => c.length)).toEqual([10, 2, 2]);
    const [first, retry] = bridge.calls;
    expect(retry!.map((e) => e.Detail)).toEqual([first![1]!.Detail, first![4]!.Detail]);
    expect(bridge.accepted()).toHaveLength(12);
    expect(new Set(bridge.accepted().map((e) => e.detail.eventId)).size).toBe(12);
    expect(report.response.batchItemFailures).toEqual([]);
  });

  it('reports the first record whose events could not be published, for Lambda to retry from it', async () => {
    await addStage(editor, mapId, 'Usage');
    await addStage(editor, mapId, 'Recommandation');
    const records = await reader.read();
    const headers = records.filter((r) => r.dynamodb?.Keys?.SK?.S === mapHeaderKey('x', 'y').SK);
    expect(headers).toHaveLength(2);
    bridge.reset();
    budget = () =>
      new RetryBudget({ maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 1_000 });
    // The second map change's event fails in every attempt.
    bridge.failNext([1], [0], [0]);
    const report = await processBatch(records);
    expect(report.response.batchItemFailures).toEqual([
      { itemIdentifier: headers[1]!.dynamodb!.SequenceNumber },
    ]);
    expect(bridge.accepted()).toHaveLength(1);
  });

  it('reports a record that does not decode, and still publishes the ones before it', async () => {
    await addStage(editor, mapId, 'Onboarding');
    // A header whose change record is damaged (a hand edit): the record cannot be read.
    await api.raw.send(
      new PutCommand({
        TableName: api.runtime.dynamo.tableName,
        Item: {
          ...mapHeaderKey(editor.workspaceId, mapId),
          lastChange: { id: 'broken' },
          changeSeq: 1,
        },
      }),
    );
    const records = await reader.read();
    expect(records).toHaveLength(4);
    bridge.reset();
    logs.length = 0;
    const report = await processBatch(records);
    expect(report.response.batchItemFailures).toEqual([
      { itemIdentifier: records[3]!.dynamodb!.SequenceNumber },
    ]);
    expect(bridge.accepted().map((e) => e.detail.entity)).toEqual(['Stage']);
    expect(logs).toEqual(['stream record not read']);
  });
});
