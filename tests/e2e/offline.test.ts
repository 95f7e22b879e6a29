/**
 * The API over real HTTP, as `npm start` serves it: serverless-offline
 * running the bundles that `serverless package` ships, behind the launcher's
 * front server, against the run's DynamoDB Local (a fresh table), with the
 * demo workspace seeded.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import type { Json } from '../support/testApi';

let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-e2e-'));
  stack = await startLocalStack({
    dataDir,
    port: 0,
    // Note: a free WebSocket port too: another file's stack may hold 4001 at the same time.
    websocketPort: 0,
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: `e2e-${randomUUID()}`,
    role: 'EDITOR',
  });
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

async function post(body: object, token: string | null = stack.token) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('serverless-offline: the API over HTTP', () => {
  it('serves the seeded demo map to a token of its workspace', async () => {
    const { status, body } = await post({
      query: 'query($id: ID!) { viewer { workspaceId role } journeyMap(id: $id) { id title } }',
      variables: { id: stack.mapId },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer).toEqual({ workspaceId: 'demo', role: 'EDITOR' });
    expect(body.data.journeyMap.id).toBe(stack.mapId);
  });

  it('creates a persona and reads it back', async () => {
    const created = await post({
      query: 'mutation { createPersona(input: { name: "Marie" }) { persona { id name } } }',
    });
    const id = created.body.data.createPersona.persona.id as string;
    const read = await post({
      query: 'query($id: ID!) { persona(id: $id) { name } }',
      variables: { id },
    });
    expect(read.body.data.persona).toEqual({ name: 'Marie' });
  });

  it('answers 401 UNAUTHENTICATED without a token', async () => {
    const { status, body } = await post({ query: '{ viewer { role } }' }, null);
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers GET /health with 200', async () => {
    const response = await fetch(`${stack.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the offline explorer on GET /graphql to a browser, with the token preset', async () => {
    const response = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain(`Bearer ${stack.token}`);
    const script = /<script src="([^"]+)"/.exec(html)?.[1];
    expect((await fetch(`${stack.baseUrl}${script}`)).status).toBe(200);
  });

  it('serves Apollo Sandbox at /sandbox, with the token preset', async () => {
    const response = await fetch(`${stack.baseUrl}/sandbox`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain(`Bearer ${stack.token}`);
  });
});
