/**
 * Copies the draft, or a published version, into a new map: every part gets a
 * new id and every reference between parts (touchpoint → stage, pain point →
 * touchpoint, KPI → stage, improvement → its links) follows. The typical use:
 * a FUTURE-state map designed from the current v2.
 */
import { rejectionError } from '../shared/rejections';
import { newImprovementId } from '../backlog/improvementIds';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { newId } from '../shared/ids';
import type { MapContents } from '../maps/mapContents';
import { nextReviewAt } from '../maps/review';
import { parseInput } from '../validation/parseInput';
import { duplicateMapInput } from './versionInputs';

export async function duplicateMap(ctx: UseCaseContext, rawInput: unknown): Promise<MapContents> {
  const { mapId, version, id, title, state } = parseInput(duplicateMapInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  const source =
    version === null
      ? await ctx.stores.maps.read(workspaceId, mapId)
      : ((await ctx.stores.versions.read(workspaceId, mapId, version))?.snapshot.contents ?? null);
  if (!source)
    throw version === null
      ? notFound('JourneyMap', mapId)
      : notFound('JourneyMapVersion', `${version} of map ${mapId}`);
  const personas = await ctx.stores.personas.getMany(workspaceId, source.header.personaIds);

  const now = nowIso(ctx);
  const copyId = id ?? newId();
  const ids = new Map<string, string>();
  const renew = (old: string) => {
    const fresh = ids.get(old) ?? newId();
    ids.set(old, fresh);
    return fresh;
  };
  const link = (old: string | null) => (old === null ? null : (ids.get(old) ?? null));
  const fresh = { revision: 1, createdAt: now, updatedAt: now };

  const stages = source.stages.map((s) => ({ ...s, ...fresh, id: renew(s.id) }));
  const liveStage = new Set(source.stages.map((s) => s.id));
  const touchpoints = source.touchpoints
    .filter((t) => liveStage.has(t.stageId))
    .map((t) => ({ ...t, ...fresh, id: renew(t.id), stageId: link(t.stageId) as string }));
  const painPoints = source.painPoints
    .filter((p) => ids.has(p.touchpointId))
    .map((p) => ({
      ...p,
      ...fresh,
      id: renew(p.id),
      touchpointId: link(p.touchpointId) as string,
    }));
  const kpis = source.kpis
    .filter((k) => liveStage.has(k.stageId))
    .map((k) => ({ ...k, ...fresh, id: renew(k.id), stageId: link(k.stageId) as string }));
  const copyOf = (list: string[]) => list.map(link).filter((v): v is string => v !== null);
  const improvements = source.improvements.map((i) => ({
    ...i,
    ...fresh,
    id: newImprovementId(copyId),
    mapId: copyId,
    stageId: link(i.stageId),
    touchpointIds: copyOf(i.touchpointIds),
    painPointIds: copyOf(i.painPointIds),
    kpiId: link(i.kpiId),
  }));
  const contents: MapContents = {
    header: {
      ...source.header,
      ...fresh,
      id: copyId,
      title,
      state,
      status: 'DRAFT',
      personaIds: source.header.personaIds.filter((p) => personas.has(p)),
      lastReviewedAt: null,
      nextReviewAt: nextReviewAt(now, null, source.header.reviewCadenceDays),
      changeSeq: 1,
      latestVersion: 0,
    },
    stages,
    touchpoints,
    painPoints,
    kpis,
    improvements,
  };
  const outcome = await ctx.stores.maps.create(workspaceId, contents, {
    actor: actorOf(ctx.viewer),
    history: {
      operation: 'duplicateJourneyMap',
      entity: 'JourneyMap',
      entityId: copyId,
      summary: `Map "${title}" (${state}) created from map ${mapId}, ${version === null ? 'draft' : `version ${version}`}`,
    },
  });
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return contents;
}
