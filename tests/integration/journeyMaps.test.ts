import { codes, createMap, MAP_HEADER_FIELDS, readMap } from '../support/fixtures';
import { mapPartitionItems } from '../support/rawTable';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

const MAP_FIELDS = `${MAP_HEADER_FIELDS} personas { name } stages { name position }`;

describe('Journey maps', () => {
  it('creates a map from a French template with its scope and personas', async () => {
    const persona = await editor.ok(
      `mutation { createPersona(input: { name: "Marie" }) { persona { id } } }`,
    );
    const data = await editor.ok(
      `mutation($input: CreateJourneyMapInput!) { createJourneyMap(input: $input) { journeyMap { ${MAP_FIELDS} } } }`,
      {
        input: {
          title: 'Parcours e-commerce',
          template: 'FIVE_STAGES',
          templateLanguage: 'FR',
          personaIds: [persona.createPersona.persona.id],
          tags: ['e-commerce'],
          scope: {
            objective: 'Réduire l’abandon de panier de 72 % à 55 %',
            perimeter: 'tunnel e-commerce, desktop et mobile',
            segment: 'nouveaux visiteurs, panier > 50 €',
            horizon: '6 mois',
            stakeholders: ['Marketing', 'UX', 'IT', 'Direction e-commerce'],
          },
        },
      },
    );
    const map = data.createJourneyMap.journeyMap;
    expect(map).toMatchObject({
      state: 'CURRENT',
      status: 'DRAFT',
      reviewCadenceDays: 90,
      lastReviewedAt: null,
      revision: 1,
      personas: [{ name: 'Marie' }],
      scope: { horizon: '6 mois', stakeholders: ['Marketing', 'UX', 'IT', 'Direction e-commerce'] },
    });
    expect(map.stages.map((s: { name: string; position: number }) => [s.position, s.name])).toEqual(
      [
        [0, 'Découverte'],
        [1, 'Recherche et évaluation'],
        [2, 'Achat'],
        [3, 'Expérience d’usage, service & fidélisation'],
        [4, 'Recommandation & advocacy'],
      ],
    );
    expect(Date.parse(map.nextReviewAt) - Date.parse(map.createdAt)).toBe(90 * 24 * 3600 * 1000);
    expect(await readMap(editor, map.id)).toMatchObject({ title: 'Parcours e-commerce' });
  });

  it('refuses to link a persona that does not exist in the workspace, and creates nothing', async () => {
    const other = api.caller('EDITOR');
    const foreign = await other.ok(
      `mutation { createPersona(input: { name: "Ailleurs" }) { persona { id } } }`,
    );
    const before = await editor.ok(`{ journeyMaps { totalCount } }`);
    const result = await editor.send(
      `mutation($input: CreateJourneyMapInput!) { createJourneyMap(input: $input) { journeyMap { id } } }`,
      { input: { title: 'Carte', personaIds: [foreign.createPersona.persona.id] } },
    );
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect((await editor.ok(`{ journeyMaps { totalCount } }`)).journeyMaps.totalCount).toBe(
      before.journeyMaps.totalCount,
    );
  });

  it('updates fields, moves the next review with the cadence and the last review, and bumps the revision', async () => {
    const map = await createMap(editor);
    const data = await editor.ok(
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { status tags reviewCadenceDays lastReviewedAt nextReviewAt revision } } }`,
      {
        input: {
          id: map.id,
          expectedRevision: 1,
          status: 'ACTIVE',
          tags: ['saas', 'b2b'],
          reviewCadenceDays: 30,
          lastReviewedAt: '2025-03-31T09:30:00Z',
        },
      },
    );
    expect(data.updateJourneyMap.journeyMap).toEqual({
      status: 'ACTIVE',
      tags: ['saas', 'b2b'],
      reviewCadenceDays: 30,
      lastReviewedAt: '2025-03-31T09:30:00.000Z',
      nextReviewAt: '2025-04-30T09:30:00.000Z',
      revision: 2,
    });
    const stale = await editor.send(
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { id } } }`,
      { input: { id: map.id, expectedRevision: 1, title: 'Trop tard' } },
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.currentRevision).toBe(2);
  });

  it('filters the workspace list by status, state, persona, tag and due review', async () => {
    const caller = api.caller('EDITOR');
    const persona = (
      await caller.ok(`mutation { createPersona(input: { name: "Youssef" }) { persona { id } } }`)
    ).createPersona.persona.id;
    await createMap(caller, {
      title: 'A',
      status: 'ACTIVE',
      tags: ['saas'],
      personaIds: [persona],
    });
    await createMap(caller, {
      title: 'B',
      status: 'ACTIVE',
      state: 'FUTURE',
      reviewCadenceDays: 1,
    });
    await createMap(caller, { title: 'C', status: 'ARCHIVED', tags: ['saas', 'retail'] });
    const titles = async (filter: Record<string, unknown>) =>
      (
        await caller.ok(
          `query($filter: JourneyMapFilter) { journeyMaps(filter: $filter) { totalCount edges { node { title } } } }`,
          { filter },
        )
      ).journeyMaps.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(await titles({})).toEqual(['C', 'B', 'A']);
    expect(await titles({ status: 'ACTIVE' })).toEqual(['B', 'A']);
    expect(await titles({ state: 'FUTURE' })).toEqual(['B']);
    expect(await titles({ personaId: persona })).toEqual(['A']);
    expect(await titles({ tag: 'saas' })).toEqual(['C', 'A']);
    expect(
      await titles({ reviewDueBefore: new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString() }),
    ).toEqual(['B']);
    const paged = await caller.ok(
      `{ journeyMaps(first: 1, filter: { tag: "saas" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
    );
    expect(paged.journeyMaps).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const next = await caller.ok(
      `query($after: String) { journeyMaps(first: 1, after: $after, filter: { tag: "saas" }) { pageInfo { hasNextPage } edges { node { title } } } }`,
      { after: paged.journeyMaps.pageInfo.endCursor },
    );
    expect(next.journeyMaps).toEqual({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { title: 'A' } }],
    });
  });

  it('deletes a map with everything in it (OWNER only)', async () => {
    const owner = api.caller('OWNER', editor.workspaceId);
    const map = await createMap(editor, { template: 'FOUR_STAGES' });
    const denied = await editor.send(
      `mutation($id: ID!) { deleteJourneyMap(input: { id: $id }) { deletedId } }`,
      {
        id: map.id,
      },
    );
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    const deleted = await owner.ok(
      `mutation($id: ID!) { deleteJourneyMap(input: { id: $id }) { deletedId } }`,
      {
        id: map.id,
      },
    );
    expect(deleted.deleteJourneyMap.deletedId).toBe(map.id);
    const read = await owner.send(`query($id: ID!) { journeyMap(id: $id) { id } }`, { id: map.id });
    expect(codes(read)).toEqual(['NOT_FOUND']);
    const write = await owner.send(
      `mutation($input: AddStageInput!) { addStage(input: $input) { stage { id } } }`,
      { input: { mapId: map.id, name: 'Trop tard' } },
    );
    expect(codes(write)).toEqual(['NOT_FOUND']);
    const listed = await owner.ok(`{ journeyMaps(first: 100) { edges { node { id } } } }`);
    expect(listed.journeyMaps.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      map.id,
    );
    // Nothing of the map is left in its partition: parts, history and header are all gone.
    expect(await mapPartitionItems(api, owner.workspaceId, map.id)).toEqual([]);
  });
});
