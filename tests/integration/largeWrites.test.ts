/**
 * Writes at DynamoDB's limits (400 KB items, 100-item / 4 MB transactions)
 * and their recovery paths: they either land whole or answer a clear error,
 * never a 500 and never a half-written map.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { newId } from '../../domain/shared/ids';
import { mapHeaderKey, partKey } from '../../store/keys';
import { addStage, addTouchpoint, codes, createMap } from '../support/fixtures';
import { createLargeMap, largeMapContents } from '../support/largeMap';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

/** 100 items of 500 three-byte characters: the most a list input allows, 150 KB of UTF-8. */
const maxList = (seed: string) =>
  Array.from({ length: 100 }, (_, i) => `${seed}${i}`.padEnd(500, '語'));

const count = async (caller: Caller, mapId: string) => {
  const map = (
    await caller.ok(`query($id: ID!) { journeyMap(id: $id) { stages { touchpoints { id } } } }`, {
      id: mapId,
    })
  ).journeyMap;
  return {
    stages: map.stages.length,
    touchpoints: map.stages.flatMap((s: Json) => s.touchpoints).length,
  };
};

describe('Items at the 400 KB limit', () => {
  it('answers BAD_USER_INPUT, and writes nothing, for a persona that would not fit in one item', async () => {
    const result = await editor.send(
      `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { persona { id } } }`,
      {
        i: {
          name: 'Trop grande',
          // A byte lighter per item than dataSources, whose path the error names.
          goals: maxList('g').map((item) => `${item.slice(0, -1)}é`),
          frustrations: maxList('f').map((item) => `${item.slice(0, -1)}é`),
          dataSources: maxList('d'),
        },
      },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues).toEqual([
      {
        path: ['input', 'dataSources'],
        message: "the change would make an item larger than DynamoDB's 400 KB limit",
      },
    ]);
    expect((await editor.ok(`{ personas { totalCount } }`)).personas.totalCount).toBe(0);
  });

  it('stores a touchpoint with every list at its maximum', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Usage');
    const touchpoint = await addTouchpoint(editor, map.id, stage.id, 'Bavard', {
      actions: maxList('a'),
      thoughts: maxList('t'),
    });
    expect(touchpoint.revision).toBe(1);
  });
});

describe('Transactions past 100 items or 4 MB', () => {
  let mapId: string;

  beforeAll(async () => {
    // 60 touchpoints of about 300 KB each: one transaction could hold their count, not their size.
    const map = await createMap(editor, { title: 'Lourde' });
    const stage = await addStage(editor, map.id, 'Usage');
    for (let i = 0; i < 60; i++) {
      await addTouchpoint(editor, map.id, stage.id, `Point ${i}`, {
        actions: maxList(`a${i}`),
        thoughts: maxList(`t${i}`),
      });
    }
    mapId = map.id;
  }, 120_000);

  it('duplicates a map too heavy for one transaction, whole', async () => {
    const copy = (
      await editor.ok(
        `mutation($i: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $i) { journeyMap { id } } }`,
        {
          i: { mapId, title: 'Copie lourde', state: 'FUTURE' },
        },
      )
    ).duplicateJourneyMap.journeyMap;
    expect(await count(editor, copy.id)).toEqual({ stages: 1, touchpoints: 60 });
  });

  it('restores a version too heavy for one transaction, whole', async () => {
    await editor.ok(
      `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
      {
        i: { mapId, label: 'v1' },
      },
    );
    const map = await api.runtime.storesFor().maps.read(editor.workspaceId, mapId);
    await editor.ok(`mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`, {
      i: { mapId, stageId: map!.stages[0]!.id },
    });
    expect(await count(editor, mapId)).toEqual({ stages: 0, touchpoints: 0 });
    await editor.ok(
      `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { id } } }`,
      {
        i: { mapId, version: 1 },
      },
    );
    expect(await count(editor, mapId)).toEqual({ stages: 1, touchpoints: 60 });
  });
});

describe('A large duplicate with a client-chosen id', () => {
  it('lands once: a concurrent or retried one with the same id answers CONFLICT and leaves nothing', async () => {
    const source = await createLargeMap(
      api.runtime.storesFor(),
      editor.workspaceId,
      largeMapContents({ stages: 1, touchpointsPerStage: 110, textLength: 100 }),
    );
    const id = newId();
    const duplicate = () =>
      editor.send(
        `mutation($i: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $i) { journeyMap { id } } }`,
        {
          i: { mapId: source, id, title: 'Copie', state: 'FUTURE' },
        },
      );
    const results = await Promise.all([duplicate(), duplicate()]);
    expect(results.map(codes).sort()).toEqual([[], ['CONFLICT']]);
    expect(await count(editor, id)).toEqual({ stages: 1, touchpoints: 110 });
    expect(codes(await duplicate())).toEqual(['CONFLICT']);
    expect(await count(editor, id)).toEqual({ stages: 1, touchpoints: 110 });
  });
});

describe('A creation that died half-way', () => {
  it('leaves its id to the next creation, small or large, without its leftovers', async () => {
    const id = newId();
    const leftover = newId();
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    // What a large creation leaves when its function dies: a pending header and some parts.
    for (const Item of [
      {
        ...mapHeaderKey(editor.workspaceId, id),
        entityType: 'JourneyMap',
        id,
        pendingCreation: 'dead',
        pendingSince: longAgo,
      },
      {
        ...partKey(editor.workspaceId, id, 'stage', leftover),
        entityType: 'Stage',
        id: leftover,
        name: 'Orpheline',
        orderKey: 'V',
        revision: 1,
        createdAt: longAgo,
        updatedAt: longAgo,
      },
    ]) {
      await api.raw.send(new PutCommand({ TableName: api.runtime.dynamo.tableName, Item }));
    }
    expect(
      codes(await editor.send(`query($id: ID!) { journeyMap(id: $id) { id } }`, { id })),
    ).toEqual(['NOT_FOUND']);
    const created = await createMap(editor, { id, template: 'FOUR_STAGES' });
    expect(created.id).toBe(id);
    expect(await count(editor, id)).toEqual({ stages: 4, touchpoints: 0 });
  });
});

describe('A restore interrupted half-way', () => {
  it('serves the version whole to readers, holds writers, and is finished by the next restore', async () => {
    const mapId = await createLargeMap(
      api.runtime.storesFor(),
      editor.workspaceId,
      largeMapContents({ stages: 2, touchpointsPerStage: 80, textLength: 50 }),
    );
    await editor.ok(
      `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
      {
        i: { mapId, label: 'v1' },
      },
    );
    const draft = await api.runtime.storesFor().maps.read(editor.workspaceId, mapId);
    await editor.ok(`mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`, {
      i: { mapId, stageId: draft!.stages[0]!.id },
    });
    // A restore that marked the map, then died (its Lambda timed out) three minutes ago.
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: mapHeaderKey(editor.workspaceId, mapId),
        UpdateExpression: 'SET restoringFrom = :v, restoreStartedAt = :at',
        ExpressionAttributeValues: {
          ':v': 1,
          ':at': new Date(Date.now() - 3 * 60_000).toISOString(),
        },
      }),
    );
    expect(await count(editor, mapId)).toEqual({ stages: 2, touchpoints: 160 });
    const held = await editor.send(
      `mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`,
      {
        i: { mapId, name: 'Pendant' },
      },
    );
    expect(codes(held)).toEqual(['CONFLICT']);

    await editor.ok(
      `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { id } } }`,
      {
        i: { mapId, version: 1 },
      },
    );
    expect(await count(editor, mapId)).toEqual({ stages: 2, touchpoints: 160 });
    const diff = await editor.ok(
      `query($m: ID!) { compareJourneyMapVersions(mapId: $m, from: 1) { summary { identical } } }`,
      {
        m: mapId,
      },
    );
    expect(diff.compareJourneyMapVersions.summary.identical).toBe(true);
    expect(
      (
        await editor.ok(`mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`, {
          i: { mapId, name: 'Après' },
        })
      ).addStage.stage.id,
    ).toBeDefined();
  }, 60_000);
});

describe('Removing a part that many improvements address', () => {
  it('unlinks them all, in as many transactions as it takes', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const touchpoint = await addTouchpoint(editor, map.id, stage.id, 'Formulaire');
    for (let i = 0; i < 120; i++) {
      await editor.ok(
        `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
        {
          i: {
            mapId: map.id,
            title: `Idée ${i}`,
            impact: 3,
            effort: 2,
            stageId: stage.id,
            touchpointIds: [touchpoint.id],
          },
        },
      );
    }
    await editor.ok(`mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`, {
      i: { mapId: map.id, stageId: stage.id },
    });
    const backlog = await api.runtime.storesFor().backlog.ofMap(editor.workspaceId, map.id);
    expect(backlog).toHaveLength(120);
    expect(backlog!.filter((i) => i.stageId !== null || i.touchpointIds.length > 0)).toEqual([]);
  }, 60_000);
});

describe('The backlog while a map is being deleted', () => {
  it('still lists the other maps’ improvements, with a null map for the one going away', async () => {
    const owner = api.caller('OWNER');
    const going = await createMap(owner, { title: 'Supprimée' });
    const staying = await createMap(owner, { title: 'Gardée' });
    for (const map of [going, staying]) {
      await owner.ok(
        `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
        {
          i: { mapId: map.id, title: `Dans ${map.title}`, impact: 3, effort: 3 },
        },
      );
    }
    // The first step of a deletion (header marked deleted), before the sweep reaches the backlog.
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: mapHeaderKey(owner.workspaceId, going.id),
        UpdateExpression: 'SET deletedAt = :now REMOVE wsPK, wsSK',
        ExpressionAttributeValues: { ':now': new Date().toISOString() },
      }),
    );
    const listed = await owner.ok(`{ improvements { edges { node { title map { title } } } } }`);
    expect(
      listed.improvements.edges
        .map((e: Json) => e.node)
        .sort((a: Json, b: Json) => a.title.localeCompare(b.title)),
    ).toEqual([
      { title: 'Dans Gardée', map: { title: 'Gardée' } },
      { title: 'Dans Supprimée', map: null },
    ]);
  });
});
