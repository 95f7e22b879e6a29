/**
 * The example front-end of docs/frontends.md (examples/frontend/), run as a
 * browser would run it, against the real handler and the demo workspace:
 * the draft watched, versions 1 and 2 beside it, a touchpoint edited.
 */
import {
  compareVersions,
  createJourneyMapClient,
  readVersion,
  touchpointAcross,
  updateTouchpoint,
  watchDraft,
  type MapScreen,
} from '../../examples/frontend/journeyMapScreens';
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { handlerFetch } from '../support/handlerFetch';
import { startTestApi, type TestApi } from '../support/testApi';

const MAP = '01J7B05SM0DEM0MP0000000001';
const SALES_CALL = '01J7X2ARW0DEM0TP0000000011';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

describe('The example front-end', () => {
  // Seeds the demo, publishes two versions, renders three screens: tens of seconds on DynamoDB Local.
  it('shows the draft beside versions 1 and 2 and edits the draft, each screen with its own data', async () => {
    const editor = api.caller('EDITOR', 'frontend-example');
    await seedDemoWorkspace(api.runtime.storesFor, { workspaceId: editor.workspaceId });
    const publish = (label: string) =>
      editor.ok(
        `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
        { i: { mapId: MAP, label } },
      );
    await publish('v1 2025');
    await editor.ok(
      `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
      { i: { mapId: MAP, touchpointId: SALES_CALL, name: 'Appel conseil', emotionScore: 0 } },
    );
    await publish('v2 2026');

    const bridge = handlerFetch(api.invoke);
    const client = createJourneyMapClient({
      uri: 'http://localhost:4000/graphql',
      token: editor.token,
      fetch: bridge.fetch,
    });
    const drafts: MapScreen[] = [];
    const stop = watchDraft(client, MAP, (map) => drafts.push(map));
    await until(() => drafts.length === 1);
    const v1 = await readVersion(client, MAP, 1);
    const v2 = await readVersion(client, MAP, 2);
    await updateTouchpoint(client, {
      mapId: MAP,
      touchpointId: SALES_CALL,
      name: 'Appel conseil personnalisé',
      emotionScore: 2,
    });
    await until(() => drafts.length === 2);
    stop();

    const draft = drafts.at(-1)!;
    expect(touchpointAcross([draft, v1, v2], SALES_CALL)).toEqual([
      { version: null, name: 'Appel conseil personnalisé', emotionScore: 2 },
      { version: 1, name: 'Appel commercial de fin d’essai', emotionScore: expect.any(Number) },
      { version: 2, name: 'Appel conseil', emotionScore: 0 },
    ]);
    expect([draft.id, v1.id, v2.id]).toEqual([MAP, `${MAP}@v1`, `${MAP}@v2`]);
    expect(new Set([draft.entityId, v1.entityId, v2.entityId])).toEqual(new Set([MAP]));

    const diff = await compareVersions(client, MAP, 1, 2);
    expect(diff.touchpoints.changed.map((c) => c.entityId)).toEqual([SALES_CALL]);
    // The draft's watch, two version reads, the edit and the comparison: nothing refetched.
    expect(bridge.requests.map((r) => r.operationName)).toEqual([
      'MapScreen',
      'MapScreen',
      'MapScreen',
      'UpdateTouchpoint',
      'CompareVersions',
    ]);
  }, 90_000);
});

/** Waits until `done()` holds, or fails after two seconds. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the client');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
