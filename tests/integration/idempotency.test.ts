/**
 * The Idempotency-Key header through the real handler: a replay answers the
 * first response and writes nothing; another request with the key is
 * CONFLICT; concurrent requests with one key make one write; a request that
 * wrote nothing frees its key; keys are per caller and expire after 24 h
 * (DynamoDB TTL); the key is marked in the change's own transaction.
 */
import { GetCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import { addStage } from '../../domain/stages/addStage';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { DomainError } from '../../domain/shared/errors';
import { systemClock } from '../../domain/context/clock';
import { DescribeTimeToLiveCommand } from '../../store/dynamo/commands';
import { forUnitOfWork } from '../../store/dynamo/dynamoClient';
import { DynamoIdempotencyStore } from '../../store/idempotency/dynamoIdempotencyStore';
import { idempotencyKey } from '../../store/keys';
import { createMap, readMap } from '../support/fixtures';
import { bearerHeader, postGraphQL, type RawResponse } from '../support/rawRequest';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let mapId: string;
let stageId: string;

const ADD = /* GraphQL */ `
  mutation Add($input: AddTouchpointInput!) {
    addTouchpoint(input: $input) {
      touchpoint {
        id
        name
        revision
      }
      journeyMap {
        revision
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  const map = await createMap(editor, { template: 'FIVE_STAGES' });
  mapId = map.id;
  stageId = map.stages[0].id;
});

function send(
  key: string | null,
  body: { query: string; variables?: Record<string, unknown> } | string,
  caller: Caller = editor,
): Promise<RawResponse> {
  return postGraphQL(
    api,
    { ...bearerHeader(caller.token), ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body,
  );
}

const addTouchpoint = (key: string | null, name: string) =>
  send(key, { query: ADD, variables: { input: { mapId, stageId, name, channel: 'EMAIL' } } });

/** The map's history entries and its touchpoints named `name`. */
async function effects(name: string) {
  const data = await editor.ok(
    `query H($id: ID!) { journeyMap(id: $id) { history(first: 100) { edges { node { id } } } stages { touchpoints { name } } } }`,
    { id: mapId },
  );
  return {
    history: data.journeyMap.history.edges.length as number,
    named: data.journeyMap.stages
      .flatMap((s: { touchpoints: { name: string }[] }) => s.touchpoints)
      .filter((t: { name: string }) => t.name === name).length as number,
  };
}

/** The stored record of a caller's key. */
async function record(caller: Caller, key: string) {
  const hash = createHash('sha256')
    .update(`USER#user-${caller.role.toLowerCase()}\n${key}`)
    .digest('base64url');
  const { Item } = await api.raw.send(
    new GetCommand({
      TableName: api.runtime.dynamo.tableName,
      Key: idempotencyKey(caller.workspaceId, hash),
    }),
  );
  return Item;
}

describe('A replay with the same Idempotency-Key', () => {
  it('answers the first response, says so, and writes nothing again', async () => {
    const before = await effects('Relance panier');
    const first = await addTouchpoint('replay-1', 'Relance panier');
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    api.requests.reset();
    const second = await addTouchpoint('replay-1', 'Relance panier');
    expect(api.requests.byCommand()).toEqual({ PutItem: 1 });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers['content-type']).toBe(first.headers['content-type']);

    const after = await effects('Relance panier');
    expect(after).toEqual({ history: before.history + 1, named: 1 });
  });

  it('costs one claim, the change with its key in one transaction, and one completion', async () => {
    api.requests.reset();
    const answer = await send('budget-1', {
      query: 'mutation U($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }',
      variables: { i: { mapId, stageId, customerGoal: 'Comprendre l’offre' } },
    });
    expect(answer.body.errors).toBeUndefined();
    // Claim (PutItem), the change with the key's mark (TransactWriteItems), the response (UpdateItem).
    expect(api.requests.commands).toEqual(['PutItem', 'TransactWriteItems', 'UpdateItem']);
    expect(await record(editor, 'budget-1')).toMatchObject({
      state: 'COMPLETED',
      responseStatus: 200,
    });
  });

  it('matches the same request in another formatting and variable order', async () => {
    const variables = { input: { mapId, stageId, name: 'Formaté', channel: 'SMS' } };
    const first = await send('format-1', { query: ADD, variables });
    const reordered = {
      variables: { input: { channel: 'SMS', name: 'Formaté', stageId, mapId } },
      query: `# the same mutation\n${ADD.replace(/\s+/g, '  ')}`,
    };
    const second = await send('format-1', reordered);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.text).toBe(first.text);
    expect((await effects('Formaté')).named).toBe(1);
  });
});

describe('Another request with a used Idempotency-Key', () => {
  it('is CONFLICT (HTTP 422) and writes nothing', async () => {
    await addTouchpoint('reuse-1', 'Premier');
    const other = await addTouchpoint('reuse-1', 'Second');
    expect(other.status).toBe(422);
    expect(other.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      idempotency: 'KEY_REUSED',
    });
    expect((await effects('Second')).named).toBe(0);
  });

  it('is kept apart per caller: another user may use the same key', async () => {
    const colleague = api.caller('EDITOR', editor.workspaceId, 'user-colleague');
    await addTouchpoint('shared-key', 'Par Marie');
    const theirs = await send(
      'shared-key',
      {
        query: ADD,
        variables: { input: { mapId, stageId, name: 'Par Youssef', channel: 'EMAIL' } },
      },
      colleague,
    );
    expect(theirs.body.errors).toBeUndefined();
    expect((await effects('Par Youssef')).named).toBe(1);
  });
});

describe('Concurrent requests with one Idempotency-Key', () => {
  it('make exactly one write: the others answer CONFLICT while it runs, then its response', async () => {
    const before = await effects('Concurrent');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => addTouchpoint('concurrent-1', 'Concurrent')),
    );
    const after = await effects('Concurrent');
    expect(after).toEqual({ history: before.history + 1, named: 1 });

    const ran = answers.filter(
      (a) => a.status === 200 && a.headers['idempotent-replayed'] === undefined,
    );
    expect(ran).toHaveLength(1);
    for (const answer of answers.filter((a) => !ran.includes(a))) {
      if (answer.status === 200) expect(answer.text).toBe(ran[0]!.text);
      else {
        expect(answer.status).toBe(409);
        expect(answer.headers['retry-after']).toBe('1');
        expect(answer.body.errors[0].extensions).toMatchObject({
          code: 'CONFLICT',
          idempotency: 'IN_FLIGHT',
          retryable: true,
        });
      }
    }
    const retried = await addTouchpoint('concurrent-1', 'Concurrent');
    expect(retried.text).toBe(ran[0]!.text);
  });
});

describe('A request that wrote nothing', () => {
  it('frees its key, so that the same request runs again', async () => {
    const invalid = {
      query: ADD,
      variables: { input: { mapId, stageId, name: 'Trop ému', channel: 'EMAIL', emotionScore: 7 } },
    };
    const first = await send('invalid-1', invalid);
    expect(first.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await record(editor, 'invalid-1')).toBeUndefined();
    api.requests.reset();
    const second = await send('invalid-1', invalid);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(api.requests.byCommand()).toEqual({ PutItem: 1, DeleteItem: 1 });
  });
});

describe('Idempotency-Key records', () => {
  it('expire after 24 hours by DynamoDB TTL, and an expired one counts as absent', async () => {
    const { TimeToLiveDescription } = await api.runtime.dynamo.client.send(
      new DescribeTimeToLiveCommand({ TableName: api.runtime.dynamo.tableName }),
    );
    expect(TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'ttl',
    });

    await addTouchpoint('ttl-1', 'Expirant');
    const stored = await record(editor, 'ttl-1');
    const expected = Math.floor(Date.now() / 1000) + 24 * 3600;
    expect(Math.abs(Number(stored?.ttl) - expected)).toBeLessThan(10);

    // Note: DynamoDB deletes expired items within a day or two; until then they must not count.
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: { PK: stored?.PK, SK: stored?.SK },
        UpdateExpression: 'SET #ttl = :past',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    const again = await addTouchpoint('ttl-1', 'Expirant');
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect((await effects('Expirant')).named).toBe(2);
  });

  it('answers that a change was applied when its response was lost in a crash', async () => {
    await addTouchpoint('crash-1', 'Avant la panne');
    const stored = await record(editor, 'crash-1');
    // As a function that died after its commit and before keeping the response leaves it.
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: { PK: stored?.PK, SK: stored?.SK },
        UpdateExpression: 'SET #s = :committed, leaseUntil = :past REMOVE responseBody',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: {
          ':committed': 'COMMITTED',
          ':past': new Date(Date.now() - 1000).toISOString(),
        },
      }),
    );
    const replay = await addTouchpoint('crash-1', 'Avant la panne');
    expect(replay.status).toBe(409);
    expect(replay.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      idempotency: 'APPLIED_RESPONSE_NOT_KEPT',
    });
    expect((await effects('Avant la panne')).named).toBe(1);
  });

  it('never keep a response that holds a secret (createApiKey)', async () => {
    const owner = api.caller('OWNER');
    const CREATE = {
      query:
        'mutation K { createApiKey(input: { name: "Sync", role: "VIEWER" }) { secret apiKey { id } } }'.replace(
          '"VIEWER"',
          'VIEWER',
        ),
    };
    const first = await send('key-1', CREATE, owner);
    const secret = first.body.data.createApiKey.secret as string;
    const replay = await send('key-1', CREATE, owner);
    expect(replay.status).toBe(409);
    expect(replay.body.errors[0].extensions.idempotency).toBe('APPLIED_RESPONSE_NOT_KEPT');
    const { Items } = await api.raw.send(
      new ScanCommand({ TableName: api.runtime.dynamo.tableName }),
    );
    expect(JSON.stringify(Items)).not.toContain(secret.split('.')[3]);
    expect((await owner.ok('query C { apiKeys { totalCount } }')).apiKeys.totalCount).toBe(1);
  });

  it('let a query, or a request without the header, through untouched', async () => {
    api.requests.reset();
    const read = await send('read-1', { query: 'query Me { viewer { role } }' });
    expect(read.body.data.viewer.role).toBe('EDITOR');
    expect(api.requests.byCommand()).toEqual({});
  });

  it('refuses a key that is not 1-255 printable ASCII characters', async () => {
    for (const key of ['', 'x'.repeat(256), 'clé-accentuée']) {
      const answer = await addTouchpoint(key, 'Refusé');
      expect({ key, status: answer.status, code: answer.body.errors[0].extensions.code }).toEqual({
        key,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
  });
});

describe('The key in the change’s transaction', () => {
  it('cancels the change of a request whose key another request took over', async () => {
    const retry = new RetryBudget();
    const dynamo = forUnitOfWork(api.runtime.dynamo, retry);
    const claim = await new DynamoIdempotencyStore(dynamo).claim(
      { workspaceId: editor.workspaceId, caller: 'USER#user-editor', key: 'taken-over' },
      'fingerprint',
      new Date(),
    );
    if (claim.kind !== 'started') throw new Error(`claimed: ${claim.kind}`);
    // Another request takes the key over (as after this one's lease ran out).
    const { Items } = await api.raw.send(
      new ScanCommand({
        TableName: api.runtime.dynamo.tableName,
        FilterExpression: 'idempotencyKey = :k',
        ExpressionAttributeValues: { ':k': 'taken-over' },
      }),
    );
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: { PK: Items?.[0]?.PK, SK: Items?.[0]?.SK },
        UpdateExpression: 'SET leaseToken = :other',
        ExpressionAttributeValues: { ':other': 'another-request' },
      }),
    );
    const before = (await readMap(editor, mapId)).stages.length;
    const attempt = addStage(
      {
        viewer: {
          userId: 'user-editor',
          workspaceId: editor.workspaceId,
          role: 'EDITOR',
          kind: 'USER',
        },
        stores: api.runtime.storesFor(retry, claim.lease.marker),
        clock: systemClock,
        retry,
      },
      { mapId, name: 'Jamais écrite' },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect(claim.lease.committed).toBe(false);
    expect((await readMap(editor, mapId)).stages.length).toBe(before);
  });
});
