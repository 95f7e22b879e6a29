/**
 * What Relay (and any client that follows its conventions) needs: PageInfo
 * with both ends of a page on every connection, and `node(id:)` /
 * `nodes(ids:)` for every object that implements `Node`, within one request
 * (or one per published version).
 */
import { addStage, addTouchpoint, codes, createMap } from '../support/fixtures';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function createPersona(caller: Caller, name: string): Promise<string> {
  return (
    await caller.ok(
      `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { persona { id } } }`,
      { i: { name } },
    )
  ).createPersona.persona.id;
}

async function createImprovement(caller: Caller, mapId: string, title: string): Promise<string> {
  return (
    await caller.ok(
      `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
      { i: { mapId, title, impact: 4, effort: 2 } },
    )
  ).createImprovement.improvement.id;
}

/** A persona, a map linking it with a stage, a touchpoint and an improvement, published as v1. */
async function publishedMap(editor: Caller) {
  const personaId = await createPersona(editor, 'Marie');
  const map = await createMap(editor, { title: 'Souscription', personaIds: [personaId] });
  const stage = await addStage(editor, map.id, 'Découverte');
  await addTouchpoint(editor, map.id, stage.id, 'Salon professionnel', { channel: 'EVENT' });
  const improvementId = await createImprovement(editor, map.id, 'Raccourcir le formulaire');
  await editor.ok(
    `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
    { i: { mapId: map.id, label: 'v1 2025' } },
  );
  return { mapId: map.id, personaId, stageId: stage.id, improvementId };
}

describe('PageInfo', () => {
  it('gives both ends of each page and says whether items come before it, on every connection', async () => {
    const editor = api.caller('EDITOR');
    for (const name of ['Marie', 'Youssef', 'Claire']) await createPersona(editor, name);
    const map = await createMap(editor, { title: 'Souscription' });
    for (const title of ['Un', 'Deux', 'Trois']) await createImprovement(editor, map.id, title);
    for (const title of ['Carte 2', 'Carte 3']) await createMap(editor, { title });

    const page = `edges { cursor } ${PAGE_INFO}`;
    const QUERIES: Record<string, string> = {
      personas: `query($after: String) { list: personas(first: 2, after: $after) { ${page} } }`,
      journeyMaps: `query($after: String) { list: journeyMaps(first: 2, after: $after) { ${page} } }`,
      improvements: `query($after: String) { list: improvements(first: 2, after: $after) { ${page} } }`,
    };
    const pages = async (field: string, after: string | null) =>
      (await editor.ok(QUERIES[field]!, { after })).list;

    for (const field of ['personas', 'journeyMaps', 'improvements']) {
      const first = await pages(field, null);
      expect(first.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: first.edges[0].cursor,
        endCursor: first.edges[1].cursor,
      });
      const second = await pages(field, first.pageInfo.endCursor);
      expect(second.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: second.edges[0].cursor,
        endCursor: second.edges.at(-1).cursor,
      });
    }
    const ofMap = (
      await editor.ok(
        `query($id: ID!) { journeyMap(id: $id) {
          improvements(first: 2) { ${page} } history(first: 2) { ${page} }
        } }`,
        { id: map.id },
      )
    ).journeyMap;
    for (const connection of [ofMap.improvements, ofMap.history]) {
      expect(connection.pageInfo).toMatchObject({
        hasPreviousPage: false,
        startCursor: connection.edges[0].cursor,
        endCursor: connection.edges[1].cursor,
      });
    }

    const empty = await editor.ok(`{ personas(first: 0) { edges { cursor } ${PAGE_INFO} } }`);
    expect(empty.personas.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('node and nodes', () => {
  const NODE_FIELDS = `__typename id
    ... on Persona { name entityId }
    ... on JourneyMap { title version entityId }
    ... on Improvement { title entityId improvementMap: map { id } }
    ... on JourneyMapVersion { number label versionMap: map { id } }`;

  it('reads a persona, a map’s own fields or an improvement of the draft in one request', async () => {
    const editor = api.caller('EDITOR');
    const story = await publishedMap(editor);
    const node = async (id: string) => {
      api.requests.reset();
      const data = await editor.ok(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id });
      return { node: data.node, requests: api.requests.byCommand() };
    };
    expect(await node(story.personaId)).toEqual({
      node: {
        __typename: 'Persona',
        id: story.personaId,
        entityId: story.personaId,
        name: 'Marie',
      },
      requests: { BatchGetItem: 1 },
    });
    expect(await node(story.mapId)).toEqual({
      node: {
        __typename: 'JourneyMap',
        id: story.mapId,
        entityId: story.mapId,
        title: 'Souscription',
        version: null,
      },
      requests: { BatchGetItem: 1 },
    });
    const improvement = await node(story.improvementId);
    expect(improvement.node).toEqual({
      __typename: 'Improvement',
      id: story.improvementId,
      entityId: story.improvementId,
      title: 'Raccourcir le formulaire',
      improvementMap: { id: story.mapId },
    });
    // The improvement, then its map's header (batched like a backlog page's maps).
    expect(improvement.requests).toEqual({ BatchGetItem: 2 });
  });

  it('reads the whole map behind node(id) with one more Query, as a listed map', async () => {
    const editor = api.caller('EDITOR');
    const story = await publishedMap(editor);
    api.requests.reset();
    const data = await editor.ok(
      `query($id: ID!) { node(id: $id) { ... on JourneyMap { stages { name touchpoints { name } } } } }`,
      { id: story.mapId },
    );
    expect(data.node.stages).toEqual([
      { name: 'Découverte', touchpoints: [{ name: 'Salon professionnel' }] },
    ]);
    expect(api.requests.byCommand()).toEqual({ BatchGetItem: 1, Query: 1 });
  });

  it('reads again, by the ids a version gave them, the objects of that version, in one Query', async () => {
    const editor = api.caller('EDITOR');
    const story = await publishedMap(editor);
    await editor.ok(
      `mutation($p: UpdatePersonaInput!, $m: UpdateJourneyMapInput!) {
        updatePersona(input: $p) { persona { id } }
        updateJourneyMap(input: $m) { journeyMap { id } }
      }`,
      {
        p: { id: story.personaId, name: 'Marie, 42 ans' },
        m: { id: story.mapId, title: 'Souscription (brouillon)' },
      },
    );
    const read = (
      await editor.ok(
        `query($id: ID!) { journeyMap(id: $id, version: 1) {
          id personas { id } improvements { edges { node { id } } } versions { id } stages { id }
        } }`,
        { id: story.mapId },
      )
    ).journeyMap;
    const ids = [
      read.id,
      read.personas[0].id,
      read.improvements.edges[0].node.id,
      read.versions[0].id,
    ];
    expect(ids).toEqual([
      `${story.mapId}@v1`,
      `${story.mapId}@v1/Persona/${story.personaId}`,
      `${story.mapId}@v1/Improvement/${story.improvementId}`,
      `${story.mapId}@v1/JourneyMapVersion`,
    ]);

    api.requests.reset();
    const data = await editor.ok(`query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, {
      ids,
    });
    expect(data.nodes).toEqual([
      {
        __typename: 'JourneyMap',
        id: ids[0],
        entityId: story.mapId,
        title: 'Souscription',
        version: 1,
      },
      { __typename: 'Persona', id: ids[1], entityId: story.personaId, name: 'Marie' },
      {
        __typename: 'Improvement',
        id: ids[2],
        entityId: story.improvementId,
        title: 'Raccourcir le formulaire',
        improvementMap: { id: ids[0] },
      },
      {
        __typename: 'JourneyMapVersion',
        id: ids[3],
        number: 1,
        label: 'v1 2025',
        versionMap: { id: ids[0] },
      },
    ]);
    // The version once (its description is a separate small item).
    expect(api.requests.byCommand()).toEqual({ Query: 1, GetItem: 1 });

    // Stages are read with their map, not as Nodes.
    const stage = await editor.ok(`query($id: ID!) { node(id: $id) { id } }`, {
      id: read.stages[0].id,
    });
    expect(stage.node).toBeNull();
  });

  it('answers every id of a nodes list in its place, null for what does not exist, in one request', async () => {
    const editor = api.caller('EDITOR');
    const story = await publishedMap(editor);
    const stranger = api.caller('OWNER');
    const theirs = await createPersona(stranger, 'Claire');
    const ids = [
      story.improvementId,
      'not an id',
      story.personaId,
      theirs,
      story.stageId,
      `${story.mapId}@v9`,
      story.mapId,
    ];
    api.requests.reset();
    const data = await editor.ok(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: ids.filter((id) => !id.includes('@')),
    });
    expect(data.nodes).toEqual([
      { __typename: 'Improvement', id: story.improvementId },
      null,
      { __typename: 'Persona', id: story.personaId },
      null,
      null,
      { __typename: 'JourneyMap', id: story.mapId },
    ]);
    expect(api.requests.byCommand()).toEqual({ BatchGetItem: 1 });
    const missingVersion = await editor.ok(`query($id: ID!) { node(id: $id) { id } }`, {
      id: ids[5],
    });
    expect(missingVersion.node).toBeNull();
    // Another workspace's version is not found either.
    const theirView = await stranger.ok(`query($id: ID!) { node(id: $id) { id } }`, {
      id: `${story.mapId}@v1`,
    });
    expect(theirView.node).toBeNull();
  });

  it('refuses more than 100 ids with BAD_USER_INPUT on `ids`', async () => {
    const viewer = api.caller('VIEWER');
    const result = await viewer.send(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, (_, i) => String(i)),
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['ids']);
  });
});
