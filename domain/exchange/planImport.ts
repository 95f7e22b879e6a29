/**
 * Turns a checked exchange document into the records of a new map: fresh
 * ids (given in the document's order, so that parts listed by id keep their
 * order) with every link remapped, or the document's own ids (`keepIds`);
 * order keys from the document's order; the personas to create. Pure.
 */
import type { ImprovementRecord } from '../backlog/improvement';
import { newImprovementId } from '../backlog/improvementIds';
import type { KpiRecord } from '../kpis/kpi';
import type { MapContents } from '../maps/mapContents';
import { nextReviewAt } from '../maps/review';
import { appendKey, keyAfter } from '../ordering/orderKeys';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { PersonaRecord } from '../personas/persona';
import { CHANNEL_NATURE } from '../shared/enums';
import { newId } from '../shared/ids';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';
import type { JourneyMapDocument } from './exchangeFormat';

export interface ImportOptions {
  keepIds: boolean;
  /** The import's time, for absent timestamps. */
  now: Date;
  /** Persona ids of the document that exist in the workspace: linked, not created. */
  existingPersonas: ReadonlySet<string>;
}

export interface ImportPlan {
  contents: MapContents;
  /** Personas to create with the map. */
  newPersonas: PersonaRecord[];
}

export function planImport(doc: JourneyMapDocument, options: ImportOptions): ImportPlan {
  const now = options.now.toISOString();
  // Note: one millisecond apart, so that fresh ids sort in the document's order.
  let clock = options.now.getTime();
  const fresh = () => newId(clock++);
  const keep = (id: string | undefined): string => {
    if (id === undefined) throw new Error('documentIssues lets no id be missing with keepIds');
    return id;
  };
  const idOf = (id: string | undefined) => (options.keepIds ? keep(id) : fresh());
  const stamps = (r: { createdAt?: string | null; updatedAt?: string | null }) => ({
    revision: 1,
    createdAt: r.createdAt ?? now,
    updatedAt: r.updatedAt ?? now,
  });
  /** The new id of each document id, per kind, for the improvements' links. */
  const renamed = {
    stage: new Map<string, string>(),
    touchpoint: new Map<string, string>(),
    painPoint: new Map<string, string>(),
    kpi: new Map<string, string>(),
  };
  const name = (kind: keyof typeof renamed, docId: string | undefined, id: string) => {
    if (docId !== undefined) renamed[kind].set(docId, id);
    return id;
  };

  const source = doc.map;
  const mapId = idOf(source.id);

  const personaIds: string[] = [];
  const newPersonas: PersonaRecord[] = [];
  for (const { id: docId, createdAt, updatedAt, ...fields } of source.personas) {
    if (docId !== undefined && options.existingPersonas.has(docId)) {
      personaIds.push(docId);
      continue;
    }
    const id = idOf(docId);
    personaIds.push(id);
    newPersonas.push({ ...fields, id, ...stamps({ createdAt, updatedAt }) });
  }

  const stages: StageRecord[] = [];
  const touchpoints: TouchpointRecord[] = [];
  const painPoints: PainPointRecord[] = [];
  const kpis: KpiRecord[] = [];
  let stageKey = appendKey(options.now.getTime());
  source.stages.forEach((s, i) => {
    if (i > 0) stageKey = keyAfter(stageKey);
    const stageId = name('stage', s.id, idOf(s.id));
    stages.push({
      id: stageId,
      name: s.name,
      description: s.description,
      customerGoal: s.customerGoal,
      owner: s.owner,
      orderKey: stageKey,
      ...stamps(s),
    });
    let key = appendKey(options.now.getTime());
    s.touchpoints.forEach((t, j) => {
      if (j > 0) key = keyAfter(key);
      const { id: docId, painPoints: pains, mode, createdAt, updatedAt, ...fields } = t;
      const touchpointId = name('touchpoint', docId, idOf(docId));
      touchpoints.push({
        ...fields,
        id: touchpointId,
        stageId,
        mode: mode ?? CHANNEL_NATURE[t.channel],
        orderKey: key,
        ...stamps({ createdAt, updatedAt }),
      });
      for (const { id: painId, createdAt: c, updatedAt: u, ...pain } of pains) {
        painPoints.push({
          ...pain,
          id: name('painPoint', painId, idOf(painId)),
          touchpointId,
          ...stamps({ createdAt: c, updatedAt: u }),
        });
      }
    });
    for (const { id: docId, history, createdAt, updatedAt, ...fields } of s.kpis) {
      kpis.push({
        ...fields,
        id: name('kpi', docId, idOf(docId)),
        stageId,
        history: history.map(({ externalId, ...m }) => ({
          ...m,
          ...(externalId === null ? {} : { externalId }),
        })),
        ...stamps({ createdAt, updatedAt }),
      });
    }
  });

  const link = (kind: keyof typeof renamed, id: string) => {
    const found = renamed[kind].get(id);
    if (found === undefined) throw new Error(`documentIssues lets no ${kind} link dangle`);
    return found;
  };
  const improvements: ImprovementRecord[] = source.improvements.map((m) => {
    const { id: docId, completedAt, createdAt, updatedAt, ...fields } = m;
    return {
      ...fields,
      id: options.keepIds ? keep(docId) : newImprovementId(mapId, clock++),
      mapId,
      stageId: m.stageId === null ? null : link('stage', m.stageId),
      touchpointIds: m.touchpointIds.map((id) => link('touchpoint', id)),
      painPointIds: m.painPointIds.map((id) => link('painPoint', id)),
      kpiId: m.kpiId === null ? null : link('kpi', m.kpiId),
      completedAt: m.status === 'DONE' ? (completedAt ?? updatedAt ?? now) : null,
      ...stamps({ createdAt, updatedAt }),
    };
  });

  const createdAt = source.createdAt ?? now;
  const lastReviewedAt = source.lastReviewedAt ?? null;
  return {
    contents: {
      header: {
        id: mapId,
        title: source.title,
        description: source.description,
        state: source.state,
        status: source.status,
        scope: source.scope ?? {
          objective: null,
          perimeter: null,
          segment: null,
          horizon: null,
          stakeholders: [],
        },
        owner: source.owner,
        tags: source.tags,
        personaIds,
        reviewCadenceDays: source.reviewCadenceDays,
        lastReviewedAt,
        nextReviewAt: nextReviewAt(createdAt, lastReviewedAt, source.reviewCadenceDays),
        changeSeq: 1,
        latestVersion: 0,
        revision: 1,
        createdAt,
        updatedAt: now,
      },
      stages,
      touchpoints,
      painPoints,
      kpis,
      improvements,
    },
    newPersonas,
  };
}
