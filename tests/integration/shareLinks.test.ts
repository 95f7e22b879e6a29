/**
 * Share links through the real handlers against DynamoDB Local: created by
 * an editor, opened without credentials, revoked at once, expired, tampered
 * with; what the page shows (one map, escaped, no script) and what is stored
 * (a hash, never the secret).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { codes, createMap } from '../support/fixtures';
import { bearerHeader, postGraphQL } from '../support/rawRequest';
import {
  pathAndQuery,
  picturesApi,
  type HttpAnswer,
  type PicturesGet,
} from '../support/picturesApi';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

const WORKSPACE = 'share-demo';
const CREATE = `mutation($i: CreateShareLinkInput!) {
  createShareLink(input: $i) {
    url
    shareLink { id mapId version createdAt createdBy { kind id } expiresAt revokedAt active }
  }
}`;
const REVOKE = `mutation($i: RevokeShareLinkInput!) {
  revokeShareLink(input: $i) { shareLink { id revokedAt active } }
}`;
const LIST = `query($mapId: ID!) { shareLinks(mapId: $mapId) { id version revokedAt active } }`;

let api: TestApi;
let get: PicturesGet;
let editor: Caller;
let mapId: string;
let otherMapId: string;

const create = async (input: Record<string, unknown>, caller: Caller = editor) =>
  (await caller.ok(CREATE, { i: { mapId, ...input } })).createShareLink;
const open = (url: string): Promise<HttpAnswer> => get(pathAndQuery(url).path);
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const setTitle = (title: string) =>
  editor.ok(
    `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
    { i: { id: mapId, title } },
  );

beforeAll(async () => {
  api = await startTestApi();
  get = await picturesApi();
  mapId = (await seedDemoWorkspace(api.runtime.storesFor, { workspaceId: WORKSPACE })).mapId;
  editor = api.caller('EDITOR', WORKSPACE);
  otherMapId = (await createMap(editor, { title: 'Carte confidentielle de Youssef' })).id;
  await editor.ok(
    `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
    { i: { mapId, label: 'v1 2025' } },
  );
}, 60_000);

beforeEach(() => api.requests.reset());

describe('createShareLink', () => {
  it('gives an editor an unguessable URL and the link, in one transaction and no read', async () => {
    const created = await create({});
    expect(created.url).toMatch(
      /^http:\/\/test\.execute-api\.eu-west-1\.amazonaws\.com\/share\/[A-Za-z0-9_-]{43}$/,
    );
    expect(created.shareLink).toMatchObject({
      mapId,
      version: null,
      createdBy: { kind: 'USER', id: 'user-editor' },
      expiresAt: null,
      revokedAt: null,
      active: true,
    });
    expect(created.shareLink.id).toMatch(new RegExp(`^${mapId}:[0-9A-Z]{26}$`));
    expect(api.requests.commands).toEqual(['TransactWriteItems']);
  });

  it('stores a SHA-256 of the secret, never the secret itself', async () => {
    const { url } = await create({});
    const token = tokenOf(url);
    const { Items = [] } = await api.raw.send(
      new ScanCommand({ TableName: api.runtime.dynamo.tableName }),
    );
    expect(JSON.stringify(Items)).not.toContain(token);
    const hash = createHash('sha256').update(token).digest('hex');
    expect(Items.some((item) => item.PK === `SHARE#${hash}`)).toBe(true);
  });

  it('keeps no response of a createShareLink sent with an Idempotency-Key: its URL holds the secret', async () => {
    const headers = { ...bearerHeader(editor.token), 'Idempotency-Key': `share-${mapId}` };
    const request = { query: CREATE, variables: { i: { mapId } } };
    const first = await postGraphQL(api, headers, request);
    const url = first.body.data.createShareLink.url as string;
    const replay = await postGraphQL(api, headers, request);
    expect(replay.status).toBe(409);
    expect(replay.body.errors[0].extensions.idempotency).toBe('APPLIED_RESPONSE_NOT_KEPT');
    const { Items = [] } = await api.raw.send(
      new ScanCommand({ TableName: api.runtime.dynamo.tableName }),
    );
    expect(JSON.stringify(Items)).not.toContain(tokenOf(url));
    expect((await open(url)).status).toBe(200);
  });

  it('refuses a VIEWER with FORBIDDEN, and writes nothing', async () => {
    const before = (await editor.ok(LIST, { mapId })).shareLinks.length;
    const result = await api.caller('VIEWER', WORKSPACE).send(CREATE, { i: { mapId } });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect((await editor.ok(LIST, { mapId })).shareLinks).toHaveLength(before);
  });

  it("answers NOT_FOUND for another workspace's map, a version that does not exist, or no map", async () => {
    const stranger = api.caller('EDITOR', 'share-other');
    expect(codes(await stranger.send(CREATE, { i: { mapId } }))).toEqual(['NOT_FOUND']);
    expect(codes(await editor.send(CREATE, { i: { mapId, version: 7 } }))).toEqual(['NOT_FOUND']);
    expect(
      codes(await editor.send(CREATE, { i: { mapId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses an expiry in the past, and a version that is not a number, with their paths', async () => {
    const past = await editor.send(CREATE, { i: { mapId, expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'expiresAt'], message: 'must be in the future' }],
    });
    const zero = await editor.send(CREATE, { i: { mapId, version: 0 } });
    expect(zero.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['input', 'version']);
  });
});

describe('GET <share link URL>, without credentials', () => {
  let page: HttpAnswer;
  let url: string;
  let reads: string[];

  beforeAll(async () => {
    url = (await create({})).url;
    api.requests.reset();
    page = await open(url);
    reads = [...api.requests.commands];
  });

  it('answers an HTML page of the map in three reads: the link, the map, its persona', () => {
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<svg');
    expect(page.text).toContain('class="journey-map-poster"');
    expect(page.text).toContain('Souscription SaaS – Marie');
    expect(reads).toEqual(['GetItem', 'Query', 'BatchGetItem']);
  });

  it('forbids scripts, framing, indexing and referrers, and is never cached', () => {
    const policy = page.headers['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers['x-robots-tag']).toContain('noindex');
    expect(page.text).toContain('<meta name="robots" content="noindex');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).not.toMatch(/<script|javascript:|\son[a-z]+\s*=/i);
  });

  it('shows the quick wins and the map as text, and nothing of the workspace or its other maps', () => {
    expect(page.text).toContain('Quick wins');
    expect(page.text).toContain('La carte en texte');
    expect(page.text).not.toContain(WORKSPACE);
    expect(page.text).not.toContain('Carte confidentielle de Youssef');
    expect(page.text).not.toContain(otherMapId);
    expect(page.text).not.toMatch(/href=|src=|\/graphql/);
  });

  it('shows the draft live: the latest write', async () => {
    await setTitle('Souscription SaaS – Marie, version atelier');
    expect((await open(url)).text).toContain('Souscription SaaS – Marie, version atelier');
    await setTitle('Souscription SaaS – Marie');
  });

  it("escapes the map's text: a title with markup stays text", async () => {
    await setTitle('<script>alert("x")</script> & <b>Ça</b>');
    const answer = await open(url);
    expect(answer.text).not.toContain('<script>');
    expect(answer.text).not.toContain('<b>Ça</b>');
    expect(answer.text).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Ça&lt;/b&gt;',
    );
    await setTitle('Souscription SaaS – Marie');
  });

  it('shows a shared version as it was published, whatever the draft becomes', async () => {
    const version = await create({ version: 1 });
    await setTitle('Titre changé après publication');
    api.requests.reset();
    const answer = await open(version.url);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Souscription SaaS – Marie');
    expect(answer.text).toContain('v1 2025');
    expect(answer.text).not.toContain('Titre changé après publication');
    // The version holds its personas: the link and the version, nothing else.
    expect(api.requests.commands).toEqual(['GetItem', 'Query']);
    await setTitle('Souscription SaaS – Marie');
  });

  it('answers 404 to a tampered or made-up secret, with a page that says nothing else', async () => {
    const token = tokenOf(url);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const answers = [
      await get(`/share/${tampered}`),
      await get(`/share/${'x'.repeat(43)}`),
      await get('/share/short'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(answers[0]?.text);
      expect(answer.text).not.toMatch(/Souscription|share-demo/);
    }
  });

  it('reads nothing for a secret that cannot be one', async () => {
    await get('/share/short');
    expect(api.requests.commands).toEqual([]);
  });
});

describe('revokeShareLink', () => {
  it('ends a link at once: 404 from the next request on, the same answer as a made-up secret', async () => {
    const { url, shareLink } = await create({});
    expect((await open(url)).status).toBe(200);
    api.requests.reset();
    const revoked = (await editor.ok(REVOKE, { i: { id: shareLink.id } })).revokeShareLink;
    // The link's record (for its secret's hash), then one transaction.
    expect(api.requests.commands).toEqual(['GetItem', 'TransactWriteItems']);
    expect(revoked.shareLink).toMatchObject({ id: shareLink.id, active: false });
    expect(Date.parse(revoked.shareLink.revokedAt)).not.toBeNaN();
    const after = await open(url);
    expect(after.status).toBe(404);
    expect(after.text).toBe((await get(`/share/${'y'.repeat(43)}`)).text);
    // Revoking again changes nothing.
    const again = (await editor.ok(REVOKE, { i: { id: shareLink.id } })).revokeShareLink;
    expect(again.shareLink.revokedAt).toBe(revoked.shareLink.revokedAt);
  });

  it('lists revoked links with the others, oldest first, in one Query', async () => {
    const links = (await editor.ok(LIST, { mapId })).shareLinks as Json[];
    expect(api.requests.commands).toEqual(['Query']);
    expect(links.length).toBeGreaterThan(1);
    expect(links.map((l) => l.id)).toEqual([...links.map((l) => l.id)].sort());
    expect(links.some((l) => l.revokedAt !== null && !l.active)).toBe(true);
  });

  it("refuses a VIEWER, and answers NOT_FOUND for another workspace's link, which keeps working", async () => {
    const { url, shareLink } = await create({});
    const viewer = api.caller('VIEWER', WORKSPACE);
    expect(codes(await viewer.send(REVOKE, { i: { id: shareLink.id } }))).toEqual(['FORBIDDEN']);
    const stranger = api.caller('OWNER', 'share-other');
    expect(codes(await stranger.send(REVOKE, { i: { id: shareLink.id } }))).toEqual(['NOT_FOUND']);
    expect(codes(await stranger.send(LIST, { mapId }))).toEqual(['NOT_FOUND']);
    expect((await open(url)).status).toBe(200);
  });

  it('refuses an id that is not a share link id with BAD_USER_INPUT', async () => {
    const result = await editor.send(REVOKE, { i: { id: mapId } });
    expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['input', 'id']);
  });
});

describe('expiry and deletion', () => {
  it('answers 410 once a link has expired, and lists it as inactive', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { url, shareLink } = await create({ expiresAt });
    expect(shareLink.expiresAt).toBe(expiresAt);
    expect((await open(url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    const expired = await open(url);
    expect(expired.status).toBe(410);
    expect(expired.text).not.toMatch(/Souscription|share-demo/);
    const listed = ((await editor.ok(LIST, { mapId })).shareLinks as Json[]).find(
      (l) => l.id === shareLink.id,
    );
    expect(listed).toMatchObject({ active: false, revokedAt: null });
  });

  it('answers 404 once its map is deleted', async () => {
    const owner = api.caller('OWNER', WORKSPACE);
    const map = await createMap(owner, { title: 'Carte éphémère' });
    const { url } = (await owner.ok(CREATE, { i: { mapId: map.id } })).createShareLink;
    expect((await open(url)).text).toContain('Carte éphémère');
    await owner.ok(
      `mutation($i: DeleteJourneyMapInput!) { deleteJourneyMap(input: $i) { deletedId } }`,
      { i: { id: map.id } },
    );
    expect((await open(url)).status).toBe(404);
  });
});
