import { addStage, addTouchpoint, codes, createMap, readMap } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

describe('Concurrent writers', () => {
  it('lets exactly one of 20 updates with the same expectedRevision land; the others get CONFLICT', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const tp = await addTouchpoint(editor, map.id, stage.id, 'Paiement');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        editor.send(
          `mutation($input: UpdateTouchpointInput!) { updateTouchpoint(input: $input) { touchpoint { name revision } } }`,
          {
            input: {
              mapId: map.id,
              touchpointId: tp.id,
              expectedRevision: 1,
              name: `Paiement ${i}`,
            },
          },
        ),
      ),
    );
    const landed = results.filter((r) => !r.errors);
    expect(landed).toHaveLength(1);
    expect(results.filter((r) => codes(r)[0] === 'CONFLICT')).toHaveLength(19);
    const read = await readMap(editor, map.id);
    expect(read.stages[0].touchpoints[0]).toMatchObject({
      name: landed[0]?.data?.updateTouchpoint.touchpoint.name,
      revision: 2,
    });
  });

  it('lands all of 25 parallel addTouchpoint, with dense positions', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Découverte');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => addTouchpoint(editor, map.id, stage.id, `Point ${i}`)),
    );
    const read = await readMap(editor, map.id);
    const touchpoints = read.stages[0].touchpoints;
    expect(touchpoints).toHaveLength(25);
    expect(touchpoints.map((t: Json) => t.position)).toEqual(
      Array.from({ length: 25 }, (_, i) => i),
    );
    expect(new Set(touchpoints.map((t: Json) => t.id))).toEqual(new Set(results.map((r) => r.id)));
  });

  it('lands concurrent edits of different fields and different parts without losing any', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Usage');
    const tp = await addTouchpoint(editor, map.id, stage.id, 'Chat');
    await Promise.all([
      editor.ok(
        `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
        {
          i: { mapId: map.id, touchpointId: tp.id, emotionScore: -1 },
        },
      ),
      editor.ok(
        `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
        {
          i: { mapId: map.id, touchpointId: tp.id, ownerTeam: 'Support' },
        },
      ),
      editor.ok(`mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }`, {
        i: { mapId: map.id, stageId: stage.id, customerGoal: 'Prendre en main' },
      }),
      ...Array.from({ length: 5 }, (_, i) =>
        editor.ok(
          `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { painPoint { id } } }`,
          {
            i: { mapId: map.id, touchpointId: tp.id, description: `Friction ${i}` },
          },
        ),
      ),
      editor.ok(`mutation($i: MoveStageInput!) { moveStage(input: $i) { stage { id } } }`, {
        i: { mapId: map.id, stageId: stage.id, position: 0 },
      }),
    ]);
    const read = await readMap(editor, map.id);
    const touchpoint = read.stages[0].touchpoints[0];
    expect(touchpoint).toMatchObject({ emotionScore: -1, revision: 3 });
    expect(touchpoint.painPoints).toHaveLength(5);
    const stageRead = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { stages { customerGoal touchpoints { ownerTeam } } } }`,
      { id: map.id },
    );
    expect(stageRead.journeyMap.stages[0]).toEqual({
      customerGoal: 'Prendre en main',
      touchpoints: [{ ownerTeam: 'Support' }],
    });
  });
});
