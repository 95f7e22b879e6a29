import { addStage, addTouchpoint, codes, createMap, layout, readMap } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

const positionsAreDense = (map: Json) => {
  expect(map.stages.map((s: Json) => s.position)).toEqual(
    map.stages.map((_: Json, i: number) => i),
  );
  for (const stage of map.stages) {
    expect(stage.touchpoints.map((t: Json) => t.position)).toEqual(
      stage.touchpoints.map((_: Json, i: number) => i),
    );
  }
};

describe('Stages', () => {
  it('adds at the end or at a position, moves and removes, keeping positions dense', async () => {
    const map = await createMap(editor);
    const a = await addStage(editor, map.id, 'A');
    const c = await addStage(editor, map.id, 'C');
    await addStage(editor, map.id, 'B', 1);
    await addStage(editor, map.id, 'Z', 0);
    expect((await readMap(editor, map.id)).stages.map((s: Json) => s.name)).toEqual([
      'Z',
      'A',
      'B',
      'C',
    ]);

    const moved = await editor.ok(
      `mutation($input: MoveStageInput!) { moveStage(input: $input) { stage { name position revision } journeyMap { stages { name } } } }`,
      { input: { mapId: map.id, stageId: c.id, position: 0 } },
    );
    expect(moved.moveStage.stage).toEqual({ name: 'C', position: 0, revision: 2 });
    expect(moved.moveStage.journeyMap.stages.map((s: Json) => s.name)).toEqual([
      'C',
      'Z',
      'A',
      'B',
    ]);

    await editor.ok(
      `mutation($input: MoveStageInput!) { moveStage(input: $input) { stage { id } } }`,
      {
        input: { mapId: map.id, stageId: a.id, position: 99 },
      },
    );
    const after = await readMap(editor, map.id);
    expect(after.stages.map((s: Json) => s.name)).toEqual(['C', 'Z', 'B', 'A']);
    positionsAreDense(after);
  });

  it('updates a stage and answers CONFLICT to a stale revision', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Découverte');
    const update = (expectedRevision: number) =>
      editor.send(
        `mutation($input: UpdateStageInput!) { updateStage(input: $input) { stage { name customerGoal owner revision position } } }`,
        {
          input: {
            mapId: map.id,
            stageId: stage.id,
            expectedRevision,
            customerGoal: 'Trouver un outil',
            owner: 'Marketing',
          },
        },
      );
    const first = await update(1);
    expect(first.data?.updateStage.stage).toEqual({
      name: 'Découverte',
      customerGoal: 'Trouver un outil',
      owner: 'Marketing',
      revision: 2,
      position: 0,
    });
    const second = await update(1);
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.errors?.[0]?.extensions?.currentRevision).toBe(2);
  });

  it('removes a stage with its touchpoints, pain points and KPIs', async () => {
    const map = await createMap(editor);
    const keep = await addStage(editor, map.id, 'Garder');
    const drop = await addStage(editor, map.id, 'Retirer');
    const tp = await addTouchpoint(editor, map.id, drop.id, 'Formulaire');
    await editor.ok(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
      {
        input: { mapId: map.id, touchpointId: tp.id, description: 'Trop de champs' },
      },
    );
    await editor.ok(`mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { id } } }`, {
      input: { mapId: map.id, stageId: drop.id, name: 'Conversion', type: 'CONVERSION_RATE' },
    });
    const removed = await editor.ok(
      `mutation($input: RemoveStageInput!) { removeStage(input: $input) { deletedId journeyMap { stages { id } } } }`,
      { input: { mapId: map.id, stageId: drop.id } },
    );
    expect(removed.removeStage).toEqual({
      deletedId: drop.id,
      journeyMap: { stages: [{ id: keep.id }] },
    });
    const contents = await api.runtime.storesFor().maps.read(editor.workspaceId, map.id);
    expect({
      tps: contents?.touchpoints.length,
      pps: contents?.painPoints.length,
      kpis: contents?.kpis.length,
    }).toEqual({
      tps: 0,
      pps: 0,
      kpis: 0,
    });
    const again = await editor.send(
      `mutation($input: RemoveStageInput!) { removeStage(input: $input) { deletedId } }`,
      { input: { mapId: map.id, stageId: drop.id } },
    );
    expect(codes(again)).toEqual(['NOT_FOUND']);
  });
});

describe('Touchpoints', () => {
  it('derives the mode from the channel and the colour from the emotion score', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const add = (name: string, extra: Record<string, unknown>) =>
      editor.ok(
        `mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { touchpoint { name channel mode emotionScore emotionColor isMomentOfTruth position actions thoughts ownerTeam } } }`,
        { input: { mapId: map.id, stageId: stage.id, name, ...extra } },
      );
    const store = await add('Magasin', { channel: 'STORE', emotionScore: 2 });
    expect(store.addTouchpoint.touchpoint).toMatchObject({
      mode: 'OFFLINE',
      emotionColor: 'GREEN',
      position: 0,
      isMomentOfTruth: false,
    });
    const quote = await add('Formulaire de devis', {
      channel: 'WEBSITE',
      emotionScore: -2,
      isMomentOfTruth: true,
      actions: ['Remplit 14 champs'],
      thoughts: ['Pourquoi tant de questions ?'],
      ownerTeam: 'Sales',
    });
    expect(quote.addTouchpoint.touchpoint).toMatchObject({
      mode: 'ONLINE',
      emotionColor: 'RED',
      position: 1,
      ownerTeam: 'Sales',
    });
    const neutral = await add('Hotline en ligne', {
      channel: 'PHONE',
      mode: 'ONLINE',
      emotionScore: 0,
    });
    expect(neutral.addTouchpoint.touchpoint).toMatchObject({
      mode: 'ONLINE',
      emotionColor: 'ORANGE',
    });
    const unscored = await add('Presse', { channel: 'PRESS' });
    expect(unscored.addTouchpoint.touchpoint).toMatchObject({
      emotionScore: null,
      emotionColor: null,
    });

    const read = await readMap(editor, map.id);
    // (2 − 2 + 0) / 3 = 0 → ORANGE; the unscored touchpoint does not count.
    expect(read.stages[0]).toMatchObject({ averageEmotion: 0, emotionColor: 'ORANGE' });
    expect(read.emotionCurve).toEqual([
      {
        stageId: stage.id,
        stageName: 'Achat',
        position: 0,
        averageEmotion: 0,
        emotionColor: 'ORANGE',
      },
    ]);
  });

  it('rounds a stage average half away from zero for its colour', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Usage');
    await addTouchpoint(editor, map.id, stage.id, 'a', { emotionScore: -1 });
    await addTouchpoint(editor, map.id, stage.id, 'b', { emotionScore: 0 });
    const read = await readMap(editor, map.id);
    expect(read.stages[0]).toMatchObject({ averageEmotion: -0.5, emotionColor: 'RED' });
  });

  it('moves a touchpoint within its stage and to another stage', async () => {
    const map = await createMap(editor);
    const s1 = await addStage(editor, map.id, 'S1');
    const s2 = await addStage(editor, map.id, 'S2');
    const [a, b, c] = [
      await addTouchpoint(editor, map.id, s1.id, 'a'),
      await addTouchpoint(editor, map.id, s1.id, 'b'),
      await addTouchpoint(editor, map.id, s1.id, 'c'),
    ];
    await addTouchpoint(editor, map.id, s2.id, 'x');
    await addTouchpoint(editor, map.id, s1.id, 'first', { position: 0 });
    const move = (
      touchpointId: string,
      stageId: string,
      position: number,
      expectedRevision?: number,
    ) =>
      editor.send(
        `mutation($input: MoveTouchpointInput!) { moveTouchpoint(input: $input) { touchpoint { stageId position revision } } }`,
        { input: { mapId: map.id, touchpointId, stageId, position, expectedRevision } },
      );
    const moved = await move(c.id, s1.id, 1);
    expect(moved.data?.moveTouchpoint.touchpoint).toEqual({
      stageId: s1.id,
      position: 1,
      revision: 2,
    });
    await move(a.id, s2.id, 0);
    expect(layout(await readMap(editor, map.id))).toEqual({
      S1: ['first', 'c', 'b'],
      S2: ['a', 'x'],
    });
    await move(b.id, s2.id, 1);
    const read = await readMap(editor, map.id);
    expect(layout(read)).toEqual({ S1: ['first', 'c'], S2: ['a', 'b', 'x'] });
    positionsAreDense(read);
    expect(codes(await move(b.id, s2.id, 0, 1))).toEqual(['CONFLICT']);
    expect(codes(await move(b.id, '01JZZZZZZZZZZZZZZZZZZZZZZZ', 0))).toEqual(['NOT_FOUND']);
  });

  it('updates only the given fields; a new channel brings its mode', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Usage');
    const tp = await addTouchpoint(editor, map.id, stage.id, 'Chat', {
      channel: 'LIVE_CHAT',
      emotionScore: 1,
      actions: ['Pose une question'],
    });
    const updated = await editor.ok(
      `mutation($input: UpdateTouchpointInput!) { updateTouchpoint(input: $input) { touchpoint { name channel mode emotionScore emotionColor actions revision } } }`,
      {
        input: {
          mapId: map.id,
          touchpointId: tp.id,
          channel: 'PHONE',
          emotionScore: null,
          expectedRevision: 1,
        },
      },
    );
    expect(updated.updateTouchpoint.touchpoint).toEqual({
      name: 'Chat',
      channel: 'PHONE',
      mode: 'OFFLINE',
      emotionScore: null,
      emotionColor: null,
      actions: ['Pose une question'],
      revision: 2,
    });
  });

  it('removes a touchpoint with its pain points', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const tp = await addTouchpoint(editor, map.id, stage.id, 'Paiement');
    await editor.ok(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
      {
        input: {
          mapId: map.id,
          touchpointId: tp.id,
          description: 'Frais cachés au paiement',
          severity: 'CRITICAL',
        },
      },
    );
    const removed = await editor.ok(
      `mutation($input: RemoveTouchpointInput!) { removeTouchpoint(input: $input) { deletedId journeyMap { stages { touchpoints { id } } } } }`,
      { input: { mapId: map.id, touchpointId: tp.id, expectedRevision: 1 } },
    );
    expect(removed.removeTouchpoint).toEqual({
      deletedId: tp.id,
      journeyMap: { stages: [{ touchpoints: [] }] },
    });
    const contents = await api.runtime.storesFor().maps.read(editor.workspaceId, map.id);
    expect(contents?.painPoints).toEqual([]);
  });

  it('refuses a touchpoint in a stage of another map', async () => {
    const m1 = await createMap(editor);
    const m2 = await createMap(editor);
    const s2 = await addStage(editor, m2.id, 'Ailleurs');
    const result = await editor.send(
      `mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { touchpoint { id } } }`,
      { input: { mapId: m1.id, stageId: s2.id, name: 'x', channel: 'EMAIL' } },
    );
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.message).toContain('Stage');
  });
});
