/**
 * One retry budget per request (domain/shared/retryBudget.ts): whatever keeps
 * failing, a request sends each write at most 1 + maxRetries times, then
 * answers — CONFLICT for writers that keep racing it, SERVICE_UNAVAILABLE
 * (retryable) for a database that keeps throttling — and nothing is written.
 */
import { DynamoServiceError } from '../../store/dynamo/dynamoServiceError';
import { RETRY_POLICY } from '../../domain/shared/retryBudget';
import { addStage, addTouchpoint, codes, createMap, readMap } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let map: Json;
let touchpoint: Json;
let fault: ((command: string) => Error | null) | null = null;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  map = await createMap(editor);
  const stage = await addStage(editor, map.id, 'Découverte');
  touchpoint = {
    ...(await addTouchpoint(editor, map.id, stage.id, 'Site web')),
    stageId: stage.id,
  };
  // After the request counter (initialize step): every attempt is counted, then fails.
  api.runtime.dynamo.client.use((call, next) => {
    const error = fault?.(call.operation);
    return error ? Promise.reject(error) : next(call);
  });
});

afterEach(() => {
  fault = null;
});

const conflict = () =>
  new DynamoServiceError(
    'TransactionCanceledException',
    'Transaction cancelled',
    { httpStatusCode: 400 },
    { CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] },
  );

const throttled = () =>
  new DynamoServiceError(
    'ProvisionedThroughputExceededException',
    'Throughput exceeds the current capacity',
    { httpStatusCode: 400 },
  );

const rename = (name: string) =>
  editor.send(
    `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id name } } }`,
    { i: { mapId: map.id, touchpointId: touchpoint.id, name } },
  );

describe('One retry budget per request', () => {
  it(`sends a write that keeps losing races ${1 + RETRY_POLICY.maxRetries} times at most, then answers CONFLICT`, async () => {
    fault = (command) => (command === 'TransactWriteItems' ? conflict() : null);
    api.requests.reset();
    const started = Date.now();
    const result = await rename('Renommé');
    expect(codes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.message).toMatch(/retry/);
    expect(api.requests.byCommand()).toEqual({ TransactWriteItems: 1 + RETRY_POLICY.maxRetries });
    expect(Date.now() - started).toBeLessThan(RETRY_POLICY.budgetMs);
    fault = null;
    expect((await readMap(editor, map.id)).stages[0].touchpoints[0].name).toBe('Site web');
  });

  it('redoes a read-then-write from a fresh read while the map keeps changing, within the same budget', async () => {
    // The header's condition fails as if another write had moved the map on since the read.
    const mapMovedOn = () =>
      new DynamoServiceError(
        'TransactionCanceledException',
        'Transaction cancelled',
        { httpStatusCode: 400 },
        {
          CancellationReasons: [
            {
              Code: 'ConditionalCheckFailed',
              Item: { revision: { N: '1' }, changeSeq: { N: '99' } },
            },
          ],
        },
      );
    fault = (command) => (command === 'TransactWriteItems' ? mapMovedOn() : null);
    api.requests.reset();
    const result = await editor.send(
      `mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        i: { mapId: map.id, touchpointId: touchpoint.id, stageId: touchpoint.stageId, position: 0 },
      },
    );
    expect(codes(result)).toEqual(['CONFLICT']);
    const attempts = 1 + RETRY_POLICY.maxRetries;
    expect(api.requests.byCommand()).toEqual({ Query: attempts, TransactWriteItems: attempts });
  });

  it('answers SERVICE_UNAVAILABLE, retryable, when DynamoDB keeps throttling', async () => {
    fault = () => throttled();
    api.requests.reset();
    const result = await rename('Encore');
    expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.errors?.[0]?.extensions?.retryable).toBe(true);
    expect(api.requests.commands).toHaveLength(1 + RETRY_POLICY.maxRetries);
    fault = null;
    expect((await readMap(editor, map.id)).stages[0].touchpoints[0].name).toBe('Site web');
  });

  it('lets a write land when the database recovers within the budget', async () => {
    let failures = 3;
    fault = (command) => (command === 'TransactWriteItems' && failures-- > 0 ? throttled() : null);
    api.requests.reset();
    const result = await rename('Après la tempête');
    expect(codes(result)).toEqual([]);
    expect(api.requests.byCommand()).toEqual({ TransactWriteItems: 4 });
    expect((await readMap(editor, map.id)).stages[0].touchpoints[0].name).toBe('Après la tempête');
  });
});
