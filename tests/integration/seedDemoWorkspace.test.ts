import type { RetryBudget } from '../../domain/shared/retryBudget';
import { randomUUID } from 'node:crypto';
import type { MapStore } from '../../domain/ports/mapStore';
import type { Stores } from '../../domain/ports/stores';
import { DEMO_WORKSPACE } from '../../infra/seed/demoWorkspace';
import { DEMO_MAP_ID, seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { MAP_FRAGMENT, MAP_HEADER_FIELDS } from '../support/fixtures';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

const SEEDED_AT = new Date('2026-01-05T08:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Everything a user sees of the demo, with the revisions that tell whether
 * anything changed: what the tests read of any map, its own fields, and the rest.
 */
const DEMO_QUERY = `query Demo($id: ID!) {
  journeyMap(id: $id) {
    ...MapFields
    ${MAP_HEADER_FIELDS}
    personas { age quote }
    stages {
      customerGoal owner
      touchpoints { isMomentOfTruth ownerTeam }
      kpis { direction baseline target revision }
    }
  }
  personas(first: 100) { totalCount edges { node { id name age revision } } }
  journeyMaps { totalCount }
}
${MAP_FRAGMENT}`;

let api: TestApi;
let workspaceId: string;
let viewer: Caller;
let firstSeed: Awaited<ReturnType<typeof seedDemoWorkspace>>;
let demo: Json;

const readDemo = async (caller: Caller = viewer): Promise<Json> =>
  caller.ok(DEMO_QUERY, { id: DEMO_MAP_ID });
const touchpoints = (data: Json): Json[] =>
  data.journeyMap.stages.flatMap((s: Json) => s.touchpoints);
const touchpoint = (name: string): Json => touchpoints(demo).find((t) => t.name === name);
const kpis = (data: Json): Json[] => data.journeyMap.stages.flatMap((s: Json) => s.kpis);

beforeAll(async () => {
  api = await startTestApi();
  workspaceId = `demo-${randomUUID().slice(0, 8)}`;
  firstSeed = await seedDemoWorkspace(api.runtime.storesFor, { workspaceId, now: SEEDED_AT });
  viewer = api.caller('VIEWER', workspaceId);
  demo = await readDemo();
}, 120_000);

describe('seedDemoWorkspace: the demo a new user sees', () => {
  it('creates the active as-is map "Souscription SaaS – Marie" with its scope', () => {
    expect(firstSeed).toEqual({ created: true, workspaceId, mapId: DEMO_MAP_ID });
    const map = demo.journeyMap;
    expect(map).toMatchObject({
      id: DEMO_MAP_ID,
      title: 'Souscription SaaS – Marie',
      state: 'CURRENT',
      status: 'ACTIVE',
      reviewCadenceDays: 90,
    });
    // Note: the seed's clock moves on by 1 ms per reading, so the map comes a few ms after `now`.
    const createdAt = Date.parse(map.createdAt);
    expect(createdAt - SEEDED_AT.getTime()).toBeGreaterThanOrEqual(0);
    expect(createdAt - SEEDED_AT.getTime()).toBeLessThan(1_000);
    expect(map.nextReviewAt).toBe(new Date(createdAt + 90 * DAY_MS).toISOString());
    expect(map.scope.stakeholders).toEqual(expect.arrayContaining(['Marketing', 'Produit / UX']));
    expect(map.scope.objective).toContain('de 38 à 50');
    expect(demo.journeyMaps.totalCount).toBe(1);
  });

  it('creates three personas, oldest first, and links Marie to the map', () => {
    expect(demo.personas.totalCount).toBe(3);
    expect(demo.personas.edges.map((e: Json) => [e.node.name, e.node.age])).toEqual([
      ['Marie, responsable marketing PME', 42],
      ['Youssef, dirigeant de TPE', 35],
      ['Claire, DAF de groupe industriel', 50],
    ]);
    expect(demo.journeyMap.personas).toEqual([
      {
        id: DEMO_WORKSPACE.personas[0]!.id,
        name: 'Marie, responsable marketing PME',
        age: 42,
        quote:
          '« Je veux un outil que mon équipe adopte en une semaine, et quelqu’un qui décroche quand ça coince. »',
      },
    ]);
  });

  it('lists the five stages of seed 004 in order, at positions 0 to 4', () => {
    expect(demo.journeyMap.stages.map((s: Json) => [s.position, s.name])).toEqual([
      [0, 'Découverte'],
      [1, 'Recherche et évaluation'],
      [2, 'Achat'],
      [3, 'Expérience d’usage & fidélisation'],
      [4, 'Recommandation & advocacy'],
    ]);
    for (const stage of demo.journeyMap.stages) {
      expect(stage.customerGoal).toBeTruthy();
      expect(stage.owner).toBeTruthy();
    }
  });

  it('keeps each stage’s touchpoints in the order of the data, at dense positions', () => {
    const stages = demo.journeyMap.stages;
    expect(stages.map((s: Json) => s.touchpoints.length)).toEqual([4, 5, 4, 5, 4]);
    stages.forEach((stage: Json, i: number) => {
      const expected = DEMO_WORKSPACE.stages[i]!.touchpoints;
      expect(stage.touchpoints.map((t: Json) => [t.position, t.id, t.name])).toEqual(
        expected.map((t, position) => [position, t.id, t.name]),
      );
    });
  });

  it('keeps French accents and typographic characters intact', () => {
    expect(touchpoint('Recommandation à une consœur')).toBeDefined();
    expect(touchpoint('Séquence d’emails du livre blanc')).toBeDefined();
    expect(touchpoint('Site web – page Tarifs')).toBeDefined();
    expect(demo.journeyMap.scope.horizon).toBe('12 mois, avec une revue trimestrielle');
    const usage = demo.journeyMap.stages[3];
    expect(usage.customerGoal).toBe(
      'Lancer ses premières campagnes automatisées en moins d’un mois et obtenir de l’aide rapidement quand quelque chose bloque.',
    );
  });

  it('derives each touchpoint’s emotion colour from its score, and its mode from its channel', () => {
    expect(touchpoint('Formulaire de demande de devis (14 champs)')).toMatchObject({
      emotionScore: -2,
      emotionColor: 'RED',
      isMomentOfTruth: true,
    });
    expect(touchpoint('Salon professionnel')).toMatchObject({
      channel: 'EVENT',
      mode: 'OFFLINE',
      emotionScore: 0,
      emotionColor: 'ORANGE',
    });
    expect(touchpoint('Webinar de démonstration')).toMatchObject({
      emotionScore: 2,
      emotionColor: 'GREEN',
    });
    // Note: the demo is by video call, so the data overrides the offline default of SALES_MEETING.
    expect(touchpoint('Démo commerciale en visio')).toMatchObject({
      channel: 'SALES_MEETING',
      mode: 'ONLINE',
    });
  });

  it('draws the emotion curve with the valley at usage (averages rounded half away from zero)', () => {
    const curve = demo.journeyMap.emotionCurve;
    expect(curve.map((p: Json) => p.emotionColor)).toEqual([
      'GREEN',
      'ORANGE',
      'ORANGE',
      'RED',
      'GREEN',
    ]);
    [0.75, 0.4, -0.25, -0.6, 0.5].forEach((average, i) =>
      expect(curve[i].averageEmotion).toBeCloseTo(average),
    );
    expect(demo.journeyMap.stages.map((s: Json) => s.emotionColor)).toEqual(
      curve.map((p: Json) => p.emotionColor),
    );
  });

  it('gives the NPS its latest measurement as current value, towards a target of 50', () => {
    const nps = kpis(demo).find((k) => k.type === 'NPS');
    expect(nps).toMatchObject({
      name: 'NPS des clients PME',
      baseline: 38,
      target: 50,
      direction: 'HIGHER_IS_BETTER',
      targetReached: false,
    });
    const latest = nps.history.at(-1);
    expect(nps.history).toHaveLength(4);
    expect(nps.current).toBe(latest.value);
    expect(nps.measuredAt).toBe(latest.measuredAt);
    expect(latest).toEqual({
      value: 45,
      measuredAt: '2025-12-31T16:00:00.000Z',
      source: 'Enquête NPS T4 2025 (n = 221)',
    });
  });

  it('gives every KPI a dated quarterly history of 2 to 4 measurements ending in 2025', () => {
    expect(demo.journeyMap.stages.map((s: Json) => s.kpis.length)).toEqual([3, 2, 2, 4, 4]);
    for (const kpi of kpis(demo)) {
      const dates = kpi.history.map((m: Json) => m.measuredAt);
      expect(kpi.history.length).toBeGreaterThanOrEqual(2);
      expect(kpi.history.length).toBeLessThanOrEqual(4);
      expect(dates).toEqual([...dates].sort());
      expect(dates.at(-1)).toMatch(/^2025-/);
      expect(kpi.current).toBe(kpi.history.at(-1).value);
    }
  });

  it('attaches the quote-form frictions, with their evidence, to the quote-form touchpoint', () => {
    const painPoints = touchpoint('Formulaire de demande de devis (14 champs)').painPoints;
    expect(painPoints.map((p: Json) => p.severity)).toEqual(['CRITICAL', 'HIGH']);
    expect(painPoints[0].description).toContain('14 champs obligatoires (plus de 10)');
    expect(painPoints[0].evidence).toContain(
      'Verbatim interview, juin 2024 : « J’ai abandonné deux fois avant d’envoyer ce formulaire. »',
    );
    const total = touchpoints(demo).reduce((n, t) => n + t.painPoints.length, 0);
    expect(total).toBe(11);
  });

  it('gives the map a prioritised backlog over the four quadrants, linked to its frictions', async () => {
    const data = await viewer.ok(
      `query($id: ID!) { journeyMap(id: $id) {
        improvementCounts { quickWins strategicProjects fillIns avoid total }
        improvements(first: 3) { edges { node { title quadrant priorityScore status touchpoints { name } painPoints { severity } kpi { name } } } }
      }
      done: improvements(filter: { mapId: $id, status: DONE }) { edges { node { title completedAt } } } }`,
      { id: DEMO_MAP_ID },
    );
    expect(data.journeyMap.improvementCounts).toEqual({
      quickWins: 6,
      strategicProjects: 2,
      fillIns: 2,
      avoid: 2,
      total: 12,
    });
    expect(
      data.journeyMap.improvements.edges.map((e: Json) => [e.node.title, e.node.priorityScore]),
    ).toEqual([
      ['Afficher les prix et tous les frais sur la page Tarifs', 25],
      ['Raccourcir le formulaire de devis à 5 champs', 20],
      ['Séquence d’emails d’onboarding sur 30 jours', 16],
    ]);
    expect(data.journeyMap.improvements.edges[1].node).toMatchObject({
      status: 'IN_PROGRESS',
      touchpoints: [{ name: 'Formulaire de demande de devis (14 champs)' }],
      painPoints: [{ severity: 'CRITICAL' }],
      kpi: { name: 'Taux d’abandon du formulaire de devis' },
    });
    expect(data.done.edges).toHaveLength(1);
    expect(data.done.edges[0].node.completedAt).not.toBeNull();
  });

  it('uses the fixed ids of the data, all distinct, with September 2024 timestamps', () => {
    const { personas, map, stages } = DEMO_WORKSPACE;
    const ids = [
      ...personas.map((p) => p.id),
      map.id,
      ...stages.flatMap((s) => [
        s.id,
        ...s.touchpoints.flatMap((t) => [t.id, ...t.painPoints.map((p) => p.id)]),
        ...s.kpis.map((k) => k.id),
      ]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ulidTime(id).toISOString()).toMatch(/^2024-09-/);
    const seen = JSON.stringify(demo);
    for (const id of ids) expect(seen).toContain(id);
  });
});

describe('seedDemoWorkspace: idempotence', () => {
  it('writes nothing and says so when the demo map already exists', async () => {
    api.requests.reset();
    const again = await seedDemoWorkspace(api.runtime.storesFor, { workspaceId });
    expect(again).toEqual({ created: false, workspaceId, mapId: DEMO_MAP_ID });
    // One read, the check of the map, and no write.
    expect(api.requests.commands).toHaveLength(1);
    expect(api.requests.commands.filter(isWrite)).toEqual([]);
    expect(await readDemo()).toEqual(demo);
  });

  it('treats a map created between its check and its first write as already seeded', async () => {
    // A store that misses the existing map, as a check racing another seed would.
    const storesFor = (retry: RetryBudget): Stores => {
      const stores = api.runtime.storesFor(retry);
      const racing = Object.create(stores.maps) as MapStore;
      racing.readHeader = async () => null;
      return { ...stores, maps: racing };
    };
    const again = await seedDemoWorkspace(storesFor, { workspaceId });
    expect(again.created).toBe(false);
    expect(await readDemo()).toEqual(demo);
  });

  it('lets exactly one of two concurrent seeds fill a fresh workspace', async () => {
    const fresh = `demo-${randomUUID().slice(0, 8)}`;
    const results = await Promise.all([
      seedDemoWorkspace(api.runtime.storesFor, { workspaceId: fresh }),
      seedDemoWorkspace(api.runtime.storesFor, { workspaceId: fresh }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const data = await readDemo(api.caller('VIEWER', fresh));
    expect(data.personas.totalCount).toBe(3);
    expect(touchpoints(data)).toHaveLength(22);
    expect(kpis(data).reduce((n, k) => n + k.history.length, 0)).toBe(53);
  });
});

const isWrite = (command: string): boolean => /Put|Update|Delete|Transact|BatchWrite/.test(command);

/** The creation time a ULID encodes in its first ten characters. */
function ulidTime(id: string): Date {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const ms = [...id.slice(0, 10)].reduce((t, c) => t * 32 + alphabet.indexOf(c), 0);
  return new Date(ms);
}
