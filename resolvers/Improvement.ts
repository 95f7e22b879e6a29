import { createImprovement } from '../domain/backlog/createImprovement';
import { deleteImprovement } from '../domain/backlog/deleteImprovement';
import { priorityScore, quadrant } from '../domain/backlog/priority';
import {
  countImprovements,
  filterVersionBacklog,
  improvementMatrix,
  listImprovements,
  pageOfVersionBacklog,
  quadrantCounts,
} from '../domain/backlog/readBacklog';
import { updateImprovement } from '../domain/backlog/updateImprovement';
import type { MapView } from '../domain/maps/mapView';
import type { ImprovementRecord } from '../domain/records';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';
import { mapParent } from './JourneyMap';
import type { ImprovementParent, JourneyMapParent, RequestContext } from './context/parents';
import { refsOf, viewOf } from './support/partFields';
import { partRef } from '../domain/parts/partRef';

const draftImprovement = (record: ImprovementRecord): ImprovementParent => ({
  record,
  version: null,
});
const improvementsIn = (
  view: MapView,
  records: readonly ImprovementRecord[] | undefined,
): ImprovementParent[] => (records ?? []).map((record) => ({ record, version: view.version }));

const viewFor = (parent: ImprovementParent, ctx: RequestContext) =>
  viewOf(ctx, parent.record.mapId, parent.version);

async function mapOf(
  parent: ImprovementParent,
  _args: unknown,
  ctx: RequestContext,
): Promise<JourneyMapParent | null> {
  if (parent.version !== null) return mapParent(await viewFor(parent, ctx));
  // Headers of every map on a page come in one BatchGetItem.
  const header = await ctx.loaders.mapHeader.load(parent.record.mapId);
  // Note: a map being deleted loses its header before its improvements leave the backlog indexes.
  return header ? { id: header.id, version: null, header, view: null } : null;
}

export const improvementResolvers: Resolvers = {
  Query: {
    improvements: async (_parent, args, ctx) =>
      connection(
        await listImprovements(ctx.useCase, args),
        () => countImprovements(ctx.useCase, args.filter),
        draftImprovement,
      ),
    improvementMatrix: (_parent, { mapId }, ctx) => improvementMatrix(ctx.useCase, mapId),
  },
  Mutation: {
    createImprovement: async (_parent, { input }, ctx) => ({
      improvement: draftImprovement(await createImprovement(ctx.useCase, input)),
    }),
    updateImprovement: async (_parent, { input }, ctx) => ({
      improvement: draftImprovement(await updateImprovement(ctx.useCase, input)),
    }),
    deleteImprovement: async (_parent, { input }, ctx) => ({
      deletedId: await deleteImprovement(ctx.useCase, input),
    }),
  },
  ImprovementConnection: connectionFields,
  ImprovementMatrix: {
    quickWins: (matrix) => matrix.QUICK_WIN.map(draftImprovement),
    strategicProjects: (matrix) => matrix.STRATEGIC_PROJECT.map(draftImprovement),
    fillIns: (matrix) => matrix.FILL_IN.map(draftImprovement),
    avoid: (matrix) => matrix.AVOID.map(draftImprovement),
  },
  QuadrantCounts: {
    quickWins: (counts) => counts.QUICK_WIN,
    strategicProjects: (counts) => counts.STRATEGIC_PROJECT,
    fillIns: (counts) => counts.FILL_IN,
    avoid: (counts) => counts.AVOID,
    total: (counts) => counts.total,
  },
  Improvement: {
    id: ({ record }) => record.id,
    map: mapOf,
    title: ({ record }) => record.title,
    description: ({ record }) => record.description,
    impact: ({ record }) => record.impact,
    effort: ({ record }) => record.effort,
    quadrant: ({ record }) => quadrant(record.impact, record.effort),
    priorityScore: ({ record }) => priorityScore(record.impact, record.effort),
    status: ({ record }) => record.status,
    owner: ({ record }) => record.owner,
    dueDate: ({ record }) => record.dueDate,
    completedAt: ({ record }) => record.completedAt,
    tags: ({ record }) => record.tags,
    stageId: ({ record }) => record.stageId,
    touchpointIds: ({ record }) => record.touchpointIds,
    painPointIds: ({ record }) => record.painPointIds,
    kpiId: ({ record }) => record.kpiId,
    revision: ({ record }) => record.revision,
    createdAt: ({ record }) => record.createdAt,
    updatedAt: ({ record }) => record.updatedAt,
    stage: async (parent, _args, ctx) => {
      const view = await viewFor(parent, ctx);
      const stage = parent.record.stageId ? view.stageById.get(parent.record.stageId) : undefined;
      return stage ? partRef('stage', view.header.id, stage.id, stage, view.version) : null;
    },
    touchpoints: async (parent, _args, ctx) => {
      const view = await viewFor(parent, ctx);
      const linked = new Set(parent.record.touchpointIds);
      const inJourneyOrder = view.stages.flatMap((s) => view.touchpointsByStage.get(s.id) ?? []);
      return refsOf(
        'touchpoint',
        view,
        inJourneyOrder.filter((t) => linked.has(t.id)),
      );
    },
    painPoints: async (parent, _args, ctx) => {
      const view = await viewFor(parent, ctx);
      const found = parent.record.painPointIds.flatMap((id) => view.painPointById.get(id) ?? []);
      return refsOf('painPoint', view, found);
    },
    kpi: async (parent, _args, ctx) => {
      const view = await viewFor(parent, ctx);
      const kpi = parent.record.kpiId ? view.kpiById.get(parent.record.kpiId) : undefined;
      return kpi ? partRef('kpi', view.header.id, kpi.id, kpi, view.version) : null;
    },
  },
  JourneyMap: {
    improvements: async (map, args, ctx) => {
      if (map.version === null) {
        // The draft's backlog comes from its index, one Query per page, like every backlog listing.
        const within = { mapId: map.id };
        return connection(
          await listImprovements(ctx.useCase, args, within),
          () => countImprovements(ctx.useCase, args.filter, within),
          draftImprovement,
        );
      }
      const view = map.view ?? (await viewOf(ctx, map.id, map.version));
      return connection(
        pageOfVersionBacklog(view, args),
        async () => filterVersionBacklog(view, args.filter).length,
        (record) => ({ record, version: view.version }),
      );
    },
    improvementCounts: async (map, _args, ctx) =>
      quadrantCounts(map.view ?? (await viewOf(ctx, map.id, map.version))),
  },
  Touchpoint: {
    improvements: async (ref, _args, ctx) => {
      const view = await viewOf(ctx, ref.mapId, ref.version);
      return improvementsIn(view, view.improvementsByTouchpoint.get(ref.id));
    },
  },
  PainPoint: {
    improvements: async (ref, _args, ctx) => {
      const view = await viewOf(ctx, ref.mapId, ref.version);
      return improvementsIn(view, view.improvementsByPainPoint.get(ref.id));
    },
  },
};
