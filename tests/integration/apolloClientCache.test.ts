/**
 * A front-end as its developers write it: Apollo Client 4 with its default
 * InMemoryCache (no type policies, so objects are normalised by `__typename`
 * and `id`) and the example front-end's operations (examples/frontend/
 * documents.ts), talking to the real handler through a counted fetch. The draft
 * of a map and its published versions 1 and 2 live side by side in one cache.
 */
import '../support/apollo/developmentMode';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { MapScreenQuery, UpdateTouchpointMutation } from '../../examples/frontend/documents';
import { addStage, addTouchpoint, createMap } from '../support/fixtures';
import { captureConsole, type ConsoleCapture } from '../support/apollo/consoleCapture';
import { handlerFetch, type HandlerFetch } from '../support/handlerFetch';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

/**
 * A map published twice, then edited again: version 1, version 2 and the draft
 * each hold their own title, stage name, touchpoint and persona name.
 */
async function mapWithTwoVersions(editor: Caller) {
  const persona = (
    await editor.ok(`mutation { createPersona(input: { name: "Marie" }) { persona { id } } }`)
  ).createPersona.persona;
  const map = await createMap(editor, { title: 'Souscription v1', personaIds: [persona.id] });
  const stage = await addStage(editor, map.id, 'Découverte');
  const touchpoint = await addTouchpoint(editor, map.id, stage.id, 'Formulaire (14 champs)', {
    emotionScore: -2,
  });
  const publish = async (label: string) =>
    editor.ok(
      `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
      { i: { mapId: map.id, label } },
    );
  const edit = async (title: string, stageName: string, personaName: string, tp: Json) => {
    await editor.ok(
      `mutation($m: UpdateJourneyMapInput!, $s: UpdateStageInput!, $t: UpdateTouchpointInput!, $p: UpdatePersonaInput!) {
        updateJourneyMap(input: $m) { journeyMap { id } }
        updateStage(input: $s) { stage { id } }
        updateTouchpoint(input: $t) { touchpoint { id } }
        updatePersona(input: $p) { persona { id } }
      }`,
      {
        m: { id: map.id, title },
        s: { mapId: map.id, stageId: stage.id, name: stageName },
        t: { mapId: map.id, touchpointId: touchpoint.id, ...tp },
        p: { id: persona.id, name: personaName },
      },
    );
  };
  await publish('v1 2024');
  await edit('Souscription v2', 'Découverte (v2)', 'Marie, 42 ans', {
    name: 'Formulaire (8 champs)',
    emotionScore: 0,
  });
  await publish('v2 2025');
  await edit('Souscription (brouillon)', 'Découverte (brouillon)', 'Marie, responsable marketing', {
    name: 'Formulaire (8 champs, brouillon)',
  });
  return { mapId: map.id, stageId: stage.id, touchpointId: touchpoint.id, personaId: persona.id };
}

/** What a screen shows of a map (query data): the texts and scores a user would see. */
function shown(data: Json) {
  const map = data?.journeyMap;
  if (!map) return 'nothing (not complete in the cache)';
  const stage = map.stages[0];
  const touchpoint = stage.touchpoints[0];
  return {
    version: map.version,
    title: map.title,
    persona: map.personas[0].name,
    stage: stage.name,
    touchpoint: touchpoint.name,
    emotionScore: touchpoint.emotionScore,
    emotionColor: touchpoint.emotionColor,
    curve: map.emotionCurve[0].averageEmotion,
  };
}

describe('Apollo Client 4 with the default InMemoryCache', () => {
  let consoleLines: ConsoleCapture;

  beforeEach(() => {
    consoleLines = captureConsole();
  });
  afterEach(() => {
    consoleLines.restore();
  });

  const clientFor = (caller: Caller): { client: ApolloClient; bridge: HandlerFetch } => {
    const bridge = handlerFetch(api.invoke, { authorization: `Bearer ${caller.token}` });
    const client = new ApolloClient({
      link: new HttpLink({ uri: 'http://localhost:4000/graphql', fetch: bridge.fetch }),
      cache: new InMemoryCache(),
    });
    return { client, bridge };
  };

  it('holds the watched draft and versions 1 and 2 of one map apart, and updates the draft from a mutation without a refetch', async () => {
    const editor = api.caller('EDITOR');
    const story = await mapWithTwoVersions(editor);
    const { client, bridge } = clientFor(editor);

    // A screen watches the draft.
    const draftScreens: Json[] = [];
    const watched = client
      .watchQuery({ query: MapScreenQuery, variables: { id: story.mapId } })
      .subscribe((result) => {
        if (result.dataState === 'complete') draftScreens.push(result.data);
      });
    await waitFor(() => draftScreens.length === 1);

    // Another panel reads versions 1 and 2 through the same client.
    const v1 = await client.query({
      query: MapScreenQuery,
      variables: { id: story.mapId, version: 1 },
    });
    const v2 = await client.query({
      query: MapScreenQuery,
      variables: { id: story.mapId, version: 2 },
    });

    // The user edits a touchpoint of the draft.
    await client.mutate({
      mutation: UpdateTouchpointMutation,
      variables: {
        input: {
          mapId: story.mapId,
          touchpointId: story.touchpointId,
          name: 'Formulaire (5 champs)',
          emotionScore: 2,
        },
      },
    });
    await waitFor(() => draftScreens.length >= 2);
    watched.unsubscribe();

    const fromCache = async (version: number | null) =>
      (
        await client.query({
          query: MapScreenQuery,
          variables: { id: story.mapId, ...(version === null ? {} : { version }) },
          fetchPolicy: 'cache-only',
        })
      ).data;

    const screens = {
      draftBefore: shown(draftScreens[0]),
      draftAfter: shown(draftScreens.at(-1)),
      version1: shown(v1.data),
      version2: shown(v2.data),
      version1FromCache: shown(await fromCache(1)),
      version2FromCache: shown(await fromCache(2)),
      draftFromCache: shown(await fromCache(null)),
    };
    process.stdout.write(`Apollo screens: ${JSON.stringify(screens, null, 2)}\n`);
    process.stdout.write(
      `Requests: ${JSON.stringify(bridge.requests.map((r) => r.operationName))}\n`,
    );

    const version1 = {
      version: 1,
      title: 'Souscription v1',
      persona: 'Marie',
      stage: 'Découverte',
      touchpoint: 'Formulaire (14 champs)',
      emotionScore: -2,
      emotionColor: 'RED',
      curve: -2,
    };
    const version2 = {
      version: 2,
      title: 'Souscription v2',
      persona: 'Marie, 42 ans',
      stage: 'Découverte (v2)',
      touchpoint: 'Formulaire (8 champs)',
      emotionScore: 0,
      emotionColor: 'ORANGE',
      curve: 0,
    };
    const draftAfter = {
      version: null,
      title: 'Souscription (brouillon)',
      persona: 'Marie, responsable marketing',
      stage: 'Découverte (brouillon)',
      touchpoint: 'Formulaire (5 champs)',
      emotionScore: 2,
      emotionColor: 'GREEN',
      curve: 2,
    };
    expect(screens).toEqual({
      draftBefore: {
        ...draftAfter,
        touchpoint: 'Formulaire (8 champs, brouillon)',
        emotionScore: 0,
        emotionColor: 'ORANGE',
        curve: 0,
      },
      draftAfter,
      version1,
      version2,
      version1FromCache: version1,
      version2FromCache: version2,
      draftFromCache: draftAfter,
    });
    // Every screen the watcher showed was the draft: reading a version never leaked into it.
    expect(draftScreens.map((screen) => screen.journeyMap.title)).toEqual(
      draftScreens.map(() => 'Souscription (brouillon)'),
    );

    // Same entities (the ids a diff names), distinct objects in the cache.
    const idsOf = ({ journeyMap: map }: Json) => ({
      map: map.id,
      persona: map.personas[0].id,
      stage: map.stages[0].id,
      touchpoint: map.stages[0].touchpoints[0].id,
    });
    const entityIdsOf = ({ journeyMap: map }: Json) => ({
      map: map.entityId,
      persona: map.personas[0].entityId,
      stage: map.stages[0].entityId,
      touchpoint: map.stages[0].touchpoints[0].entityId,
    });
    const entities = {
      map: story.mapId,
      persona: story.personaId,
      stage: story.stageId,
      touchpoint: story.touchpointId,
    };
    const draftNow = draftScreens.at(-1);
    expect(idsOf(draftNow)).toEqual(entities);
    expect(entityIdsOf(draftNow)).toEqual(entities);
    expect(entityIdsOf(v1.data)).toEqual(entities);
    expect(entityIdsOf(v2.data)).toEqual(entities);
    const allIds = [idsOf(draftNow), idsOf(v1.data), idsOf(v2.data)].flatMap(Object.values);
    expect(new Set(allIds).size).toBe(12);
    expect((v1.data as Json).journeyMap.stages[0].touchpoints[0].stageId).toBe(story.stageId);

    // One request per read and one for the write: the mutation's payload updated the draft.
    expect(bridge.requests.map((r) => r.operationName)).toEqual([
      'MapScreen',
      'MapScreen',
      'MapScreen',
      'UpdateTouchpoint',
    ]);
    expect(consoleLines.lines).toEqual([]);
  });

  it('sees the cache warnings that development mode prints (so their absence above means something)', () => {
    const { client } = clientFor(api.caller('VIEWER'));
    client.writeQuery({
      query: gql`
        query Incomplete {
          viewer {
            userId
            role
          }
        }
      `,
      data: { viewer: { __typename: 'Viewer', userId: 'u1' } },
    });
    expect(consoleLines.lines.join('\n')).toMatch(/Missing field 'role'/);
  });
});

/** Waits until `done()` holds, or fails after two seconds. */
async function waitFor(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the client');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
