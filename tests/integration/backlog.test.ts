import {
  addKpi,
  addPainPoint,
  addStage,
  addTouchpoint,
  codes,
  createMap,
} from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

const IMPROVEMENT = `id title impact effort quadrant priorityScore status completedAt stageId touchpointIds painPointIds kpiId revision createdAt
  map { id title }`;

async function create(caller: Caller, input: Record<string, unknown>): Promise<Json> {
  return (
    await caller.ok(
      `mutation($input: CreateImprovementInput!) { createImprovement(input: $input) { improvement { ${IMPROVEMENT} } } }`,
      { input },
    )
  ).createImprovement.improvement;
}

const update = (caller: Caller, input: Record<string, unknown>) =>
  caller.send(
    `mutation($input: UpdateImprovementInput!) { updateImprovement(input: $input) { improvement { ${IMPROVEMENT} } } }`,
    { input },
  );

async function backlog(
  caller: Caller,
  filter: Record<string, unknown> = {},
  first = 100,
): Promise<string[]> {
  const data = await caller.ok(
    `query($filter: ImprovementFilter, $first: Int) { improvements(filter: $filter, first: $first) { edges { node { title } } } }`,
    { filter, first },
  );
  return data.improvements.edges.map((e: Json) => e.node.title);
}

describe('The impact / effort matrix', () => {
  it('derives quadrant and priority score exactly at the boundaries', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const cases: [number, number, string, number][] = [
      [3, 3, 'STRATEGIC_PROJECT', 9],
      [2, 2, 'FILL_IN', 8],
      [3, 2, 'QUICK_WIN', 12],
      [2, 3, 'AVOID', 6],
      [5, 1, 'QUICK_WIN', 25],
      [1, 5, 'AVOID', 1],
      [5, 5, 'STRATEGIC_PROJECT', 5],
      [1, 1, 'FILL_IN', 5],
    ];
    for (const [impact, effort, quadrant, priorityScore] of cases) {
      const improvement = await create(editor, {
        mapId: map.id,
        title: `${impact}/${effort}`,
        impact,
        effort,
      });
      expect([improvement.quadrant, improvement.priorityScore]).toEqual([quadrant, priorityScore]);
    }
    const matrix = await editor.ok(
      `query($mapId: ID!) { improvementMatrix(mapId: $mapId) { quickWins { title } strategicProjects { title } fillIns { title } avoid { title } } }`,
      { mapId: map.id },
    );
    const titles = (list: Json[]) => list.map((i) => i.title);
    expect({
      quickWins: titles(matrix.improvementMatrix.quickWins),
      strategicProjects: titles(matrix.improvementMatrix.strategicProjects),
      fillIns: titles(matrix.improvementMatrix.fillIns),
      avoid: titles(matrix.improvementMatrix.avoid),
    }).toEqual({
      quickWins: ['5/1', '3/2'],
      strategicProjects: ['3/3', '5/5'],
      fillIns: ['2/2', '1/1'],
      avoid: ['2/3', '1/5'],
    });
    const counts = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { improvementCounts { quickWins strategicProjects fillIns avoid total } } }`,
      { id: map.id },
    );
    expect(counts.journeyMap.improvementCounts).toEqual({
      quickWins: 2,
      strategicProjects: 2,
      fillIns: 2,
      avoid: 2,
      total: 8,
    });
  });

  it('orders the backlog by score, then impact, then age, then id', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    // One after the other, so that "older" is created before "newer".
    for (const [title, impact, effort] of [
      ['score 12, impact 3, older', 3, 2],
      ['score 12, impact 4', 4, 3],
      ['score 20', 5, 2],
      ['score 12, impact 3, newer', 3, 2],
      ['score 2', 1, 4],
    ] as const) {
      await create(editor, { mapId: map.id, title, impact, effort });
    }
    expect(await backlog(editor, { mapId: map.id })).toEqual([
      'score 20',
      'score 12, impact 4',
      'score 12, impact 3, older',
      'score 12, impact 3, newer',
      'score 2',
    ]);
  });
});

describe('Backlog listings', () => {
  let editor: Caller;
  let m1: Json;
  let m2: Json;
  let stageId: string;

  beforeAll(async () => {
    editor = api.caller('EDITOR');
    m1 = await createMap(editor, { title: 'Carte 1' });
    m2 = await createMap(editor, { title: 'Carte 2' });
    stageId = (await addStage(editor, m1.id, 'Achat')).id;
    await create(editor, { mapId: m1.id, title: 'A quick win', impact: 5, effort: 1, stageId });
    await create(editor, {
      mapId: m1.id,
      title: 'A project',
      impact: 4,
      effort: 4,
      status: 'PLANNED',
    });
    await create(editor, {
      mapId: m2.id,
      title: 'B quick win',
      impact: 4,
      effort: 1,
      status: 'PLANNED',
    });
    await create(editor, { mapId: m2.id, title: 'B fill-in', impact: 2, effort: 1, stageId: null });
    await create(editor, { mapId: m1.id, title: 'A avoid', impact: 1, effort: 5, stageId });
  });

  it('lists the whole workspace and each filter in backlog order', async () => {
    expect(await backlog(editor)).toEqual([
      'A quick win',
      'B quick win',
      'B fill-in',
      'A project',
      'A avoid',
    ]);
    expect(await backlog(editor, { mapId: m1.id })).toEqual([
      'A quick win',
      'A project',
      'A avoid',
    ]);
    expect(await backlog(editor, { quadrant: 'QUICK_WIN' })).toEqual([
      'A quick win',
      'B quick win',
    ]);
    expect(await backlog(editor, { status: 'PLANNED' })).toEqual(['B quick win', 'A project']);
    expect(await backlog(editor, { mapId: m2.id, quadrant: 'FILL_IN' })).toEqual(['B fill-in']);
    expect(await backlog(editor, { mapId: m1.id, status: 'IDEA' })).toEqual([
      'A quick win',
      'A avoid',
    ]);
    expect(await backlog(editor, { stageId })).toEqual(['A quick win', 'A avoid']);
    expect(await backlog(editor, { quadrant: 'QUICK_WIN', status: 'IDEA' })).toEqual([
      'A quick win',
    ]);
    const total = await editor.ok(`{ improvements(filter: { status: PLANNED }) { totalCount } }`);
    expect(total.improvements.totalCount).toBe(2);
  });

  it('resolves each improvement’s map, and serves a map’s backlog with the same order and filters', async () => {
    const data = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { improvements(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { title map { title } } } }
        filtered: improvements(filter: { stageId: "${stageId}" }) { edges { node { title } } } } }`,
      { id: m1.id },
    );
    expect(
      data.journeyMap.improvements.edges.map((e: Json) => [e.node.title, e.node.map.title]),
    ).toEqual([
      ['A quick win', 'Carte 1'],
      ['A project', 'Carte 1'],
    ]);
    expect(data.journeyMap.improvements).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
    });
    expect(data.journeyMap.filtered.edges.map((e: Json) => e.node.title)).toEqual([
      'A quick win',
      'A avoid',
    ]);
    const next = await editor.ok(
      `query($id: ID!, $after: String) { journeyMap(id: $id) { improvements(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { title } } } } }`,
      { id: m1.id, after: data.journeyMap.improvements.pageInfo.endCursor },
    );
    expect(next.journeyMap.improvements.edges.map((e: Json) => e.node.title)).toEqual(['A avoid']);
  });
});

describe('Re-estimating and progressing an improvement', () => {
  it('moves the item in the backlog at once and sets completedAt when DONE', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const slow = await create(editor, { mapId: map.id, title: 'Lent', impact: 2, effort: 4 });
    await create(editor, { mapId: map.id, title: 'Rapide', impact: 4, effort: 2 });
    expect(await backlog(editor, { mapId: map.id })).toEqual(['Rapide', 'Lent']);

    const reestimated = await update(editor, {
      id: slow.id,
      impact: 5,
      effort: 1,
      expectedRevision: 1,
    });
    expect(reestimated.data?.updateImprovement.improvement).toMatchObject({
      quadrant: 'QUICK_WIN',
      priorityScore: 25,
      revision: 2,
    });
    expect(await backlog(editor, { mapId: map.id })).toEqual(['Lent', 'Rapide']);
    expect(await backlog(editor, { mapId: map.id, quadrant: 'QUICK_WIN' })).toEqual([
      'Lent',
      'Rapide',
    ]);
    expect(await backlog(editor, { mapId: map.id, quadrant: 'AVOID' })).toEqual([]);

    const done = await update(editor, { id: slow.id, status: 'DONE' });
    const completedAt = done.data?.updateImprovement.improvement.completedAt;
    expect(Date.parse(completedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await backlog(editor, { status: 'DONE' })).toEqual(['Lent']);
    const reopened = await update(editor, { id: slow.id, status: 'IN_PROGRESS' });
    expect(reopened.data?.updateImprovement.improvement).toMatchObject({
      status: 'IN_PROGRESS',
      completedAt: null,
    });

    const stale = await update(editor, { id: slow.id, title: 'x', expectedRevision: 1 });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const backwards = await update(editor, { id: slow.id, status: 'IDEA' });
    expect(backwards.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({
      path: ['input', 'status'],
    });
    const outOfRange = await update(editor, { id: slow.id, impact: 6, effort: 0 });
    expect(outOfRange.errors?.[0]?.extensions?.issues?.map((i) => i.path.join('.'))).toEqual([
      'input.impact',
      'input.effort',
    ]);
  });
});

describe('Links to the parts of the map', () => {
  it('refuses a link to a part of another map and stores nothing', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const other = await createMap(editor);
    const foreignStage = await addStage(editor, other.id, 'Ailleurs');
    const foreignTouchpoint = await addTouchpoint(editor, other.id, foreignStage.id, 'Ailleurs');
    for (const links of [
      { stageId: foreignStage.id },
      { touchpointIds: [foreignTouchpoint.id] },
      { kpiId: foreignStage.id },
    ]) {
      const result = await editor.send(
        `mutation($input: CreateImprovementInput!) { createImprovement(input: $input) { improvement { id } } }`,
        { input: { mapId: map.id, title: 'x', impact: 3, effort: 3, ...links } },
      );
      expect(codes(result)).toEqual(['NOT_FOUND']);
    }
    expect(await backlog(editor, { mapId: map.id })).toEqual([]);
  });

  it('shows improvements on the parts they fix, and drops the links when those parts are removed', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const stage = await addStage(editor, map.id, 'Achat');
    const quote = await addTouchpoint(editor, map.id, stage.id, 'Formulaire de devis');
    const pay = await addTouchpoint(editor, map.id, stage.id, 'Paiement');
    const painPoint = (
      await addPainPoint(editor, map.id, quote.id, 'Formulaire de 14 champs', {
        severity: 'CRITICAL',
      })
    ).id;
    const kpi = (await addKpi(editor, map.id, stage.id, 'Conversion', 'CONVERSION_RATE')).id;
    const improvement = await create(editor, {
      mapId: map.id,
      title: 'Raccourcir le formulaire de devis',
      impact: 4,
      effort: 2,
      stageId: stage.id,
      touchpointIds: [pay.id, quote.id],
      painPointIds: [painPoint],
      kpiId: kpi,
    });
    const shown = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { stages { touchpoints { name improvements { title } painPoints { improvements { title } } } } } }`,
      { id: map.id },
    );
    expect(shown.journeyMap.stages[0].touchpoints[0]).toEqual({
      name: 'Formulaire de devis',
      improvements: [{ title: 'Raccourcir le formulaire de devis' }],
      painPoints: [{ improvements: [{ title: 'Raccourcir le formulaire de devis' }] }],
    });
    const resolved = await editor.ok(
      `query($filter: ImprovementFilter) { improvements(filter: $filter) { edges { node { stage { name } touchpoints { name } painPoints { severity } kpi { name } } } } }`,
      { filter: { mapId: map.id } },
    );
    expect(resolved.improvements.edges[0].node).toEqual({
      stage: { name: 'Achat' },
      touchpoints: [{ name: 'Formulaire de devis' }, { name: 'Paiement' }],
      painPoints: [{ severity: 'CRITICAL' }],
      kpi: { name: 'Conversion' },
    });

    await editor.ok(
      `mutation($i: RemoveTouchpointInput!) { removeTouchpoint(input: $i) { deletedId } }`,
      {
        i: { mapId: map.id, touchpointId: quote.id },
      },
    );
    await editor.ok(`mutation($i: RemoveKpiInput!) { removeKpi(input: $i) { deletedId } }`, {
      i: { mapId: map.id, kpiId: kpi },
    });
    const after = await editor.ok(
      `query($f: ImprovementFilter) { improvements(filter: $f) { edges { node { ${IMPROVEMENT} } } } }`,
      {
        f: { mapId: map.id },
      },
    );
    expect(after.improvements.edges[0].node).toMatchObject({
      id: improvement.id,
      stageId: stage.id,
      touchpointIds: [pay.id],
      painPointIds: [],
      kpiId: null,
      revision: 3,
    });
    await editor.ok(`mutation($i: RemoveStageInput!) { removeStage(input: $i) { deletedId } }`, {
      i: { mapId: map.id, stageId: stage.id },
    });
    const last = await editor.ok(
      `query($f: ImprovementFilter) { improvements(filter: $f) { edges { node { stageId touchpointIds } } } }`,
      {
        f: { mapId: map.id },
      },
    );
    expect(last.improvements.edges[0].node).toEqual({ stageId: null, touchpointIds: [] });
  });
});

describe('Access', () => {
  it('lets a VIEWER read the backlog but not write it; other workspaces see nothing', async () => {
    const editor = api.caller('EDITOR');
    const map = await createMap(editor);
    const improvement = await create(editor, {
      mapId: map.id,
      title: 'Chat humain',
      impact: 4,
      effort: 3,
    });
    const viewer = api.caller('VIEWER', editor.workspaceId);
    expect(await backlog(viewer, { mapId: map.id })).toEqual(['Chat humain']);
    expect(codes(await update(viewer, { id: improvement.id, title: 'x' }))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await viewer.send(
          `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
          {
            i: { mapId: map.id, title: 'x', impact: 1, effort: 1 },
          },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const stranger = api.caller('OWNER');
    expect(await backlog(stranger)).toEqual([]);
    expect(await backlog(stranger, { mapId: map.id })).toEqual([]);
    expect(codes(await update(stranger, { id: improvement.id, title: 'x' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      codes(
        await stranger.send(
          `mutation($i: DeleteImprovementInput!) { deleteImprovement(input: $i) { deletedId } }`,
          { i: { id: improvement.id } },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await stranger.send(`query($m: ID!) { improvementMatrix(mapId: $m) { avoid { id } } }`, {
          m: map.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    const deleted = await editor.ok(
      `mutation($i: DeleteImprovementInput!) { deleteImprovement(input: $i) { deletedId } }`,
      {
        i: { id: improvement.id, expectedRevision: 1 },
      },
    );
    expect(deleted.deleteImprovement.deletedId).toBe(improvement.id);
    expect(await backlog(editor, { mapId: map.id })).toEqual([]);
  });
});
