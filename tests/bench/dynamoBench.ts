/**
 * DynamoDB requests and latency of typical operations: the real Lambda
 * handler (functions/graphql.ts) driven in-process with API Gateway v2
 * events, against DynamoDB Local seeded with the demo workspace. Requests
 * are counted by an SDK middleware on the function's own client.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { mintDevToken, type DevKeyFiles } from '../../functions/auth/localDevKeys';
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { createStores } from '../../store/createStores';
import {
  createDynamo,
  forUnitOfWork,
  type DynamoConnection,
} from '../../store/dynamo/dynamoClient';
import { marshallInput } from '../../store/dynamo/documentCodec';
import { mapHeaderKey } from '../../store/keys';
import { ensureTable } from '../../store/dynamo/tableSetup';
import { encodeSnapshot } from '../../store/versions/snapshotCodec';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { attachRequestCounter, type RequestCounter } from '../support/requestCounter';
import { itemBytes, transactionalWru, type AttrValue } from './itemSize';
import { median, percentile } from './report';

const WORKSPACE_ID = 'demo';

const MAP_FIELDS = /* GraphQL */ `
  id title description state status revision updatedAt
  scope { objective perimeter segment horizon stakeholders }
  personas { id name jobTitle quote goals frustrations }
  emotionCurve { stageId averageEmotion emotionColor }
  stages {
    id name position description customerGoal averageEmotion emotionColor
    touchpoints {
      id name position channel mode emotionScore emotionColor isMomentOfTruth actions thoughts revision
      painPoints { id description severity evidence }
    }
    kpis { id name type unit current target targetReached history { value measuredAt } }
  }
  improvements(first: 100) {
    edges { node { id title impact effort quadrant priorityScore status owner dueDate touchpointIds } }
    pageInfo { hasNextPage }
  }
`;

const MAP_QUERY = `query Map($id: ID!, $version: Int) { journeyMap(id: $id, version: $version) { ${MAP_FIELDS} } }`;

interface Operation {
  label: string;
  /** What the operation selects, in a few words. */
  selection: string;
  query: string;
  variables(run: number): Record<string, unknown>;
  /** Reads what the next run needs from a response (e.g. the new revision). */
  observe?(data: GraphQLData): void;
  /** What the response held, in a few words. */
  describe?(data: GraphQLData): string;
}

export interface OperationResult {
  label: string;
  selection: string;
  /** What the last response held, in a few words. */
  returned: string | null;
  runs: number;
  /** e.g. "Query 1 + BatchGetItem 1"; a range when runs differed. */
  requests: string;
  requestTotal: string;
  medianMs: number;
  p95Ms: number;
}

export interface LocalCapacity {
  total: number;
  table: number;
  indexes: Record<string, number>;
}

/** Sums ConsumedCapacity entries (one per table) of a response. */
function localCapacity(consumed: unknown): LocalCapacity | null {
  if (!Array.isArray(consumed) || consumed.length === 0) return null;
  const result: LocalCapacity = { total: 0, table: 0, indexes: {} };
  for (const entry of consumed as {
    CapacityUnits?: number;
    Table?: { CapacityUnits?: number };
    GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
  }[]) {
    result.total += entry.CapacityUnits ?? 0;
    result.table += entry.Table?.CapacityUnits ?? 0;
    for (const [name, index] of Object.entries(entry.GlobalSecondaryIndexes ?? {}))
      result.indexes[name] = (result.indexes[name] ?? 0) + (index.CapacityUnits ?? 0);
  }
  return result;
}

export interface PublishCost {
  rawBytes: number;
  compressedBytes: number;
  chunks: number;
  items: { action: string; bytes: number; wru: number }[];
  totalWru: number;
  /** The header is in the Workspace GSI (projection ALL): its index entry is rewritten too. */
  headerIndexBytes: number;
  /** What DynamoDB Local itself reported with ReturnConsumedCapacity, if anything. */
  localConsumedCapacity: LocalCapacity | null;
}

export interface DynamoBenchResult {
  tableName: string;
  seedMs: number;
  demo: {
    stages: number;
    touchpoints: number;
    painPoints: number;
    kpis: number;
    improvements: number;
    personas: number;
  };
  operations: OperationResult[];
  publish: PublishCost;
  order: string[];
}

type GraphQLData = Record<string, unknown>;

interface GraphQLBody {
  data?: GraphQLData | null;
  errors?: { message: string }[];
}

interface DemoMapData {
  journeyMap: {
    personas: unknown[];
    stages: {
      id: string;
      touchpoints: { id: string; revision: number; painPoints: unknown[] }[];
      kpis: { id: string }[];
    }[];
    improvements: { edges: unknown[] };
  };
}

/** Follows a path of object keys in a response; undefined when absent. */
function at(data: unknown, ...path: string[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
const countAt = (data: unknown, ...path: string[]) => {
  const value = at(data, ...path);
  return Array.isArray(value) ? value.length : 0;
};

/** Captures the wire body of TransactWriteItems and asks DynamoDB for its consumed capacity. */
function attachTransactionProbe(dynamo: DynamoConnection) {
  const probe = {
    armed: false,
    body: null as string | null,
    consumed: null as unknown,
  };
  dynamo.client.use(async (call, next) => {
    if (!probe.armed || call.operation !== 'TransactWriteItems') return next(call);
    const input = { ...call.input, ReturnConsumedCapacity: 'INDEXES' };
    // The JSON body, as the client sends it.
    probe.body = JSON.stringify(marshallInput(call.operation, input));
    const output = await next({ ...call, input });
    probe.consumed = (output as { ConsumedCapacity?: unknown }).ConsumedCapacity ?? null;
    return output;
  });
  return probe;
}

function describeRequests(perRun: Record<string, number>[]): { requests: string; total: string } {
  const names = [...new Set(perRun.flatMap((counts) => Object.keys(counts)))];
  const range = (values: number[]) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    return low === high ? String(low) : `${low}–${high}`;
  };
  const requests = names
    .map((name) => `${name} ${range(perRun.map((counts) => counts[name] ?? 0))}`)
    .join(' + ');
  const totals = perRun.map((counts) => Object.values(counts).reduce((a, b) => a + b, 0));
  return { requests: requests || 'none', total: range(totals) };
}

export async function runDynamoBench(options: {
  endpoint: string;
  keys: DevKeyFiles;
  runs: number;
}): Promise<DynamoBenchResult> {
  const { endpoint, keys, runs } = options;
  const tableName = `bench-${randomUUID().slice(0, 8)}`;

  // The table and the demo, through a client of their own (not counted).
  const setup = createDynamo({ tableName, endpoint });
  // Stored bytes are read through the AWS SDK itself, as AttributeValues.
  const rawClient = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(setup);
  const seedStart = performance.now();
  const seeded = await seedDemoWorkspace((retry) => createStores(forUnitOfWork(setup, retry)), {
    workspaceId: WORKSPACE_ID,
  });
  const seedMs = performance.now() - seedStart;
  const mapId = seeded.mapId;

  // The function, as a Lambda container would build it (module scope reads the environment).
  process.env.TABLE_NAME = tableName;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.LOCAL_JWKS_FILE = keys.publicJwksFile;
  process.env.LOCAL_DEV = 'true';
  process.env.STAGE = 'bench'; // not prod: development keys are accepted
  delete process.env.AWS_LAMBDA_FUNCTION_NAME;
  const { runtime } = await import('../../functions/runtime');
  const { handler } = await import('../../functions/graphql');
  const counter: RequestCounter = attachRequestCounter(runtime.dynamo.client);
  const probe = attachTransactionProbe(runtime.dynamo);

  const token = mintDevToken(keys, { workspaceId: WORKSPACE_ID, role: 'EDITOR', userId: 'bench' });
  const lambdaContext = { awsRequestId: 'bench', functionName: 'graphql' } as Context;
  const send = async (query: string, variables: Record<string, unknown>) => {
    const event: APIGatewayProxyEventV2 = apiGatewayEvent({
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = await handler(event, lambdaContext);
    const body = JSON.parse(String(result.body)) as GraphQLBody;
    if (result.statusCode !== 200 || body.errors?.length || !body.data) {
      throw new Error(`GraphQL request failed (${result.statusCode}): ${String(result.body)}`);
    }
    return body.data;
  };

  const demo = (await send(MAP_QUERY, { id: mapId })) as unknown as DemoMapData;
  const stages = demo.journeyMap.stages;
  const touchpoints = stages.flatMap((s) => s.touchpoints);
  const firstTouchpoint = touchpoints[0];
  const lastStage = stages.at(-1);
  if (!firstTouchpoint || !lastStage) throw new Error('the demo map has no touchpoints');
  let touchpointRevision = firstTouchpoint.revision;

  // The snapshot a publication writes, encoded as the version store does.
  const stores = createStores(forUnitOfWork(setup));
  const contents = await stores.maps.read(WORKSPACE_ID, mapId);
  if (!contents) throw new Error('the demo map is missing');
  const personas = await stores.personas.getMany(WORKSPACE_ID, contents.header.personaIds);
  const snapshot = encodeSnapshot({
    contents,
    personas: contents.header.personaIds.flatMap((id) => personas.get(id) ?? []),
  });

  // What the integration operations send: the demo map's own export, and its KPIs.
  const demoDocument = (await send('query($id: ID!) { exportJourneyMap(id: $id) }', { id: mapId }))
    .exportJourneyMap;
  const kpiIds = stages.flatMap((s) => s.kpis.map((k) => k.id));

  const headerKey = mapHeaderKey(WORKSPACE_ID, mapId);
  const readHeaderBytes = async () => {
    const { Item } = await rawClient.send(
      new GetItemCommand({
        TableName: tableName,
        Key: { PK: { S: headerKey.PK }, SK: { S: headerKey.SK } },
        ConsistentRead: true,
      }),
    );
    if (!Item) throw new Error('the demo map header is missing');
    return itemBytes(Item);
  };

  const operations: Operation[] = [
    {
      label: 'whole demo map',
      selection: 'stages, touchpoints, pain points, KPIs, backlog (first: 100), personas',
      query: MAP_QUERY,
      variables: () => ({ id: mapId }),
      describe: (data) =>
        `${countAt(data, 'journeyMap', 'stages')} stages, ` +
        `${countAt(data, 'journeyMap', 'improvements', 'edges')} improvements, ` +
        `${countAt(data, 'journeyMap', 'personas')} persona(s)`,
    },
    {
      label: 'journeyMaps(first: 20)',
      selection: 'id, title, status, state, tags, nextReviewAt, personas { id name }',
      query: `{ journeyMaps(first: 20) { edges { cursor node { id title status state tags nextReviewAt personas { id name } } } pageInfo { hasNextPage endCursor } } }`,
      variables: () => ({}),
      describe: (data) => `${countAt(data, 'journeyMaps', 'edges')} map(s) in the workspace`,
    },
    {
      label: 'improvements(first: 20), workspace',
      selection: 'title, quadrant, score, status, owner, map { id title }',
      query: `{ improvements(first: 20) { edges { cursor node { id title quadrant priorityScore status owner dueDate map { id title } } } pageInfo { hasNextPage endCursor } } }`,
      variables: () => ({}),
      describe: (data) => `${countAt(data, 'improvements', 'edges')} improvements`,
    },
    {
      label: 'improvementMatrix',
      selection: 'four quadrants: id, title, score, status',
      query: `query($id: ID!) { improvementMatrix(mapId: $id) { ${['quickWins', 'strategicProjects', 'fillIns', 'avoid'].map((q) => `${q} { id title priorityScore status }`).join(' ')} } }`,
      variables: () => ({ id: mapId }),
      describe: (data) =>
        `${['quickWins', 'strategicProjects', 'fillIns', 'avoid']
          .map((q) => countAt(data, 'improvementMatrix', q))
          .join(' + ')} improvements`,
    },
    {
      label: 'publishJourneyMapVersion',
      selection: 'the demo map as it was seeded; version { number publishedAt }',
      query: `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number label publishedAt } } }`,
      variables: (run) => ({ i: { mapId, label: `bench ${run}` } }),
      describe: (data) =>
        `published up to version ${String(at(data, 'publishJourneyMapVersion', 'version', 'number'))}`,
    },
    {
      label: 'addTouchpoint',
      selection: 'appended to the last stage; touchpoint { id name revision }',
      query: `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id name revision } } }`,
      variables: (run) => ({
        i: {
          mapId,
          stageId: lastStage.id,
          name: `Bench ${run}`,
          channel: 'EMAIL',
          emotionScore: 1,
        },
      }),
    },
    {
      label: 'updateTouchpoint',
      selection:
        'name and score, expectedRevision = the last one returned; touchpoint { id name emotionScore revision }',
      query: `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id name emotionScore revision } } }`,
      variables: (run) => ({
        i: {
          mapId,
          touchpointId: firstTouchpoint.id,
          expectedRevision: touchpointRevision,
          name: `Recherche (revue ${run})`,
          emotionScore: (run % 5) - 2,
        },
      }),
      observe: (data) => {
        touchpointRevision = Number(at(data, 'updateTouchpoint', 'touchpoint', 'revision'));
      },
    },
    {
      label: 'journeyMap(version: 1)',
      selection: 'the same selection as the whole map, from the snapshot',
      query: MAP_QUERY,
      variables: () => ({ id: mapId, version: 1 }),
    },
    {
      label: 'compareJourneyMapVersions(from: 1)',
      selection: 'v1 vs the draft: summary, touchpoint changes, emotion deltas',
      query: `query($id: ID!) { compareJourneyMapVersions(mapId: $id, from: 1) { from to summary { touchpointsAdded touchpointsRemoved touchpointsChanged painPointsChanged improvementsChanged averageEmotionBefore averageEmotionAfter identical } touchpoints { added { id name } removed { id name } changed { id name changes { field before after } } } emotionDeltas { stageId before after delta } } }`,
      variables: () => ({ id: mapId }),
      describe: (data) => {
        const summary = at(data, 'compareJourneyMapVersions', 'summary');
        return `+${String(at(summary, 'touchpointsAdded'))} ~${String(at(summary, 'touchpointsChanged'))} touchpoints`;
      },
    },
    {
      label: 'exportJourneyMap',
      selection: 'the demo map as one exchange document (JSON)',
      query: `query($id: ID!) { exportJourneyMap(id: $id) }`,
      variables: () => ({ id: mapId }),
      describe: (data) => `${JSON.stringify(at(data, 'exportJourneyMap')).length} bytes of JSON`,
    },
    {
      label: 'exportJourneyMapCsv(TOUCHPOINTS)',
      selection: "the demo map's touchpoints as CSV",
      query: `query($id: ID!) { exportJourneyMapCsv(id: $id, table: TOUCHPOINTS) }`,
      variables: () => ({ id: mapId }),
      describe: (data) =>
        `${String(at(data, 'exportJourneyMapCsv')).split('\r\n').length - 2} rows`,
    },
    {
      label: 'importJourneyMap',
      selection: "the demo map's export, new ids; journeyMap { id }",
      query: `mutation($i: ImportJourneyMapInput!) { importJourneyMap(input: $i) { journeyMap { id } } }`,
      variables: () => ({ i: { document: demoDocument } }),
    },
    {
      label: 'recordKpiMeasurements (100)',
      selection: `100 measurements of the demo's ${kpiIds.length} KPIs, new externalIds; recorded duplicates`,
      query: `mutation($i: RecordKpiMeasurementsInput!) { recordKpiMeasurements(input: $i) { recorded duplicates } }`,
      variables: (run) => ({
        i: {
          mapId,
          measurements: Array.from({ length: 100 }, (_, n) => ({
            kpiId: kpiIds[n % kpiIds.length],
            value: n,
            externalId: `bench-${run}-${n}`,
          })),
        },
      }),
      describe: (data) =>
        `${String(at(data, 'recordKpiMeasurements', 'recorded'))} recorded, ${String(at(data, 'recordKpiMeasurements', 'duplicates'))} duplicates`,
    },
  ];

  const results: OperationResult[] = [];
  let publish: Omit<PublishCost, 'rawBytes' | 'compressedBytes' | 'chunks'> | null = null;
  for (const operation of operations) {
    const isPublish = operation.label === 'publishJourneyMapVersion';
    // Warm-up: Apollo's document cache, the JIT, the HTTP connection.
    // (Not `observe?.(await send(…))`: optional chaining would skip the call's arguments too.)
    const warm = await send(operation.query, operation.variables(0));
    operation.observe?.(warm);
    let last: GraphQLData = {};
    const latencies: number[] = [];
    const requests: Record<string, number>[] = [];
    for (let run = 1; run <= runs; run++) {
      const probeThisRun = isPublish && run === 1;
      const headerBefore = probeThisRun ? await readHeaderBytes() : 0;
      probe.armed = probeThisRun;
      counter.reset();
      const started = performance.now();
      last = await send(operation.query, operation.variables(run));
      latencies.push(performance.now() - started);
      operation.observe?.(last);
      requests.push(counter.byCommand());
      probe.armed = false;
      if (probeThisRun) {
        publish = transactionCost(probe.body, Math.max(headerBefore, await readHeaderBytes()));
        publish.localConsumedCapacity = localCapacity(probe.consumed);
      }
    }
    const { requests: described, total } = describeRequests(requests);
    results.push({
      label: operation.label,
      selection: operation.selection,
      returned: operation.describe?.(last) ?? null,
      runs,
      requests: described,
      requestTotal: total,
      medianMs: median(latencies),
      p95Ms: percentile(latencies, 95),
    });
  }
  if (!publish) throw new Error('the publication was not captured');
  runtime.dynamo.client.destroy();
  setup.client.destroy();
  rawClient.destroy();

  return {
    tableName,
    seedMs,
    demo: {
      stages: stages.length,
      touchpoints: touchpoints.length,
      painPoints: touchpoints.reduce((sum, t) => sum + t.painPoints.length, 0),
      kpis: stages.reduce((sum, s) => sum + s.kpis.length, 0),
      improvements: demo.journeyMap.improvements.edges.length,
      personas: demo.journeyMap.personas.length,
    },
    operations: results,
    publish: {
      ...publish,
      rawBytes: snapshot.rawBytes,
      compressedBytes: snapshot.compressedBytes,
      chunks: snapshot.chunks.length,
    },
    order: operations.map((o) => o.label),
  };
}

interface WireTransactItem {
  Put?: { Item: Record<string, AttrValue> };
  Update?: { Key: Record<string, AttrValue> };
  Delete?: { Key: Record<string, AttrValue> };
  ConditionCheck?: { Key: Record<string, AttrValue> };
}

/**
 * Write request units of a TransactWriteItems, from its wire body: each Put
 * by the size of its item; the Update of the map header by the stored item
 * (the larger of before and after, read with GetItem around the request).
 */
function transactionCost(
  body: string | null,
  headerBytes: number,
): Omit<PublishCost, 'rawBytes' | 'compressedBytes' | 'chunks'> {
  if (!body) throw new Error('no TransactWriteItems was sent by the publication');
  const { TransactItems } = JSON.parse(body) as { TransactItems: WireTransactItem[] };
  const items = TransactItems.map((item) => {
    if (item.Put) {
      const sk = item.Put.Item.SK?.S ?? '';
      const kind = sk.startsWith('VM#')
        ? 'Put version list entry (VM#)'
        : sk.endsWith('#META')
          ? 'Put version description (V#…#META)'
          : sk.startsWith('V#')
            ? 'Put snapshot chunk (V#…#<token>#i)'
            : sk.startsWith('H#')
              ? 'Put history entry (H#)'
              : `Put ${sk}`;
      const bytes = itemBytes(item.Put.Item);
      return { action: kind, bytes, wru: transactionalWru(bytes) };
    }
    if (item.Update) {
      return {
        action: 'Update map header (C#!MAP)',
        bytes: headerBytes,
        wru: transactionalWru(headerBytes),
      };
    }
    const key = item.Delete?.Key ?? item.ConditionCheck?.Key ?? {};
    const bytes = itemBytes(key);
    return {
      action: item.Delete ? 'Delete' : 'ConditionCheck',
      bytes,
      wru: transactionalWru(bytes),
    };
  });
  return {
    items,
    totalWru: items.reduce((sum, i) => sum + i.wru, 0),
    headerIndexBytes: headerBytes,
    localConsumedCapacity: null,
  };
}
