/**
 * CPU time of comparing two states of a 1,000-touchpoint map: `diffMaps` and
 * `summarize` on two prebuilt views, the second a realistic revision of the
 * first (renames, moves between stages and within a stage, removals and
 * additions, new scores, pain points removed and re-rated, KPI measurements,
 * backlog progress).
 */
import { newImprovementId } from '../../domain/backlog/improvementIds';
import { newId } from '../../domain/shared/ids';
import { buildMapView, type MapView } from '../../domain/maps/mapView';
import { keyBetween } from '../../domain/ordering/orderKeys';
import { byOrder } from '../../domain/ordering/placement';
import type { ImprovementRecord } from '../../domain/backlog/improvement';
import type { KpiRecord } from '../../domain/kpis/kpi';
import type { MapContents } from '../../domain/maps/mapContents';
import type { PainPointRecord } from '../../domain/painPoints/painPoint';
import { touchpointRecord, type TouchpointRecord } from '../../domain/touchpoints/touchpoint';
import { diffMaps } from '../../domain/versions/diffMaps';
import { summarize, type DiffSummary } from '../../domain/versions/summarizeDiff';
import { largeMapContents, sentenceMaker } from '../support/largeMap';
import { median, percentile } from './report';

export const DIFF_BUDGET_MS = 50;
const STAGES = 10;
const TOUCHPOINTS_PER_STAGE = 100;
const WARM_UP_RUNS = 10;
const MEASURED_RUNS = 50;

/** A deterministic pseudo-random generator (mulberry32), so every run diffs the same change. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  /** `count` distinct items, in random order. */
  const pick = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick };
}

const text = sentenceMaker(7);
const KPI_TYPES = ['CSAT', 'NPS', 'CONVERSION_RATE', 'CHURN_RATE', 'RESOLUTION_TIME'] as const;

/** The large test map with a map's usual companions: 3 KPIs per stage and a 100-item backlog. */
export function baseMap(): MapContents {
  const contents = largeMapContents({
    stages: STAGES,
    touchpointsPerStage: TOUCHPOINTS_PER_STAGE,
    textLength: 1500,
  });
  const rng = random(1);
  const audit = {
    revision: 1,
    createdAt: contents.header.createdAt,
    updatedAt: contents.header.updatedAt,
  };
  const kpis: KpiRecord[] = contents.stages.flatMap((stage, s) =>
    [0, 1, 2].map((k) => ({
      ...audit,
      id: newId(),
      stageId: stage.id,
      name: `KPI ${s + 1}.${k + 1}`,
      type: KPI_TYPES[(s + k) % KPI_TYPES.length] ?? 'CUSTOM',
      unit: '%',
      direction: null,
      baseline: 40,
      target: 60,
      history: [{ value: 40 + rng.int(10), measuredAt: audit.createdAt, source: 'Enquête' }],
    })),
  );
  const improvements: ImprovementRecord[] = Array.from({ length: 100 }, (_, i) => {
    const touchpoints = rng.pick(contents.touchpoints, 2);
    const stageId = touchpoints[0]?.stageId ?? null;
    const painPoint = contents.painPoints.find((p) => p.touchpointId === touchpoints[0]?.id);
    return {
      ...audit,
      id: newImprovementId(contents.header.id),
      mapId: contents.header.id,
      title: `Amélioration ${i + 1}`,
      description: text(300),
      impact: 1 + rng.int(5),
      effort: 1 + rng.int(5),
      status: 'IDEA',
      owner: 'Équipe CX',
      dueDate: null,
      tags: ['bench'],
      stageId,
      touchpointIds: touchpoints.map((t) => t.id),
      painPointIds: painPoint ? [painPoint.id] : [],
      kpiId: kpis.find((k) => k.stageId === stageId)?.id ?? null,
      completedAt: null,
    };
  });
  return { ...contents, kpis, improvements };
}

/** What the revision changes, by kind; printed with the figures. */
export const REVISION = {
  touchpointsRenamed: 50,
  touchpointsRescored: 100,
  touchpointsRedescribed: 30,
  touchpointsMovedAcrossStages: 20,
  touchpointsReorderedInStage: 10,
  touchpointsRemoved: 30,
  touchpointsAdded: 30,
  painPointsRemoved: 25,
  painPointsRerated: 20,
  painPointsAdded: 10,
  kpisMeasured: 20,
  improvementsProgressed: 20,
  improvementsReestimated: 10,
  improvementsRemoved: 5,
  improvementsAdded: 10,
};

/** A later state of `base`, as a team would leave it after a review workshop. */
export function revisedMap(base: MapContents): MapContents {
  const rng = random(2);
  const later = new Date(Date.parse(base.header.updatedAt) + 86_400_000).toISOString();
  const touch = <T extends { revision: number; updatedAt: string }>(record: T): T => ({
    ...record,
    revision: record.revision + 1,
    updatedAt: later,
  });
  const n = REVISION;
  const contents = structuredClone(base);
  const touchpoints = new Map(contents.touchpoints.map((t) => [t.id, t]));
  const update = (id: string, change: (t: TouchpointRecord) => TouchpointRecord) => {
    const current = touchpoints.get(id);
    if (current) touchpoints.set(id, touch(change(current)));
  };
  /** An order key at a random position among a stage's touchpoints, as a drop would make. */
  const keyInStage = (stageId: string, except: string): string => {
    const keys = [...touchpoints.values()]
      .filter((t) => t.stageId === stageId && t.id !== except)
      .sort(byOrder)
      .map((t) => t.orderKey);
    const at = rng.int(keys.length + 1);
    return keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
  };

  const ids = rng.pick([...touchpoints.keys()], contents.touchpoints.length);
  let cursor = 0;
  const take = (count: number) => ids.slice(cursor, (cursor += count));

  const removed = new Set(take(n.touchpointsRemoved));
  for (const id of removed) touchpoints.delete(id);
  for (const id of take(n.touchpointsRenamed))
    update(id, (t) => ({ ...t, name: `${t.name} (revu)` }));
  for (const id of take(n.touchpointsRescored))
    update(id, (t) => ({ ...t, emotionScore: (((t.emotionScore ?? 0) + 3 + rng.int(4)) % 5) - 2 }));
  for (const id of take(n.touchpointsRedescribed))
    update(id, (t) => ({ ...t, description: text(1500) }));
  for (const id of take(n.touchpointsMovedAcrossStages)) {
    update(id, (t) => {
      const others = contents.stages.filter((s) => s.id !== t.stageId);
      const stageId = (others[rng.int(others.length)] ?? contents.stages[0])!.id;
      return { ...t, stageId, orderKey: keyInStage(stageId, t.id) };
    });
  }
  for (const id of take(n.touchpointsReorderedInStage))
    update(id, (t) => ({ ...t, orderKey: keyInStage(t.stageId, t.id) }));
  for (let i = 0; i < n.touchpointsAdded; i++) {
    const stage = contents.stages[rng.int(contents.stages.length)]!;
    const id = newId();
    touchpoints.set(
      id,
      touchpointRecord.parse({
        revision: 1,
        createdAt: later,
        updatedAt: later,
        id,
        stageId: stage.id,
        name: `Nouveau point de contact ${i + 1}`,
        description: text(1500),
        channel: 'LIVE_CHAT',
        mode: 'ONLINE',
        actions: [text(200)],
        thoughts: [text(150)],
        emotionScore: rng.int(5) - 2,
        isMomentOfTruth: false,
        ownerTeam: 'Support',
        orderKey: keyInStage(stage.id, id),
      }),
    );
  }

  // Pain points: those of removed touchpoints go with them (the cascade), then the review's own changes.
  let painPoints: PainPointRecord[] = contents.painPoints.filter(
    (p) => !removed.has(p.touchpointId),
  );
  const dropped = new Set(rng.pick(painPoints, n.painPointsRemoved).map((p) => p.id));
  painPoints = painPoints.filter((p) => !dropped.has(p.id));
  const rerated = new Set(rng.pick(painPoints, n.painPointsRerated).map((p) => p.id));
  painPoints = painPoints.map((p) => (rerated.has(p.id) ? touch({ ...p, severity: 'MEDIUM' }) : p));
  const live = [...touchpoints.values()];
  for (let i = 0; i < n.painPointsAdded; i++) {
    painPoints.push({
      revision: 1,
      createdAt: later,
      updatedAt: later,
      id: newId(),
      touchpointId: live[rng.int(live.length)]!.id,
      description: text(300),
      severity: 'CRITICAL',
      evidence: [text(120)],
    });
  }

  const measured = new Set(rng.pick(contents.kpis, n.kpisMeasured).map((k) => k.id));
  const kpis = contents.kpis.map((k) =>
    measured.has(k.id)
      ? touch({
          ...k,
          history: [
            ...k.history,
            { value: 45 + rng.int(20), measuredAt: later, source: 'Enquête' },
          ],
        })
      : k,
  );

  const liveTouchpoints = (ids: string[]) => ids.filter((id) => touchpoints.has(id));
  const livePainPoints = new Set(painPoints.map((p) => p.id));
  const improvementIds = rng.pick(
    contents.improvements.map((i) => i.id),
    contents.improvements.length,
  );
  let taken = 0;
  const takeImprovements = (count: number) =>
    new Set(improvementIds.slice(taken, (taken += count)));
  const progress = takeImprovements(n.improvementsProgressed);
  const reestimate = takeImprovements(n.improvementsReestimated);
  const removeImprovements = takeImprovements(n.improvementsRemoved);
  const improvements: ImprovementRecord[] = contents.improvements
    .filter((i) => !removeImprovements.has(i.id))
    .map((i) => {
      // Links to removed parts are cleared, as the store's cascade does.
      let revised: ImprovementRecord = {
        ...i,
        touchpointIds: liveTouchpoints(i.touchpointIds),
        painPointIds: i.painPointIds.filter((id) => livePainPoints.has(id)),
      };
      if (progress.has(i.id))
        revised = touch(
          rng.next() < 0.5
            ? { ...revised, status: 'DONE', completedAt: later }
            : { ...revised, status: 'IN_PROGRESS' },
        );
      if (reestimate.has(i.id))
        revised = touch({ ...revised, impact: 1 + rng.int(5), effort: 1 + rng.int(5) });
      return revised;
    });
  for (let i = 0; i < n.improvementsAdded; i++) {
    const target = live[rng.int(live.length)]!;
    improvements.push({
      revision: 1,
      createdAt: later,
      updatedAt: later,
      id: newImprovementId(contents.header.id),
      mapId: contents.header.id,
      title: `Nouvelle amélioration ${i + 1}`,
      description: text(300),
      impact: 1 + rng.int(5),
      effort: 1 + rng.int(5),
      status: 'IDEA',
      owner: null,
      dueDate: null,
      tags: [],
      stageId: target.stageId,
      touchpointIds: [target.id],
      painPointIds: [],
      kpiId: null,
      completedAt: null,
    });
  }

  return {
    header: touch({
      ...contents.header,
      title: `${contents.header.title} (revue T2)`,
      changeSeq: contents.header.changeSeq + 400,
    }),
    stages: contents.stages,
    touchpoints: [...touchpoints.values()],
    painPoints,
    kpis,
    improvements,
  };
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export interface DiffBenchResult {
  touchpointsBefore: number;
  touchpointsAfter: number;
  summary: DiffSummary;
  /** The very first diff of the process (code not yet optimized by V8). */
  firstRunCpuMs: number;
  runs: number;
  warmUpRuns: number;
  medianCpuMs: number;
  p95CpuMs: number;
  maxCpuMs: number;
  runsOverBudget: number;
  medianWallMs: number;
  /** Building both views (buildMapView ×2), for context: the compare query does it too. */
  medianViewsCpuMs: number;
}

export function runDiffBench(): DiffBenchResult {
  const before = baseMap();
  const after = revisedMap(before);
  const buildViews = (): [MapView, MapView] => [buildMapView(before, 1), buildMapView(after)];
  const [from, to] = buildViews();
  const diffOnce = () => summarize(diffMaps(from, to), from, to);

  let start = process.cpuUsage();
  const summary = diffOnce();
  const firstRunCpuMs = cpuMs(process.cpuUsage(start));
  for (let i = 0; i < WARM_UP_RUNS; i++) diffOnce();

  const cpu: number[] = [];
  const wall: number[] = [];
  let sink = 0;
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const wallStart = performance.now();
    start = process.cpuUsage();
    const result = diffOnce();
    cpu.push(cpuMs(process.cpuUsage(start)));
    wall.push(performance.now() - wallStart);
    sink += result.touchpointsChanged;
  }
  const views: number[] = [];
  for (let i = 0; i < 20; i++) {
    start = process.cpuUsage();
    sink += buildViews()[1].touchpointById.size;
    views.push(cpuMs(process.cpuUsage(start)));
  }
  if (sink === 0) throw new Error('the diff found no change');

  return {
    touchpointsBefore: from.touchpointById.size,
    touchpointsAfter: to.touchpointById.size,
    summary,
    firstRunCpuMs,
    runs: MEASURED_RUNS,
    warmUpRuns: WARM_UP_RUNS,
    medianCpuMs: median(cpu),
    p95CpuMs: percentile(cpu, 95),
    maxCpuMs: Math.max(...cpu),
    runsOverBudget: cpu.filter((t) => t >= DIFF_BUDGET_MS).length,
    medianWallMs: median(wall),
    medianViewsCpuMs: median(views),
  };
}
