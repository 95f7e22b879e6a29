/**
 * A touchpoint's duration (`durationMinutes`), added by following CONTRIBUTING.md's checklist:
 * the SDL, the entity declaration, the input schema — and this test. Everything else (storage,
 * reading, diffs, restore, duplicate) follows from the declaration.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { partKey } from '../../store/keys';
import { addStage, codes, createMap } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let map: Json;
let stage: Json;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  map = await createMap(editor);
  stage = await addStage(editor, map.id, 'Achat');
});

const add = (extra: Record<string, unknown>) =>
  editor.send(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id durationMinutes } } }`,
    { i: { mapId: map.id, stageId: stage.id, name: 'Paiement', channel: 'WEBSITE', ...extra } },
  );
const update = (touchpointId: string, durationMinutes: unknown) =>
  editor.send(
    `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id durationMinutes revision } } }`,
    { i: { mapId: map.id, touchpointId, durationMinutes } },
  );
const durationOf = async (touchpointId: string) => {
  const data = await editor.ok(
    `query($id: ID!) { journeyMap(id: $id) { stages { touchpoints { id durationMinutes } } } }`,
    { id: map.id },
  );
  return data.journeyMap.stages
    .flatMap((s: Json) => s.touchpoints)
    .find((t: Json) => t.id === touchpointId).durationMinutes;
};

describe('Touchpoint.durationMinutes', () => {
  it('is stored on add, changed and cleared on update, and read back', async () => {
    const added = (await add({ durationMinutes: 12 })).data.addTouchpoint.touchpoint;
    expect(added.durationMinutes).toBe(12);
    expect(await durationOf(added.id)).toBe(12);
    expect((await update(added.id, 45)).data?.updateTouchpoint.touchpoint.durationMinutes).toBe(45);
    expect(await durationOf(added.id)).toBe(45);
    expect(codes(await update(added.id, null))).toEqual([]);
    expect(await durationOf(added.id)).toBeNull();
  });

  it('is null when not given', async () => {
    const added = (await add({})).data.addTouchpoint.touchpoint;
    expect(added.durationMinutes).toBeNull();
  });

  it.each([[-1], [43_201], [2.5]])(
    'refuses %p minutes with the path of the field',
    async (value) => {
      const result = await add({ durationMinutes: value });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(
        value === 2.5 ? ['i', 'durationMinutes'] : ['input', 'durationMinutes'],
      );
    },
  );

  it('reads as null on a touchpoint stored before the field existed', async () => {
    const added = (await add({ durationMinutes: 5 })).data.addTouchpoint.touchpoint;
    await api.raw.send(
      new UpdateCommand({
        TableName: api.runtime.dynamo.tableName,
        Key: partKey(editor.workspaceId, map.id, 'touchpoint', added.id),
        UpdateExpression: 'REMOVE durationMinutes',
      }),
    );
    expect(await durationOf(added.id)).toBeNull();
  });

  it('shows in the diff between a version and the draft', async () => {
    const added = (await add({ durationMinutes: 3 })).data.addTouchpoint.touchpoint;
    await editor.ok(
      `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
      { i: { mapId: map.id, label: 'v1' } },
    );
    await update(added.id, 8);
    const diff = await editor.ok(
      `query($id: ID!) { compareJourneyMapVersions(mapId: $id, from: 1) { touchpoints { changed { id changes { field before after } } } } }`,
      { id: map.id },
    );
    const changed = diff.compareJourneyMapVersions.touchpoints.changed.find(
      (c: Json) => c.id === added.id,
    );
    expect(changed.changes).toEqual([{ field: 'durationMinutes', before: 3, after: 8 }]);
  });
});
