/**
 * The integrators' path over real HTTP, as `npm start` serves it: the
 * contract's `npm run --silent token -- … --api-key` prints a key, and the
 * example integration (examples/integration.ts) runs with it against
 * serverless-offline: a KPI feed sent, replayed and resent, a touchpoint
 * added and a version published, each once, in the name of the key.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import { localStackGraphQL } from '../support/localStackGraphQL';
import type { Json } from '../support/testApi';

const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-example-'));
  stack = await startLocalStack({
    dataDir,
    port: 0,
    // Note: a free WebSocket port too: another file's stack may hold 4001 at the same time.
    websocketPort: 0,
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: `example-${randomUUID()}`,
    role: 'OWNER',
  });
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

const asOwner = (query: string, variables?: Record<string, unknown>) =>
  localStackGraphQL(stack, query, variables);

describe('The example integration', () => {
  it('runs with a key from npm run token -- --api-key, and writes each change once', async () => {
    const env = {
      ...process.env,
      DYNAMODB_ENDPOINT: stack.dynamodbEndpoint,
      TABLE_NAME: stack.tableName,
    };
    const token = await run(
      'npm',
      ['run', '--silent', 'token', '--', '--workspace', 'demo', '--role', 'EDITOR', '--api-key'],
      { cwd: ROOT, env },
    );
    const key = token.stdout.trim().split('\n').at(-1) ?? '';
    expect(key).toMatch(/^jmk\.demo\.[0-9A-Z]{26}\.[A-Za-z0-9_-]{43}$/);

    const before = await asOwner(
      'query H($id: ID!) { journeyMap(id: $id) { versions { number } stages { touchpoints { id } } } }',
      { id: stack.mapId },
    );
    const example = await run(
      process.execPath,
      [require.resolve('tsx/cli'), join(ROOT, 'examples', 'integration.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          API_URL: stack.url,
          API_KEY: key,
          MAP_ID: stack.mapId,
          WEEK: '2025-W12',
        },
      },
    );
    const summary = JSON.parse(example.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(summary).toMatchObject({
      workspaceId: 'demo',
      role: 'EDITOR',
      replay: { replayed: true },
      resend: { recorded: 0 },
      touchpoint: { name: 'Enquête de satisfaction 2025-W12' },
      version: { label: 'Synchro 2025-W12' },
    });
    expect(summary.feed.recorded).toBe(summary.feed.sent);
    expect(summary.replay.recorded).toBe(summary.feed.sent);
    expect(summary.resend.duplicates).toBe(summary.feed.sent);

    const after = await asOwner(
      `query H($id: ID!) {
        journeyMap(id: $id) {
          versions { number }
          stages { touchpoints { id } }
          history(first: 5) { edges { node { operation actor { kind id } } } }
        }
      }`,
      { id: stack.mapId },
    );
    const count = (map: Json) => map.stages.flatMap((s: Json) => s.touchpoints).length;
    expect(count(after.journeyMap)).toBe(count(before.journeyMap) + 1);
    expect(after.journeyMap.versions).toHaveLength(before.journeyMap.versions.length + 1);
    const keyId = key.split('.')[2];
    expect(after.journeyMap.history.edges.slice(0, 3).map((e: Json) => e.node)).toEqual([
      { operation: 'publishJourneyMapVersion', actor: { kind: 'API_KEY', id: keyId } },
      { operation: 'addTouchpoint', actor: { kind: 'API_KEY', id: keyId } },
      { operation: 'recordKpiMeasurements', actor: { kind: 'API_KEY', id: keyId } },
    ]);
  }, 120_000);
});
