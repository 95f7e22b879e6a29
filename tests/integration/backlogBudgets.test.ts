/**
 * The backlog at size: 500 improvements over two maps. Every listing's page
 * is one Query on an index already in backlog order, and cursors stay exact
 * while items are re-estimated between pages.
 */
import { createImprovement } from '../../domain/backlog/createImprovement';
import { RetryBudget } from '../../domain/shared/retryBudget';
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import { addStage, createMap } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let big: Json;
let small: Json;
let stageId: string;

const STATUSES = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  big = await createMap(editor, { title: 'Grande carte' });
  small = await createMap(editor, { title: 'Petite carte' });
  stageId = (await addStage(editor, big.id, 'Achat')).id;
  const inputs = Array.from({ length: 500 }, (_, i) => ({
    mapId: i % 5 === 0 ? small.id : big.id,
    title: `Amélioration ${String(i).padStart(3, '0')}`,
    impact: 1 + (i % 5),
    effort: 1 + (Math.floor(i / 5) % 5),
    status: STATUSES[Math.floor(i / 25) % 5],
    ...(i % 5 !== 0 && i % 3 === 0 ? { stageId } : {}),
  }));
  // Straight through the use case (the API path is tested elsewhere): the 500 items take seconds, not tens.
  const ctx: UseCaseContext = {
    viewer: { userId: 'seed', workspaceId: editor.workspaceId, role: 'EDITOR', kind: 'USER' },
    stores: api.runtime.storesFor(),
    clock: { now: () => new Date() },
    retry: new RetryBudget(),
  };
  for (const input of inputs) await createImprovement(ctx, input);
}, 120_000);

const PAGE = `query($filter: ImprovementFilter, $after: String) {
  improvements(filter: $filter, first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title priorityScore impact quadrant status map { title } } }
  }
}`;

async function requestsFor(run: () => Promise<unknown>): Promise<Record<string, number>> {
  api.requests.reset();
  await run();
  return api.requests.byCommand();
}

describe('Backlog request budget with 500 improvements', () => {
  const filters = (): [string, Record<string, unknown>][] => [
    ['workspace', {}],
    ['workspace by quadrant', { quadrant: 'STRATEGIC_PROJECT' }],
    ['workspace by status', { status: 'PLANNED' }],
    ['map', { mapId: big.id }],
    ['map by quadrant', { mapId: big.id, quadrant: 'QUICK_WIN' }],
    ['map by status', { mapId: big.id, status: 'DONE' }],
    ['stage', { stageId }],
  ];

  it('serves the first and the next page of every listing with one Query each', async () => {
    const budgets: Record<string, Record<string, number>[]> = {};
    for (const [name, filter] of filters()) {
      let page: Json;
      const first = await requestsFor(async () => {
        page = (await editor.ok(PAGE.replace(' map { title }', ''), { filter })).improvements;
      });
      const next = await requestsFor(() =>
        editor.ok(PAGE.replace(' map { title }', ''), { filter, after: page.pageInfo.endCursor }),
      );
      budgets[name] = [first, next];
      expect(page.edges).toHaveLength(20);
    }
    expect(budgets).toEqual(
      Object.fromEntries(filters().map(([name]) => [name, [{ Query: 1 }, { Query: 1 }]])),
    );
  });

  it('adds one BatchGetItem for the maps of a page, whatever their number', async () => {
    expect(await requestsFor(() => editor.ok(PAGE, { filter: {} }))).toEqual({
      Query: 1,
      BatchGetItem: 1,
    });
  });

  it('builds the matrix of a 400-improvement map in at most 4 requests', async () => {
    let matrix: Json;
    const requests = await requestsFor(async () => {
      matrix = await editor.ok(
        `query($m: ID!) { improvementMatrix(mapId: $m) { quickWins { id } strategicProjects { id } fillIns { id } avoid { id } } }`,
        { m: big.id },
      );
    });
    expect(Object.values(requests).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4);
    const sizes = Object.values(matrix.improvementMatrix).map((list) => (list as Json[]).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('returns pages in backlog order, across the whole list', async () => {
    const all: Json[] = [];
    let after: string | null = null;
    do {
      const page: Json = (
        await editor.ok(PAGE.replace(' map { title }', ''), { filter: { mapId: big.id }, after })
      ).improvements;
      all.push(...page.edges.map((e: Json) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(400);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(
        a.priorityScore > b.priorityScore ||
          (a.priorityScore === b.priorityScore && a.impact >= b.impact),
      ).toBe(true);
    }
  });
});

describe('Paging while items are re-estimated', () => {
  it('neither repeats nor skips an item that did not move', async () => {
    const filter = { mapId: small.id };
    const first: Json = (await editor.ok(PAGE, { filter })).improvements;
    const seen: Json[] = first.edges.map((e: Json) => e.node);
    // Between pages: one item of page 1 drops to the bottom, one item further down rises to the top.
    const dropped = seen[3];
    const rest: Json[] = [];
    let after: string | null = first.pageInfo.endCursor;
    const everything = await editor.ok(
      `query($f: ImprovementFilter) { improvements(filter: $f, first: 100) { edges { node { id } } } }`,
      {
        f: filter,
      },
    );
    const risen = everything.improvements.edges[60].node;
    for (const [id, impact, effort] of [
      [dropped.id, 1, 5],
      [risen.id, 5, 1],
    ]) {
      await editor.ok(
        `mutation($i: UpdateImprovementInput!) { updateImprovement(input: $i) { improvement { id } } }`,
        {
          i: { id, impact, effort },
        },
      );
    }
    while (after) {
      const page: Json = (await editor.ok(PAGE, { filter, after })).improvements;
      rest.push(...page.edges.map((e: Json) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    const moved = new Set([dropped.id, risen.id]);
    const unmovedSeen = [...seen, ...rest].filter((i) => !moved.has(i.id)).map((i) => i.id);
    const unmovedAll = everything.improvements.edges
      .map((e: Json) => e.node.id)
      .filter((id: string) => !moved.has(id));
    expect(new Set(unmovedSeen).size).toBe(unmovedSeen.length);
    expect([...unmovedSeen].sort()).toEqual([...unmovedAll].sort());
  });
});
