/**
 * The pictures routes through the real pictures handler against DynamoDB
 * Local: status codes, media types, strong ETags and 304s, `?version=N`,
 * tenant isolation, and the DynamoDB requests each answer costs. The map is
 * the seeded demo (5 stages, 22 touchpoints, 12 improvements, one persona).
 */
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { DEMO_MAP } from '../../infra/seed/demo/journeyMap';
import { pathAndQuery, picturesApi, type PicturesGet } from '../support/picturesApi';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

const WORKSPACE = 'pictures-demo';
let api: TestApi;
let get: PicturesGet;
let viewer: Caller;
let editor: Caller;
let mapId: string;
let personaId: string;

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const poster = (query?: Record<string, string>, headers?: Record<string, string>) =>
  get(`/maps/${mapId}/poster.svg`, {
    token: viewer.token,
    ...(query ? { query } : {}),
    ...(headers ? { headers } : {}),
  });

beforeAll(async () => {
  api = await startTestApi();
  get = await picturesApi();
  mapId = (await seedDemoWorkspace(api.runtime.storesFor, { workspaceId: WORKSPACE })).mapId;
  viewer = api.caller('VIEWER', WORKSPACE);
  editor = api.caller('EDITOR', WORKSPACE);
  const map = await viewer.ok(`query($id: ID!) { journeyMap(id: $id) { personas { id } } }`, {
    id: mapId,
  });
  personaId = map.journeyMap.personas[0].id;
  await editor.ok(
    `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
    { i: { mapId, label: 'v1 2025' } },
  );
}, 60_000);

beforeEach(() => api.requests.reset());

describe('GET /maps/{id}/poster.svg', () => {
  it('draws the draft for a viewer: SVG, 5 stages in order, 22 touchpoints, a strong ETag, private', async () => {
    const answer = await poster();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(answer.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(answer.headers['cache-control']).toBe('private, no-cache');
    expect(answer.headers.vary).toBe('Authorization');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.text).toContain('class="journey-map-poster"');
    expect(answer.text).toContain('Souscription SaaS – Marie');
    expect(count(answer.text, /<g class="stage"/g)).toBe(5);
    expect(count(answer.text, /<g class="touchpoint"/g)).toBe(22);
    // The whole map in one Query, the persona it prints in one BatchGetItem.
    expect(api.requests.byCommand()).toEqual({ Query: 1, BatchGetItem: 1 });
  });

  it('draws the same bytes and ETag twice', async () => {
    const [a, b] = [await poster(), await poster()];
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });

  it('answers 304 to If-None-Match after reading only the header and the persona', async () => {
    const { headers } = await poster();
    api.requests.reset();
    const answer = await poster(undefined, { 'if-none-match': headers.etag ?? '' });
    expect(answer.status).toBe(304);
    expect(answer.text).toBe('');
    expect(answer.headers.etag).toBe(headers.etag);
    expect(answer.headers['cache-control']).toBe('private, no-cache');
    expect(api.requests.commands).toEqual(['GetItem', 'BatchGetItem']);
  });

  it('reads If-None-Match as RFC 9110 does: lists, weak tags and *', async () => {
    const { headers } = await poster();
    const etag = headers.etag ?? '';
    for (const value of [`"other", ${etag}`, `W/${etag}`, '*']) {
      expect((await poster(undefined, { 'if-none-match': value })).status).toBe(304);
    }
    expect((await poster(undefined, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('changes with every write to the map: the old ETag gets the new picture', async () => {
    const before = await poster();
    await editor.ok(
      `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
      { i: { id: mapId, title: 'Souscription SaaS – Marie (révisée)' } },
    );
    api.requests.reset();
    const after = await poster(undefined, { 'if-none-match': before.headers.etag ?? '' });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).toContain('Souscription SaaS – Marie (révisée)');
    // The stale validator cost the header and persona reads; the persona is not read twice.
    expect(api.requests.commands).toEqual(['GetItem', 'BatchGetItem', 'Query']);
    await editor.ok(
      `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
      { i: { id: mapId, title: DEMO_MAP.title } },
    );
  });

  it('changes when a persona it prints changes, though the map does not', async () => {
    const before = await poster();
    await editor.ok(
      `mutation($i: UpdatePersonaInput!) { updatePersona(input: $i) { persona { id } } }`,
      { i: { id: personaId, jobTitle: 'Directrice marketing' } },
    );
    const after = await poster(undefined, { 'if-none-match': before.headers.etag ?? '' });
    expect(after.status).toBe(200);
    expect(after.text).toContain('Directrice marketing');
  });

  it('answers 401 without credentials or with a bad token, before reading anything', async () => {
    const none = await get(`/maps/${mapId}/poster.svg`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await get(`/maps/${mapId}/poster.svg`, { token: 'not-a-token' });
    expect(bad.status).toBe(401);
    expect(api.requests.commands).toEqual([]);
  });

  it('serves an API key as /graphql does (one GetItem more); a revoked key is 401 at once', async () => {
    const owner = api.caller('OWNER', WORKSPACE);
    const created = await owner.ok(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }`,
      { i: { name: 'Affiches', role: 'VIEWER' } },
    );
    const withKey = { headers: { authorization: `ApiKey ${created.createApiKey.secret}` } };
    api.requests.reset();
    const answer = await get(`/maps/${mapId}/poster.svg`, withKey);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Souscription SaaS – Marie');
    // The key (GetItem), its first use noted (UpdateItem, at most once a minute), the map, its persona.
    expect(api.requests.byCommand()).toEqual({
      GetItem: 1,
      UpdateItem: 1,
      Query: 1,
      BatchGetItem: 1,
    });
    api.requests.reset();
    expect((await get(`/maps/${mapId}/poster.svg`, withKey)).status).toBe(200);
    expect(api.requests.byCommand()).toEqual({ GetItem: 1, Query: 1, BatchGetItem: 1 });
    await owner.ok(
      `mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { id } } }`,
      {
        i: { id: created.createApiKey.apiKey.id },
      },
    );
    const revoked = await get(`/maps/${mapId}/poster.svg`, withKey);
    expect(revoked.status).toBe(401);
    expect(revoked.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("answers 404 NOT_FOUND for another workspace's map, as for a map that does not exist", async () => {
    const stranger = api.caller('OWNER', 'pictures-other');
    const other = await get(`/maps/${mapId}/poster.svg`, { token: stranger.token });
    const unknown = await get('/maps/01JZZZZZZZZZZZZZZZZZZZZZZZ/poster.svg', {
      token: viewer.token,
    });
    for (const answer of [other, unknown]) {
      expect(answer.status).toBe(404);
      expect(answer.json().errors[0].extensions.code).toBe('NOT_FOUND');
      expect(answer.text).not.toContain(WORKSPACE);
      expect(answer.text).not.toContain('Souscription');
    }
    // Same with If-None-Match: the cheap path checks the workspace too.
    const conditional = await get(`/maps/${mapId}/poster.svg`, {
      token: stranger.token,
      headers: { 'if-none-match': '*' },
    });
    expect(conditional.status).toBe(404);
  });

  it('answers 404 for an id that cannot exist, without a request', async () => {
    const answer = await get('/maps/not-an-id/poster.svg', { token: viewer.token });
    expect(answer.status).toBe(404);
    expect(api.requests.commands).toEqual([]);
  });
});

describe('GET /maps/{id}/poster.svg?version=N', () => {
  it('draws the published version: one Query, cached for an hour', async () => {
    const answer = await poster({ version: '1' });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('v1 2025');
    expect(answer.headers['cache-control']).toBe('private, max-age=3600');
    expect(api.requests.byCommand()).toEqual({ Query: 1 });
  });

  it("answers 304 after one GetItem of the version's description", async () => {
    const { headers } = await poster({ version: '1' });
    api.requests.reset();
    const answer = await poster({ version: '1' }, { 'if-none-match': headers.etag ?? '' });
    expect(answer.status).toBe(304);
    expect(api.requests.commands).toEqual(['GetItem']);
  });

  it('keeps its bytes and ETag while the draft changes', async () => {
    const before = await poster({ version: '1' });
    const draftBefore = await poster();
    await editor.ok(
      `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
      { i: { id: mapId, description: 'Une autre description' } },
    );
    const after = await poster({ version: '1' });
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect((await poster()).headers.etag).not.toBe(draftBefore.headers.etag);
    expect(after.headers.etag).not.toBe(draftBefore.headers.etag);
  });

  it('answers 404 for a version that does not exist, and 400 for one that is not a number', async () => {
    const missing = await poster({ version: '99' });
    expect(missing.status).toBe(404);
    expect(missing.json().errors[0].extensions.code).toBe('NOT_FOUND');
    for (const version of ['0', 'abc', '1.5', '-1']) {
      const bad = await poster({ version });
      expect(bad.status).toBe(400);
      expect(bad.json().errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ path: ['version'] }],
      });
    }
  });
});

describe('the emotion curve and the matrix', () => {
  it('serves curve.svg: the emotion curve, one point per scored touchpoint', async () => {
    const answer = await get(`/maps/${mapId}/curve.svg`, { token: viewer.token });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(answer.text).toContain('class="emotion-curve-chart"');
    expect(count(answer.text, /class="emotion-point"/g)).toBe(22);
  });

  it('serves matrix.svg: the four quadrants and the 12 improvements', async () => {
    const answer = await get(`/maps/${mapId}/matrix.svg`, { token: viewer.token });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('class="impact-effort-matrix"');
    expect(count(answer.text, /<g class="quadrant"/g)).toBe(4);
    expect(count(answer.text, /<g class="improvement"/g)).toBe(12);
  });

  it('gives each picture of one map its own ETag', async () => {
    const tags = new Set<string | undefined>();
    for (const file of ['poster.svg', 'curve.svg', 'matrix.svg', 'poster.pdf']) {
      tags.add((await get(`/maps/${mapId}/${file}`, { token: viewer.token })).headers.etag);
    }
    expect(tags.size).toBe(4);
  });
});

describe('GET /maps/{id}/poster.pdf', () => {
  it('prints the poster on an A4 landscape page, inline, named after the map', async () => {
    const answer = await get(`/maps/${mapId}/poster.pdf`, { token: viewer.token });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(answer.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(answer.headers['content-disposition']).toBe(
      `inline; filename="Souscription-SaaS-Marie-A4.pdf"; filename*=UTF-8''${encodeURIComponent(
        'Souscription SaaS – Marie A4.pdf',
      )}`,
    );
    expect(answer.headers['cache-control']).toBe('private, no-cache');
  });

  it('prints A0 on request, as an attachment with download=1, with its own ETag', async () => {
    const a4 = await get(`/maps/${mapId}/poster.pdf`, { token: viewer.token });
    const a0 = await get(`/maps/${mapId}/poster.pdf`, {
      token: viewer.token,
      query: { format: 'A0', download: '1', version: '1' },
    });
    expect(a0.status).toBe(200);
    expect(a0.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 3370\.39 2383\.94\]/);
    expect(a0.headers['content-disposition']).toMatch(
      /^attachment; filename="Souscription-SaaS-Marie-v1-A0\.pdf"/,
    );
    expect(a0.headers.etag).not.toBe(a4.headers.etag);
    const again = await get(`/maps/${mapId}/poster.pdf`, {
      token: viewer.token,
      query: { format: 'A0', version: '1' },
      headers: { 'if-none-match': a0.headers.etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('refuses another format with 400 BAD_USER_INPUT', async () => {
    const answer = await get(`/maps/${mapId}/poster.pdf`, {
      token: viewer.token,
      query: { format: 'A3' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json().errors[0].extensions.issues).toEqual([
      { path: ['format'], message: 'must be A4 or A0' },
    ]);
  });
});

describe('JourneyMap.pictures', () => {
  const PICTURES = `pictures { posterSvg posterPdf a0: posterPdf(format: A0) emotionCurveSvg matrixSvg }`;

  it("gives absolute URLs of the draft's pictures, which serve them, without any read", async () => {
    await viewer.ok(`query($id: ID!) { journeyMap(id: $id) { id } }`, { id: mapId });
    const withoutPictures = api.requests.commands.length;
    api.requests.reset();
    const data = await viewer.ok(`query($id: ID!) { journeyMap(id: $id) { id ${PICTURES} } }`, {
      id: mapId,
    });
    expect(api.requests.commands).toHaveLength(withoutPictures);
    const base = `http://test.execute-api.eu-west-1.amazonaws.com/maps/${mapId}`;
    expect(data.journeyMap.pictures).toEqual({
      posterSvg: `${base}/poster.svg`,
      posterPdf: `${base}/poster.pdf?format=A4`,
      a0: `${base}/poster.pdf?format=A0`,
      emotionCurveSvg: `${base}/curve.svg`,
      matrixSvg: `${base}/matrix.svg`,
    });
    for (const url of Object.values<string>(data.journeyMap.pictures)) {
      const { path, query } = pathAndQuery(url);
      expect((await get(path, { token: viewer.token, query })).status).toBe(200);
    }
  });

  it("gives a version's URLs with ?version=N, on the version's map and on the version itself", async () => {
    api.requests.reset();
    const data = await viewer.ok(
      `query($id: ID!) {
        journeyMap(id: $id, version: 1) { pictures { posterSvg } }
        draft: journeyMap(id: $id) { versions { number pictures { matrixSvg } } }
      }`,
      { id: mapId },
    );
    expect(data.journeyMap.pictures.posterSvg).toMatch(/\/poster\.svg\?version=1$/);
    expect(data.draft.versions[0].pictures.matrixSvg).toMatch(/\/matrix\.svg\?version=1$/);
    const { path, query } = pathAndQuery(data.journeyMap.pictures.posterSvg);
    const answer = await get(path, { token: viewer.token, query });
    expect(answer.text).toContain('v1 2025');
  });
});
