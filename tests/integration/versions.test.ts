import * as fixtures from '../support/fixtures';
import { mapPartitionItems } from '../support/rawTable';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

const PUBLISH = `mutation($i: PublishJourneyMapVersionInput!) {
  publishJourneyMapVersion(input: $i) { version { number label notes publishedAt publishedBy { kind id } map { id version title } } }
}`;
const publish = (caller: Caller, mapId: string, label: string, notes?: string) =>
  caller.send(PUBLISH, { i: { mapId, label, ...(notes ? { notes } : {}) } });
/**
 * The tests' map query with each object's `entityId` where it selects `id`: a
 * version's objects have ids of their own (docs/frontends.md), so the draft and
 * a version are compared entity by entity.
 */
const MAP_BY_ENTITY = fixtures.MAP_QUERY.replace(/^(\s+)id$/gm, '$1entityId');
const readDraft = async (caller: Caller, id: string) =>
  (await caller.ok(MAP_BY_ENTITY, { id })).journeyMap;
const readVersion = async (caller: Caller, id: string, version: number) =>
  (
    await caller.ok(
      MAP_BY_ENTITY.replace('journeyMap(id: $id)', `journeyMap(id: $id, version: ${version})`),
      { id },
    )
  ).journeyMap;

const DIFF = `query($m: ID!, $from: Int!, $to: Int) {
  compareJourneyMapVersions(mapId: $m, from: $from, to: $to) {
    from to
    map { field before after }
    stages { added { name } removed { name } changed { id name changes { field before after } } }
    touchpoints { added { entityId name position stageId } removed { entityId name } changed { id name changes { field before after } } }
    painPoints { added { description } removed { entityId description severity } changed { id name changes { field before after } } }
    emotionDeltas { stageName before after delta colorBefore colorAfter }
    kpiDeltas { name type before after delta target targetReached }
    improvements { added { title } removed { title } statusChanged { title before after } changed { name changes { field before after } } }
    summary { stagesAdded stagesRemoved stagesChanged touchpointsAdded touchpointsRemoved touchpointsChanged
      painPointsAdded painPointsRemoved painPointsChanged improvementsAdded improvementsRemoved improvementsStatusChanged
      improvementsCompleted improvementsChanged mapFieldsChanged kpisChanged kpisReachingTarget
      averageEmotionBefore averageEmotionAfter identical }
  }
}`;

const mutate = (caller: Caller, mutation: string, input: Record<string, unknown>): Promise<Json> =>
  caller.ok(mutation, { i: input });

/** The stored items of version 1 (its description, its list entry, its chunks). */
const versionOneItems = async (caller: Caller, mapId: string) =>
  (await mapPartitionItems(api, caller.workspaceId, mapId)).filter(
    (i) => String(i.SK).startsWith('VM#000001') || String(i.SK).startsWith('V#000001#'),
  );

/** The v1 of seed 004's story: an evaluation stage with the 14-field quote form, a purchase stage, NPS 38. */
async function storyV1(caller: Caller) {
  const map = await fixtures.createMap(caller, { title: 'Souscription SaaS' });
  const evaluation = await fixtures.addStage(caller, map.id, 'Recherche et évaluation');
  const purchase = await fixtures.addStage(caller, map.id, 'Achat');
  const pricing = await fixtures.addTouchpoint(caller, map.id, evaluation.id, 'Page Tarifs', {
    emotionScore: 0,
  });
  const quote = await fixtures.addTouchpoint(
    caller,
    map.id,
    evaluation.id,
    'Formulaire de devis (14 champs)',
    {
      emotionScore: -2,
      isMomentOfTruth: true,
    },
  );
  const demo = await fixtures.addTouchpoint(caller, map.id, evaluation.id, 'Démo commerciale', {
    channel: 'SALES_MEETING',
    emotionScore: 1,
  });
  const payment = await fixtures.addTouchpoint(caller, map.id, purchase.id, 'Paiement', {
    emotionScore: -1,
  });
  const quotePain = (
    await fixtures.addPainPoint(
      caller,
      map.id,
      quote.id,
      'Formulaire de devis trop long (14 champs)',
      {
        severity: 'CRITICAL',
      },
    )
  ).id;
  const nps = (
    await fixtures.addKpi(caller, map.id, purchase.id, 'NPS', 'NPS', {
      baseline: 38,
      target: 50,
      current: 38,
      measuredAt: '2024-12-31T00:00:00Z',
    })
  ).id;
  const shorten = (
    await mutate(
      caller,
      `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
      {
        mapId: map.id,
        title: 'Raccourcir le formulaire de devis',
        impact: 5,
        effort: 2,
        status: 'IN_PROGRESS',
        touchpointIds: [quote.id],
        painPointIds: [quotePain],
      },
    )
  ).createImprovement.improvement.id;
  return { map, evaluation, purchase, pricing, quote, demo, payment, quotePain, nps, shorten };
}

describe('Publishing', () => {
  it('freezes the draft as version 1, 2… and leaves the draft unchanged', async () => {
    const editor = api.caller('EDITOR');
    const { map } = await storyV1(editor);
    const draftBefore = await readDraft(editor, map.id);
    const v1 = await publish(editor, map.id, 'v1 2024', 'Premier atelier');
    expect(v1.data?.publishJourneyMapVersion.version).toMatchObject({
      number: 1,
      label: 'v1 2024',
      notes: 'Premier atelier',
      publishedBy: { kind: 'USER', id: 'user-editor' },
      map: { id: `${map.id}@v1`, version: 1, title: 'Souscription SaaS' },
    });
    expect(await readDraft(editor, map.id)).toEqual(draftBefore);
    const version = await readVersion(editor, map.id, 1);
    expect({ ...version, revision: 0, updatedAt: '' }).toEqual({
      ...draftBefore,
      revision: 0,
      updatedAt: '',
    });
    expect(
      (await publish(editor, map.id, 'v2 2025')).data?.publishJourneyMapVersion.version.number,
    ).toBe(2);
    const listed = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { version versions { number label } latestVersion { number label } } }`,
      { id: map.id },
    );
    expect(listed.journeyMap).toEqual({
      version: null,
      versions: [
        { number: 1, label: 'v1 2024' },
        { number: 2, label: 'v2 2025' },
      ],
      latestVersion: { number: 2, label: 'v2 2025' },
    });
    const missing = await editor.send(
      `query($id: ID!) { journeyMap(id: $id, version: 3) { id } }`,
      { id: map.id },
    );
    expect(fixtures.codes(missing)).toEqual(['NOT_FOUND']);
  });

  it('gives concurrent publishes distinct numbers without gaps', async () => {
    const editor = api.caller('EDITOR');
    const map = await fixtures.createMap(editor, { template: 'FIVE_STAGES' });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => publish(editor, map.id, `v${i}`)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data?.publishJourneyMapVersion.version.number).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a version in one request', async () => {
    const editor = api.caller('EDITOR');
    const { map } = await storyV1(editor);
    await publish(editor, map.id, 'v1');
    api.requests.reset();
    await readVersion(editor, map.id, 1);
    expect(api.requests.byCommand()).toEqual({ Query: 1 });
  });
});

describe('Immutability of published versions', () => {
  it('keeps a version exactly as published whatever is done to the draft and its personas', async () => {
    const editor = api.caller('EDITOR');
    const persona = (
      await editor.ok(`mutation { createPersona(input: { name: "Marie" }) { persona { id } } }`)
    ).createPersona.persona.id;
    const story = await storyV1(editor);
    const { map } = story;
    await editor.ok(
      `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
      {
        i: { id: map.id, personaIds: [persona] },
      },
    );
    await publish(editor, map.id, 'v1');
    const frozen = await readVersion(editor, map.id, 1);
    const storedBefore = await versionOneItems(editor, map.id);
    expect(storedBefore.length).toBeGreaterThanOrEqual(3);

    const ids = { mapId: map.id };
    const mutations: [string, Record<string, unknown>][] = [
      [
        `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
        { id: map.id, title: 'Changé' },
      ],
      [
        `mutation($i: UpdatePersonaInput!) { updatePersona(input: $i) { persona { id } } }`,
        { id: persona, name: 'Marie (renommée)' },
      ],
      [
        `mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`,
        { ...ids, name: 'Nouvelle' },
      ],
      [
        `mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }`,
        { ...ids, stageId: story.evaluation.id, name: 'Évaluation' },
      ],
      [
        `mutation($i: MoveStageInput!) { moveStage(input: $i) { stage { id } } }`,
        { ...ids, stageId: story.purchase.id, position: 0 },
      ],
      [
        `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
        { ...ids, stageId: story.purchase.id, name: 'x', channel: 'EMAIL' },
      ],
      [
        `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
        { ...ids, touchpointId: story.pricing.id, emotionScore: 2 },
      ],
      [
        `mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { touchpoint { id } } }`,
        { ...ids, touchpointId: story.demo.id, stageId: story.purchase.id, position: 0 },
      ],
      [
        `mutation($i: UpdatePainPointInput!) { updatePainPoint(input: $i) { painPoint { id } } }`,
        { ...ids, painPointId: story.quotePain, severity: 'LOW' },
      ],
      [
        `mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { kpi { id } } }`,
        { ...ids, kpiId: story.nps, value: 45 },
      ],
      [
        `mutation($i: UpdateKpiInput!) { updateKpi(input: $i) { kpi { id } } }`,
        { ...ids, kpiId: story.nps, target: 60 },
      ],
      [
        `mutation($i: UpdateImprovementInput!) { updateImprovement(input: $i) { improvement { id } } }`,
        { id: story.shorten, status: 'DONE' },
      ],
      [
        `mutation($i: RemovePainPointInput!) { removePainPoint(input: $i) { deletedId } }`,
        { ...ids, painPointId: story.quotePain },
      ],
      [
        `mutation($i: RemoveTouchpointInput!) { removeTouchpoint(input: $i) { deletedId } }`,
        { ...ids, touchpointId: story.quote.id },
      ],
      [
        `mutation($i: RemoveKpiInput!) { removeKpi(input: $i) { deletedId } }`,
        { ...ids, kpiId: story.nps },
      ],
      [
        `mutation($i: DeleteImprovementInput!) { deleteImprovement(input: $i) { deletedId } }`,
        { id: story.shorten },
      ],
      [
        `mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`,
        { ...ids, stageId: story.evaluation.id },
      ],
      [
        `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
        { mapId: map.id, label: 'v2' },
      ],
      [
        `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { id } } }`,
        { mapId: map.id, version: 2 },
      ],
      [
        `mutation($i: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $i) { journeyMap { id } } }`,
        { mapId: map.id, version: 1, title: 'Copie', state: 'FUTURE' },
      ],
    ];
    for (const [mutation, input] of mutations) await mutate(editor, mutation, input);

    // Every kind of change left its entry in the map's history (the duplicate's is in the copy's).
    const history = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { history(first: 100) { edges { node { operation } } } } }`,
      { id: map.id },
    );
    const operations = new Set(history.journeyMap.history.edges.map((e: Json) => e.node.operation));
    const expected = mutations
      .map(([mutation]) => /\{ (\w+)\(input/.exec(mutation)?.[1])
      .filter((name) => name !== 'duplicateJourneyMap' && name !== 'updatePersona');
    expect(expected.filter((name) => !operations.has(name))).toEqual([]);
    expect(expected).toHaveLength(mutations.length - 2);

    expect(await readVersion(editor, map.id, 1)).toEqual(frozen);
    expect(frozen.personas).toEqual([{ entityId: persona, name: 'Marie' }]);
    expect(await versionOneItems(editor, map.id)).toEqual(storedBefore);
  });
});

describe('Comparing versions: seed 004’s v1 → v2 story', () => {
  let editor: Caller;
  let story: Awaited<ReturnType<typeof storyV1>>;
  let trialId: string;

  beforeAll(async () => {
    editor = api.caller('EDITOR');
    story = await storyV1(editor);
    const mapId = story.map.id;
    await publish(editor, mapId, 'v1 2024');
    // The quarterly review: the quote form shortened, the demo dropped, a trial added, NPS up, a fix done.
    await mutate(
      editor,
      `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        mapId,
        touchpointId: story.quote.id,
        name: 'Formulaire de devis (5 champs)',
        emotionScore: 1,
      },
    );
    await mutate(
      editor,
      `mutation($i: RemovePainPointInput!) { removePainPoint(input: $i) { deletedId } }`,
      {
        mapId,
        painPointId: story.quotePain,
      },
    );
    await mutate(
      editor,
      `mutation($i: RemoveTouchpointInput!) { removeTouchpoint(input: $i) { deletedId } }`,
      {
        mapId,
        touchpointId: story.demo.id,
      },
    );
    trialId = (
      await fixtures.addTouchpoint(editor, mapId, story.purchase.id, 'Essai gratuit de 14 jours', {
        emotionScore: 2,
        position: 0,
      })
    ).id;
    await mutate(
      editor,
      `mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { kpi { id } } }`,
      {
        mapId,
        kpiId: story.nps,
        value: 45,
        measuredAt: '2025-03-31T00:00:00Z',
      },
    );
    await mutate(
      editor,
      `mutation($i: UpdateImprovementInput!) { updateImprovement(input: $i) { improvement { id } } }`,
      {
        id: story.shorten,
        status: 'DONE',
      },
    );
    await publish(editor, mapId, 'v2 2025');
  });

  it('reports every difference, field by field, in a deterministic order', async () => {
    const { compareJourneyMapVersions: diff } = await editor.ok(DIFF, {
      m: story.map.id,
      from: 1,
      to: 2,
    });
    expect(diff).toEqual({
      from: 1,
      to: 2,
      map: [],
      stages: { added: [], removed: [], changed: [] },
      touchpoints: {
        added: [
          {
            entityId: trialId,
            name: 'Essai gratuit de 14 jours',
            position: 0,
            stageId: story.purchase.id,
          },
        ],
        removed: [{ entityId: story.demo.id, name: 'Démo commerciale' }],
        changed: [
          {
            id: story.quote.id,
            name: 'Formulaire de devis (5 champs)',
            changes: [
              {
                field: 'name',
                before: 'Formulaire de devis (14 champs)',
                after: 'Formulaire de devis (5 champs)',
              },
              { field: 'emotionScore', before: -2, after: 1 },
            ],
          },
        ],
      },
      painPoints: {
        added: [],
        removed: [
          {
            entityId: story.quotePain,
            description: 'Formulaire de devis trop long (14 champs)',
            severity: 'CRITICAL',
          },
        ],
        changed: [],
      },
      emotionDeltas: [
        {
          stageName: 'Recherche et évaluation',
          before: expect.closeTo(-1 / 3, 9),
          after: 0.5,
          delta: expect.closeTo(0.5 + 1 / 3, 8),
          colorBefore: 'ORANGE',
          colorAfter: 'GREEN',
        },
        {
          stageName: 'Achat',
          before: -1,
          after: 0.5,
          delta: 1.5,
          colorBefore: 'RED',
          colorAfter: 'GREEN',
        },
      ],
      kpiDeltas: [
        {
          name: 'NPS',
          type: 'NPS',
          before: 38,
          after: 45,
          delta: 7,
          target: 50,
          targetReached: false,
        },
      ],
      improvements: {
        added: [],
        removed: [],
        statusChanged: [
          { title: 'Raccourcir le formulaire de devis', before: 'IN_PROGRESS', after: 'DONE' },
        ],
        changed: [
          {
            name: 'Raccourcir le formulaire de devis',
            changes: [
              { field: 'painPointIds', before: JSON.stringify([story.quotePain]), after: '[]' },
            ],
          },
        ],
      },
      summary: {
        stagesAdded: 0,
        stagesRemoved: 0,
        stagesChanged: 0,
        touchpointsAdded: 1,
        touchpointsRemoved: 1,
        touchpointsChanged: 1,
        painPointsAdded: 0,
        painPointsRemoved: 1,
        painPointsChanged: 0,
        improvementsAdded: 0,
        improvementsRemoved: 0,
        improvementsStatusChanged: 1,
        improvementsCompleted: 1,
        improvementsChanged: 1,
        mapFieldsChanged: 0,
        kpisChanged: 1,
        kpisReachingTarget: 0,
        averageEmotionBefore: -0.5,
        averageEmotionAfter: 0.5,
        identical: false,
      },
    });
  });

  it('compares a version with the current draft when `to` is omitted', async () => {
    await mutate(
      editor,
      `mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        mapId: story.map.id,
        touchpointId: story.payment.id,
        stageId: story.evaluation.id,
        position: 0,
      },
    );
    const { compareJourneyMapVersions: diff } = await editor.ok(DIFF, { m: story.map.id, from: 2 });
    expect(diff.to).toBeNull();
    expect(diff.touchpoints.changed).toEqual([
      {
        id: story.payment.id,
        name: 'Paiement',
        changes: [
          { field: 'stageId', before: story.purchase.id, after: story.evaluation.id },
          { field: 'position', before: 1, after: 0 },
        ],
      },
    ]);
    expect(diff.summary).toMatchObject({
      touchpointsChanged: 1,
      touchpointsAdded: 0,
      identical: false,
    });
  });

  it('restores a version: the draft equals it again (same ids), every version stays', async () => {
    const restored = await editor.ok(
      `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { version stages { touchpoints { id name } } improvements { edges { node { status painPointIds } } } } } }`,
      { i: { mapId: story.map.id, version: 1 } },
    );
    expect(
      restored.restoreJourneyMapVersion.journeyMap.stages[0].touchpoints.map((t: Json) => t.id),
    ).toEqual([story.pricing.id, story.quote.id, story.demo.id]);
    expect(restored.restoreJourneyMapVersion.journeyMap.improvements.edges[0].node).toEqual({
      status: 'IN_PROGRESS',
      painPointIds: [story.quotePain],
    });
    const { compareJourneyMapVersions: diff } = await editor.ok(DIFF, { m: story.map.id, from: 1 });
    expect(diff.summary.identical).toBe(true);
    expect(diff.touchpoints).toEqual({ added: [], removed: [], changed: [] });
    const versions = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { versions { number } } }`,
      { id: story.map.id },
    );
    expect(versions.journeyMap.versions).toEqual([{ number: 1 }, { number: 2 }]);
    const again = await editor.ok(DIFF, { m: story.map.id, from: 1, to: 2 });
    expect(again.compareJourneyMapVersions.summary.touchpointsAdded).toBe(1);
  });

  it('duplicates a version into a new FUTURE map with new ids', async () => {
    const copy = (
      await editor.ok(
        `mutation($i: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $i) { journeyMap { id title state status version
          stages { id name touchpoints { id name painPoints { id } improvements { title touchpointIds } } } } } }`,
        {
          i: {
            mapId: story.map.id,
            version: 2,
            title: 'Souscription SaaS – cible 2026',
            state: 'FUTURE',
          },
        },
      )
    ).duplicateJourneyMap.journeyMap;
    expect(copy).toMatchObject({
      title: 'Souscription SaaS – cible 2026',
      state: 'FUTURE',
      status: 'DRAFT',
      version: null,
    });
    const v2 = await readVersion(editor, story.map.id, 2);
    const shape = (map: Json) =>
      map.stages.map((s: Json) => [s.name, s.touchpoints.map((t: Json) => t.name)]);
    expect(shape(copy)).toEqual(shape(v2));
    const originalIds = new Set([
      story.map.id,
      ...v2.stages.flatMap((s: Json) => [
        s.entityId,
        ...s.touchpoints.map((t: Json) => t.entityId),
      ]),
    ]);
    const copyIds = [
      copy.id,
      ...copy.stages.flatMap((s: Json) => [s.id, ...s.touchpoints.map((t: Json) => t.id)]),
    ];
    expect(copyIds.filter((id) => originalIds.has(id))).toEqual([]);
    const quoteCopy = copy.stages[0].touchpoints.find(
      (t: Json) => t.name === 'Formulaire de devis (5 champs)',
    );
    expect(quoteCopy.improvements).toEqual([
      { title: 'Raccourcir le formulaire de devis', touchpointIds: [quoteCopy.id] },
    ]);
  });
});

describe('Comparing KPI definitions', () => {
  it('reports KPIs added, removed and redefined, so a diff is identical only when they match too', async () => {
    const editor = api.caller('EDITOR');
    const map = await fixtures.createMap(editor);
    const stage = await fixtures.addStage(editor, map.id, 'Usage');
    const addKpiTo50 = async (name: string, type: string) =>
      (await fixtures.addKpi(editor, map.id, stage.id, name, type, { target: 50 })).id;
    const nps = await addKpiTo50('NPS', 'NPS');
    const churn = await addKpiTo50('Churn', 'CHURN_RATE');
    await publish(editor, map.id, 'v1');
    await mutate(editor, `mutation($i: UpdateKpiInput!) { updateKpi(input: $i) { kpi { id } } }`, {
      mapId: map.id,
      kpiId: nps,
      target: 60,
    });
    await mutate(editor, `mutation($i: RemoveKpiInput!) { removeKpi(input: $i) { deletedId } }`, {
      mapId: map.id,
      kpiId: churn,
    });
    await addKpiTo50('CSAT', 'CSAT');
    const diff = (
      await editor.ok(
        `query($m: ID!) { compareJourneyMapVersions(mapId: $m, from: 1) {
          kpis { added { name } removed { name } changed { name changes { field before after } } }
          summary { kpisAdded kpisRemoved kpisRedefined identical } } }`,
        { m: map.id },
      )
    ).compareJourneyMapVersions;
    expect(diff).toEqual({
      kpis: {
        added: [{ name: 'CSAT' }],
        removed: [{ name: 'Churn' }],
        changed: [{ name: 'NPS', changes: [{ field: 'target', before: 50, after: 60 }] }],
      },
      summary: { kpisAdded: 1, kpisRemoved: 1, kpisRedefined: 1, identical: false },
    });
  });
});

describe('History', () => {
  it('records every change, newest first, with who, what and which entity', async () => {
    const editor = api.caller('EDITOR', undefined, 'camille');
    const { map, quote } = await storyV1(editor);
    await mutate(
      editor,
      `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        mapId: map.id,
        touchpointId: quote.id,
        emotionScore: 0,
      },
    );
    await publish(editor, map.id, 'v1');
    const page = (after?: string) =>
      editor.ok(
        `query($id: ID!, $after: String) { journeyMap(id: $id) { history(first: 5, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { at actor { kind id } operation entityType entityId summary } } } } }`,
        { id: map.id, after },
      );
    const entries: Json[] = [];
    let after: string | undefined;
    for (;;) {
      const { history } = (await page(after)).journeyMap;
      entries.push(...history.edges.map((e: Json) => e.node));
      if (!history.pageInfo.hasNextPage) break;
      after = history.pageInfo.endCursor;
    }
    expect(entries.map((e) => e.operation)).toEqual([
      'publishJourneyMapVersion',
      'updateTouchpoint',
      'createImprovement',
      'addKpi',
      'addPainPoint',
      'addTouchpoint',
      'addTouchpoint',
      'addTouchpoint',
      'addTouchpoint',
      'addStage',
      'addStage',
      'createJourneyMap',
    ]);
    expect(entries[1]).toMatchObject({
      actor: { kind: 'USER', id: 'camille' },
      entityType: 'Touchpoint',
      entityId: quote.id,
      summary: 'Touchpoint fields changed: emotionScore',
    });
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe('Access to versions', () => {
  it('lets a VIEWER read and compare but not publish, restore or duplicate; other workspaces see nothing', async () => {
    const editor = api.caller('EDITOR');
    const { map } = await storyV1(editor);
    await publish(editor, map.id, 'v1');
    const viewer = api.caller('VIEWER', editor.workspaceId);
    expect((await readVersion(viewer, map.id, 1)).entityId).toBe(map.id);
    expect(fixtures.codes(await viewer.send(DIFF, { m: map.id, from: 1 }))).toEqual([]);
    expect(fixtures.codes(await publish(viewer, map.id, 'v2'))).toEqual(['FORBIDDEN']);
    const stranger = api.caller('OWNER');
    expect(
      fixtures.codes(
        await stranger.send(`query($id: ID!) { journeyMap(id: $id, version: 1) { id } }`, {
          id: map.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(fixtures.codes(await stranger.send(DIFF, { m: map.id, from: 1 }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(fixtures.codes(await publish(stranger, map.id, 'v2'))).toEqual(['NOT_FOUND']);
    for (const [mutation, input] of [
      [
        `mutation($i: RestoreJourneyMapVersionInput!) { restoreJourneyMapVersion(input: $i) { journeyMap { id } } }`,
        { mapId: map.id, version: 1 },
      ],
      [
        `mutation($i: DuplicateJourneyMapInput!) { duplicateJourneyMap(input: $i) { journeyMap { id } } }`,
        { mapId: map.id, version: 1, title: 'x', state: 'FUTURE' },
      ],
    ] as const) {
      expect(fixtures.codes(await stranger.send(mutation, { i: input }))).toEqual(['NOT_FOUND']);
      expect(fixtures.codes(await viewer.send(mutation, { i: input }))).toEqual(['FORBIDDEN']);
    }
  });
});
