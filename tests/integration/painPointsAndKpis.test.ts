import { addStage, addTouchpoint, codes, createMap } from '../support/fixtures';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

const KPI = `id stageId name type unit direction baseline target current measuredAt targetReached revision
  history { value measuredAt source }`;

describe('Pain points', () => {
  it('adds, updates and removes a pain point with its evidence', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const tp = await addTouchpoint(editor, map.id, stage.id, 'Formulaire de devis');
    const added = await editor.ok(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id touchpointId description severity evidence revision } } }`,
      {
        input: {
          mapId: map.id,
          touchpointId: tp.id,
          description: 'Formulaire de demande de devis trop long (14 champs)',
          evidence: ['« J’ai abandonné au 9e champ » – interview', 'Ticket #4521'],
        },
      },
    );
    const pp = added.addPainPoint.painPoint;
    expect(pp).toMatchObject({ touchpointId: tp.id, severity: 'MEDIUM', revision: 1 });
    const updated = await editor.ok(
      `mutation($input: UpdatePainPointInput!) { updatePainPoint(input: $input) { painPoint { description severity evidence revision } } }`,
      { input: { mapId: map.id, painPointId: pp.id, severity: 'CRITICAL', expectedRevision: 1 } },
    );
    expect(updated.updatePainPoint.painPoint).toEqual({
      description: 'Formulaire de demande de devis trop long (14 champs)',
      severity: 'CRITICAL',
      evidence: ['« J’ai abandonné au 9e champ » – interview', 'Ticket #4521'],
      revision: 2,
    });
    const removed = await editor.ok(
      `mutation($input: RemovePainPointInput!) { removePainPoint(input: $input) { deletedId journeyMap { stages { touchpoints { painPoints { id } } } } } }`,
      { input: { mapId: map.id, painPointId: pp.id } },
    );
    expect(removed.removePainPoint.journeyMap.stages[0].touchpoints[0].painPoints).toEqual([]);
  });

  it('refuses a pain point on an unknown touchpoint and an empty description', async () => {
    const map = await createMap(editor);
    const unknown = await editor.send(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
      { input: { mapId: map.id, touchpointId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', description: 'x' } },
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const empty = await editor.send(
      `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
      { input: { mapId: map.id, touchpointId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', description: '' } },
    );
    expect(empty.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['input', 'description']);
  });
});

describe('KPIs', () => {
  it('keeps a history, with current as the latest measurement, and tells whether the target is reached', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Recommandation');
    const added = await editor.ok(
      `mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { ${KPI} } } }`,
      {
        input: {
          mapId: map.id,
          stageId: stage.id,
          name: 'NPS clients premium',
          type: 'NPS',
          unit: 'points',
          baseline: 35,
          target: 50,
          current: 38,
          measuredAt: '2024-03-31T00:00:00Z',
          source: 'Enquête NPS T1',
        },
      },
    );
    const kpi = added.addKpi.kpi;
    expect(kpi).toMatchObject({
      direction: 'HIGHER_IS_BETTER',
      current: 38,
      targetReached: false,
      revision: 1,
    });

    const record = (value: number, measuredAt: string) =>
      editor.ok(
        `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { kpi { current measuredAt targetReached revision history { value } } } }`,
        { input: { mapId: map.id, kpiId: kpi.id, value, measuredAt, source: 'Enquête NPS' } },
      );
    await record(45, '2024-09-30T00:00:00Z');
    // A backdated measurement joins the history in date order without becoming current.
    const backdated = await record(36, '2024-06-30T00:00:00Z');
    expect(backdated.recordKpiMeasurement.kpi).toEqual({
      current: 45,
      measuredAt: '2024-09-30T00:00:00.000Z',
      targetReached: false,
      revision: 3,
      history: [{ value: 38 }, { value: 36 }, { value: 45 }],
    });
    const reached = await record(51, '2024-12-31T00:00:00Z');
    expect(reached.recordKpiMeasurement.kpi.targetReached).toBe(true);
  });

  it('derives a falling direction for churn and from a baseline above the target', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Usage');
    const add = (input: Record<string, unknown>) =>
      editor.ok(
        `mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { direction targetReached } } }`,
        {
          input: { mapId: map.id, stageId: stage.id, ...input },
        },
      );
    expect(
      (await add({ name: 'Churn', type: 'CHURN_RATE', target: 3, current: 2.5 })).addKpi.kpi,
    ).toEqual({
      direction: 'LOWER_IS_BETTER',
      targetReached: true,
    });
    expect(
      (await add({ name: 'Délai', type: 'CUSTOM', baseline: 15, target: 8, current: 12 })).addKpi
        .kpi,
    ).toEqual({
      direction: 'LOWER_IS_BETTER',
      targetReached: false,
    });
  });

  it('updates and removes a KPI; refuses one on an unknown stage', async () => {
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const kpi = (
      await editor.ok(`mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { id } } }`, {
        input: {
          mapId: map.id,
          stageId: stage.id,
          name: 'Abandon de panier',
          type: 'CART_ABANDONMENT_RATE',
          unit: '%',
        },
      })
    ).addKpi.kpi;
    const updated = await editor.ok(
      `mutation($input: UpdateKpiInput!) { updateKpi(input: $input) { kpi { name baseline target unit revision } } }`,
      {
        input: {
          mapId: map.id,
          kpiId: kpi.id,
          baseline: 72,
          target: 55,
          unit: null,
          expectedRevision: 1,
        },
      },
    );
    expect(updated.updateKpi.kpi).toEqual({
      name: 'Abandon de panier',
      baseline: 72,
      target: 55,
      unit: null,
      revision: 2,
    });
    await editor.ok(
      `mutation($input: RemoveKpiInput!) { removeKpi(input: $input) { deletedId } }`,
      {
        input: { mapId: map.id, kpiId: kpi.id },
      },
    );
    const gone = await editor.send(
      `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { kpi { id } } }`,
      { input: { mapId: map.id, kpiId: kpi.id, value: 1 } },
    );
    expect(codes(gone)).toEqual(['NOT_FOUND']);
    const unknownStage = await editor.send(
      `mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { id } } }`,
      { input: { mapId: map.id, stageId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', name: 'x', type: 'NPS' } },
    );
    expect(codes(unknownStage)).toEqual(['NOT_FOUND']);
  });
});
