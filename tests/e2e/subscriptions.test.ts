/**
 * Live updates as a front-end gets them: the real `graphql-ws` client
 * (createClient) on the WebSocket that `npm start` serves (serverless-offline
 * running the webSocket function), fed by DynamoDB Local's stream through
 * the stream function; changes made over HTTP by another client.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { mintDevToken } from '../../functions/auth/localDevKeys';
import { devKeyFiles } from '../../functions/auth/localDevKeys';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import { DynamoConnectionStore } from '../../store/webSocket/dynamoConnectionStore';
import {
  createDynamo,
  forUnitOfWork,
  type DynamoConnection,
} from '../../store/dynamo/dynamoClient';
import type { Json } from '../support/testApi';

let stack: LocalStack;
let dataDir: string;
let dynamo: DynamoConnection;
const clients: Client[] = [];

const WATCH = /* GraphQL */ `
  subscription Watch($id: ID!) {
    journeyMapChanged(id: $id) {
      mapId
      revision
      operation
      entity
      entityId
      actor {
        kind
        id
      }
      at
      changes {
        entity
        entityId
        change
        fields
      }
    }
  }
`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-ws-'));
  const tableName = `e2e-ws-${randomUUID()}`;
  stack = await startLocalStack({
    dataDir,
    port: 0,
    websocketPort: 0,
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName,
    role: 'EDITOR',
  });
  dynamo = createDynamo({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT! });
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  dynamo?.client.destroy();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

/** A graphql-ws client of the local WebSocket, with these credentials in connection_init. */
function client(authorization: string | null, events?: { message?: (m: Json) => void }): Client {
  const created = createClient({
    url: stack.webSocketUrl,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { Authorization: authorization } : {},
    retryAttempts: 0,
    on: events?.message ? { message: events.message } : {},
  });
  clients.push(created);
  return created;
}

/** What a subscription received, and a way to wait for it. */
function watch(c: Client, mapId: string) {
  const received: FormattedExecutionResult<Json, unknown>[] = [];
  const errors: unknown[] = [];
  let notify: () => void = () => undefined;
  const dispose = c.subscribe<Json>(
    { query: WATCH, variables: { id: mapId } },
    {
      next: (value) => {
        received.push(value);
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
      },
      complete: () => notify(),
    },
  );
  const until = (done: () => boolean, ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (done()) {
        resolve();
        return;
      }
      const timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms);
      notify = () => {
        if (done()) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
  return { received, errors, dispose, until };
}

/** Waits until the map has `count` stored subscriptions (a subscribe is not acknowledged by the protocol). */
async function subscriptions(workspaceId: string, mapId: string, count: number) {
  const store = new DynamoConnectionStore(forUnitOfWork(dynamo));
  for (let i = 0; i < 100; i++) {
    if ((await store.watchers(workspaceId, mapId)).length >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the subscription was not stored');
}

async function post(token: string, query: string, variables: object) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Json;
}

const token = (workspaceId: string, role: 'VIEWER' | 'EDITOR' = 'VIEWER') =>
  mintDevToken(devKeyFiles(dataDir), { workspaceId, role, userId: `ws-${role.toLowerCase()}` });

describe('journeyMapChanged over WebSocket (graphql-transport-ws)', () => {
  it('pushes a touchpoint updated over HTTP to the subscriber within 2 s', async () => {
    const viewer = client(`Bearer ${token('demo')}`);
    const subscription = watch(viewer, stack.mapId);
    await subscriptions('demo', stack.mapId, 1);

    const map = await post(
      stack.token,
      `query($id: ID!) { journeyMap(id: $id) { stages { touchpoints { id } } } }`,
      {
        id: stack.mapId,
      },
    );
    const touchpointId = map.data.journeyMap.stages[0].touchpoints[0].id as string;
    const sent = performance.now();
    const updated = await post(
      stack.token,
      `mutation($input: UpdateTouchpointInput!) { updateTouchpoint(input: $input) { touchpoint { id } } }`,
      { input: { mapId: stack.mapId, touchpointId, emotionScore: 2 } },
    );
    const answered = performance.now();
    expect(updated.errors).toBeUndefined();
    await subscription.until(() => subscription.received.length > 0, 2_000);
    const received = performance.now();
    console.log(
      `push latency: ${Math.round(received - sent)} ms from the mutation sent, ${Math.round(received - answered)} ms from its answer`,
    );

    expect(subscription.errors).toEqual([]);
    expect(subscription.received).toEqual([
      {
        data: {
          journeyMapChanged: {
            mapId: stack.mapId,
            revision: expect.any(Number),
            operation: 'updateTouchpoint',
            entity: 'Touchpoint',
            entityId: touchpointId,
            actor: { kind: 'USER', id: 'local-editor' },
            at: expect.any(String),
            changes: [
              {
                entity: 'Touchpoint',
                entityId: touchpointId,
                change: 'UPDATED',
                fields: ['emotionScore'],
              },
            ],
          },
        },
      },
    ]);

    // Two changes in a row arrive in revision order.
    for (const emotionScore of [1, 0]) {
      await post(
        stack.token,
        `mutation($input: UpdateTouchpointInput!) { updateTouchpoint(input: $input) { touchpoint { id } } }`,
        { input: { mapId: stack.mapId, touchpointId, emotionScore } },
      );
    }
    await subscription.until(() => subscription.received.length === 3, 4_000);
    const revisions = subscription.received.map(
      (r) => r.data!.journeyMapChanged.revision as number,
    );
    expect(revisions).toEqual([revisions[0]!, revisions[0]! + 1, revisions[0]! + 2]);
    subscription.dispose();
  }, 30_000);

  it('answers NOT_FOUND to a client of another workspace, and pushes it nothing', async () => {
    const stranger = client(`Bearer ${token('other-workspace')}`);
    const subscription = watch(stranger, stack.mapId);
    await subscription.until(() => subscription.errors.length > 0, 5_000);
    expect(subscription.errors).toEqual([
      [expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })],
    ]);
    await post(
      stack.token,
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { id } } }`,
      { input: { id: stack.mapId, tags: ['atelier'] } },
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(subscription.received).toEqual([]);
  }, 30_000);

  it('refuses a connection_init without valid credentials: the client stops with an error', async () => {
    for (const authorization of [null, 'Bearer not-a-token']) {
      const messages: Json[] = [];
      const refused = client(authorization, { message: (m) => messages.push(m) });
      const subscription = watch(refused, stack.mapId);
      await subscription.until(() => subscription.errors.length > 0, 5_000);
      expect(subscription.received).toEqual([]);
      expect(String(subscription.errors[0])).toContain('First message cannot be of type error');
      expect(messages).toEqual([
        {
          type: 'error',
          id: 'connection_init',
          payload: [
            expect.objectContaining({
              extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
            }),
          ],
        },
      ]);
    }
  }, 30_000);

  it('rejects a query over WebSocket and a subscription that does not validate, with their errors', async () => {
    const viewer = client(`Bearer ${token('demo')}`);
    const results: Json[] = [];
    await new Promise<void>((resolve) => {
      viewer.subscribe(
        { query: '{ viewer { role } }' },
        {
          next: () => undefined,
          error: (e) => {
            results.push(e);
            resolve();
          },
          complete: resolve,
        },
      );
    });
    await new Promise<void>((resolve) => {
      viewer.subscribe(
        { query: 'subscription Bad { journeyMapChanged(id: "x") { nope } }' },
        {
          next: () => undefined,
          error: (e) => {
            results.push(e);
            resolve();
          },
          complete: resolve,
        },
      );
    });
    expect(results.map((errors: Json[]) => errors[0].extensions.code)).toEqual([
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  }, 30_000);

  it('stops pushing once the client completes the subscription', async () => {
    const viewer = client(`Bearer ${token('demo')}`);
    const subscription = watch(viewer, stack.mapId);
    await subscriptions('demo', stack.mapId, 1);
    subscription.dispose();
    const store = new DynamoConnectionStore(forUnitOfWork(dynamo));
    for (let i = 0; i < 100 && (await store.watchers('demo', stack.mapId)).length > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await store.watchers('demo', stack.mapId)).toEqual([]);
  }, 30_000);
});
