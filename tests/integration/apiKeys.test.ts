/**
 * API keys through the real handler: created by an OWNER (the secret shown
 * once, only a hash stored), used as `Authorization: ApiKey <key>`, listed,
 * revoked (the next request is refused), expired; a key's role and
 * workspace are all it can use, and checking it costs one GetItem.
 */
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { apiKeyKey } from '../../store/keys';
import { createMap } from '../support/fixtures';
import { apiKeyHeader, postGraphQL } from '../support/rawRequest';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let owner: Caller;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        role
        status
        createdAt
        createdBy {
          kind
          id
        }
        lastUsedAt
        expiresAt
        revokedAt
      }
    }
  }
`;
const VIEWER = 'query Me { viewer { userId workspaceId role } }';

async function createKey(caller: Caller, input: Record<string, unknown>) {
  return (await caller.ok(CREATE, { input })).createApiKey;
}

const withKey = (key: string, query: string, variables?: Record<string, unknown>) =>
  postGraphQL(api, apiKeyHeader(key), { query, ...(variables ? { variables } : {}) });

/** Every item of the table, as stored. */
async function scanTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await api.raw.send(
      new ScanCommand({ TableName: api.runtime.dynamo.tableName, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

beforeAll(async () => {
  api = await startTestApi();
  owner = api.caller('OWNER');
});

describe('Creating an API key', () => {
  it('answers the key once, with its public prefix; only a hash of it is stored', async () => {
    const { secret, apiKey } = await createKey(owner, { name: 'Zendesk CSAT', role: 'EDITOR' });
    expect(secret).toMatch(/^jmk\.ws-[0-9a-f]{8}\.[0-9A-Z]{26}\.[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}.`)).toBe(true);
    expect(apiKey).toMatchObject({
      name: 'Zendesk CSAT',
      prefix: `jmk.${owner.workspaceId}.${apiKey.id}`,
      role: 'EDITOR',
      status: 'ACTIVE',
      createdBy: { kind: 'USER', id: 'user-owner' },
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });

    const listed = await owner.ok(
      'query Keys { apiKeys { totalCount edges { node { id name prefix role status } } } }',
    );
    expect(listed.apiKeys.totalCount).toBe(1);
    expect(JSON.stringify(listed)).not.toContain(secret.split('.')[3]);

    const items = await scanTable();
    const raw = JSON.stringify(items);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(secret.split('.')[3]);
    const stored = items.find((i) => i.SK === apiKeyKey(owner.workspaceId, apiKey.id).SK);
    expect(stored?.secretHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an expiry in the past, an API key as creator, and any role below OWNER', async () => {
    const past = await owner.send(CREATE, {
      input: { name: 'Old', role: 'VIEWER', expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['input', 'expiresAt']);

    const { secret } = await createKey(owner, { name: 'Automation', role: 'OWNER' });
    const byKey = await withKey(secret, CREATE, { input: { name: 'Child', role: 'OWNER' } });
    expect(byKey.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const editor = api.caller('EDITOR', owner.workspaceId);
    for (const query of [
      'query Keys { apiKeys { totalCount } }',
      'mutation R { revokeApiKey(input: { id: "01J7B05SM0DEM0MP0000000001" }) { apiKey { id } } }',
    ]) {
      expect((await editor.send(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('Using an API key', () => {
  it('authenticates as its workspace and role, and history names the key', async () => {
    const { secret, apiKey } = await createKey(owner, { name: 'Import job', role: 'EDITOR' });
    const me = await withKey(secret, VIEWER);
    expect(me.status).toBe(200);
    expect(me.body.data.viewer).toEqual({
      userId: apiKey.id,
      workspaceId: owner.workspaceId,
      role: 'EDITOR',
    });

    const created = await withKey(
      secret,
      'mutation C { createJourneyMap(input: { title: "Par clé" }) { journeyMap { id } } }',
    );
    const mapId = created.body.data.createJourneyMap.journeyMap.id;
    const history = await owner.ok(
      'query H($id: ID!) { journeyMap(id: $id) { history { edges { node { actor { kind id } operation } } } } }',
      { id: mapId },
    );
    expect(history.journeyMap.history.edges[0].node).toEqual({
      actor: { kind: 'API_KEY', id: apiKey.id },
      operation: 'createJourneyMap',
    });
  });

  it('costs one GetItem per request, and records its use at most once a minute', async () => {
    const { secret, apiKey } = await createKey(owner, { name: 'Metered', role: 'VIEWER' });
    api.requests.reset();
    await withKey(secret, VIEWER);
    expect(api.requests.byCommand()).toEqual({ GetItem: 1, UpdateItem: 1 });
    api.requests.reset();
    await withKey(secret, VIEWER);
    await withKey(secret, VIEWER);
    expect(api.requests.byCommand()).toEqual({ GetItem: 2 });

    const listed = await owner.ok(
      'query K { apiKeys(first: 100) { edges { node { id lastUsedAt } } } }',
    );
    const node = listed.apiKeys.edges.find(
      (e: { node: { id: string } }) => e.node.id === apiKey.id,
    );
    expect(Date.now() - Date.parse(node.node.lastUsedAt)).toBeLessThan(60_000);
  });

  it('limits a VIEWER key to reads', async () => {
    const { secret } = await createKey(owner, { name: 'Dashboard', role: 'VIEWER' });
    const map = await createMap(owner, { title: 'Lecture seule' });
    const read = await withKey(secret, 'query M($id: ID!) { journeyMap(id: $id) { title } }', {
      id: map.id,
    });
    expect(read.body.data.journeyMap.title).toBe('Lecture seule');
    const write = await withKey(
      secret,
      'mutation U($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }',
      { i: { id: map.id, title: 'Changé' } },
    );
    expect(write.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed or unknown key, and a key whose public part was edited', async () => {
    const { secret } = await createKey(owner, { name: 'Victim', role: 'OWNER' });
    const other = api.caller('OWNER');
    const [, , id, random] = secret.split('.');
    const cases = [
      'not-a-key',
      `jmk.${owner.workspaceId}.${id}.${'A'.repeat(43)}`,
      `jmk.${other.workspaceId}.${id}.${random}`,
    ];
    for (const key of cases) {
      const answer = await withKey(key, VIEWER);
      expect({ key, status: answer.status, code: answer.body.errors[0].extensions.code }).toEqual({
        key,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('keeps keys to their workspace: another workspace neither lists nor reaches them', async () => {
    const { secret } = await createKey(owner, { name: 'Tenant A', role: 'OWNER' });
    const other = api.caller('OWNER');
    const otherMap = await createMap(other, { title: 'Carte de B' });
    expect((await other.ok('query K { apiKeys { totalCount } }')).apiKeys.totalCount).toBe(0);
    const reach = await withKey(secret, 'query M($id: ID!) { journeyMap(id: $id) { id } }', {
      id: otherMap.id,
    });
    expect(reach.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('Revoking and expiring an API key', () => {
  it('refuses a revoked key from the next request on; revoking again keeps the first time', async () => {
    const { secret, apiKey } = await createKey(owner, { name: 'Leaked', role: 'EDITOR' });
    expect((await withKey(secret, VIEWER)).status).toBe(200);
    const REVOKE =
      'mutation R($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { status revokedAt } } }';
    const first = (await owner.ok(REVOKE, { id: apiKey.id })).revokeApiKey.apiKey;
    expect(first.status).toBe('REVOKED');
    const refused = await withKey(secret, VIEWER);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0]).toMatchObject({
      message: `The API key ${apiKey.prefix} was revoked.`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const again = (await owner.ok(REVOKE, { id: apiKey.id })).revokeApiKey.apiKey;
    expect(again.revokedAt).toBe(first.revokedAt);
    const missing = await owner.send(REVOKE, { id: '01J7B05SM0DEM0MP0000000001' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a key past its expiry', async () => {
    const { secret, apiKey } = await createKey(owner, {
      name: 'Short-lived',
      role: 'VIEWER',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect((await withKey(secret, VIEWER)).status).toBe(200);
    // Note: the clock cannot be moved in the handler; the stored expiry can.
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: apiKeyKey(owner.workspaceId, apiKey.id),
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': new Date(Date.now() - 1000).toISOString() },
      }),
    );
    const refused = await withKey(secret, VIEWER);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].message).toBe(`The API key ${apiKey.prefix} has expired.`);
    const listed = await owner.ok(
      'query K { apiKeys(first: 100) { edges { node { id status } } } }',
    );
    expect(listed.apiKeys.edges).toContainEqual({ node: { id: apiKey.id, status: 'EXPIRED' } });
  });
});

describe('Listing API keys', () => {
  it('pages newest first', async () => {
    const caller = api.caller('OWNER');
    const ids: string[] = [];
    for (const name of ['un', 'deux', 'trois'])
      ids.push((await createKey(caller, { name, role: 'VIEWER' })).apiKey.id);
    const PAGE =
      'query K($after: String) { apiKeys(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }';
    const first = (await caller.ok(PAGE)).apiKeys;
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'trois',
      'deux',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await caller.ok(PAGE, { after: first.pageInfo.endCursor })).apiKeys;
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['un']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
