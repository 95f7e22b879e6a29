/**
 * Versions of a large map: 10 stages × 100 touchpoints with long texts. The
 * snapshot is compressed and chunked past DynamoDB's 400 KB item limit, and
 * still read in one request; a restore too large for one transaction runs in
 * steps that readers cannot tell from one.
 */
import { encodeSnapshot } from '../../store/versions/snapshotCodec';
import { createLargeMap, largeMapContents } from '../support/largeMap';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let mapId: string;

// Entities are compared by `entityId`: a version's objects have ids of their own (docs/frontends.md).
const SHAPE = `query($id: ID!, $v: Int) { journeyMap(id: $id, version: $v) {
  title version
  stages { entityId name position touchpoints { entityId name description actions thoughts position emotionScore painPoints { entityId description } } }
} }`;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  const contents = largeMapContents({ stages: 10, touchpointsPerStage: 100, textLength: 1500 });
  mapId = await createLargeMap(api.runtime.storesFor(), editor.workspaceId, contents);
}, 120_000);

describe('A version of a 1,000-touchpoint map', () => {
  it('is stored compressed in chunks and read back whole in one request', async () => {
    const draft = (await editor.ok(SHAPE, { id: mapId })).journeyMap;
    expect(draft.stages.flatMap((s: Json) => s.touchpoints)).toHaveLength(1000);
    const contents = await api.runtime.storesFor().maps.read(editor.workspaceId, mapId);
    const encoded = encodeSnapshot({ contents: contents!, personas: [] });
    // Past one item's 400 KB raw, so the test covers chunking; well under 1 MB compressed.
    expect(encoded.rawBytes).toBeGreaterThan(2_000_000);
    expect(encoded.chunks.length).toBeGreaterThan(1);

    const published = await editor.ok(
      `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
      { i: { mapId, label: 'v1' } },
    );
    expect(published.publishJourneyMapVersion.version.number).toBe(1);
    api.requests.reset();
    const version = (await editor.ok(SHAPE, { id: mapId, v: 1 })).journeyMap;
    expect(api.requests.byCommand()).toEqual({ Query: 1 });
    expect({ ...version, version: null }).toEqual(draft);
  });

  // A 1,000-touchpoint restore is hundreds of DynamoDB Local requests: tens of seconds on 2 cores.
  it('restores it over a draft changed in hundreds of places, atomically for readers', async () => {
    const draft = await api.runtime.storesFor().maps.read(editor.workspaceId, mapId);
    const [first, second] = draft!.stages;
    // Change the draft a lot: remove one stage (100 touchpoints), rename 150 touchpoints.
    await editor.ok(`mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`, {
      i: { mapId, stageId: first!.id },
    });
    const renamed = draft!.touchpoints.filter((t) => t.stageId === second!.id).slice(0, 100);
    for (const touchpoint of renamed) {
      await editor.ok(
        `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
        {
          i: { mapId, touchpointId: touchpoint.id, name: `${touchpoint.name} (modifié)` },
        },
      );
    }
    const before = await editor.ok(
      `query($m: ID!) { compareJourneyMapVersions(mapId: $m, from: 1) { summary { stagesRemoved touchpointsRemoved touchpointsChanged identical } } }`,
      {
        m: mapId,
      },
    );
    expect(before.compareJourneyMapVersions.summary).toEqual({
      stagesRemoved: 1,
      touchpointsRemoved: 100,
      touchpointsChanged: 100,
      identical: false,
    });

    // Readers polling during the restore see the old draft or the version, never a mix.
    let polling = true;
    const seen: number[] = [];
    const poll = (async () => {
      while (polling) {
        const map = (
          await editor.ok(
            `query($id: ID!) { journeyMap(id: $id) { stages { touchpoints { id } } } }`,
            { id: mapId },
          )
        ).journeyMap;
        seen.push(map.stages.flatMap((s: Json) => s.touchpoints).length);
      }
    })();
    await editor.ok(
      `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { id } } }`,
      {
        i: { mapId, version: 1 },
      },
    );
    polling = false;
    await poll;
    // (largeWrites.test.ts checks the in-between state itself, deterministically.)
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n === 900 || n === 1000)).toBe(true);

    const after = await editor.ok(
      `query($m: ID!) { compareJourneyMapVersions(mapId: $m, from: 1) { summary { identical } } }`,
      { m: mapId },
    );
    expect(after.compareJourneyMapVersions.summary.identical).toBe(true);
    const history = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { history(first: 1) { edges { node { operation summary } } } } }`,
      {
        id: mapId,
      },
    );
    expect(history.journeyMap.history.edges[0].node.operation).toBe('restoreJourneyMapVersion');
  }, 120_000);
});
