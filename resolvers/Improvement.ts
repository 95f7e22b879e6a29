import { createImprovement } from '../domain/backlog/createImprovement';
import { deleteImprovement } from '../domain/backlog/deleteImprovement';
import type { ImprovementRecord } from '../domain/backlog/improvement';
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
import { viewOwning } from '../domain/maps/mapView';
import { touchpointsInOrder } from '../domain/maps/journeyOrder';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';
import { ownerView, viewOrDraft } from './support/views';

/** An improvement's map: the view it was read in, else its map's draft (read once per request). */
const viewOf = (improvement: ImprovementRecord, ctx: Parameters<typeof viewOrDraft>[2]) =>
  viewOrDraft(improvement, improvement.mapId, ctx);

export const improvementResolvers: Resolvers = {
  Query: {
    improvements: async (_parent, args, ctx) =>
      connection(
        await listImprovements(ctx.useCase, args),
        () => countImprovements(ctx.useCase, args.filter),
        args,
      ),
    improvementMatrix: (_parent, { mapId }, ctx) => improvementMatrix(ctx.useCase, mapId),
  },
  Mutation: {
    createImprovement: async (_parent, { input }, ctx) => ({
      improvement: (await createImprovement(ctx.useCase, input)).known as ImprovementRecord,
    }),
    updateImprovement: async (_parent, { input }, ctx) => ({
      improvement: await updateImprovement(ctx.useCase, input),
    }),
    deleteImprovement: async (_parent, { input }, ctx) => ({
      deletedId: await deleteImprovement(ctx.useCase, input),
    }),
  },
  ImprovementConnection: connectionFields,
  ImprovementMatrix: {
    quickWins: (matrix) => matrix.QUICK_WIN,
    strategicProjects: (matrix) => matrix.STRATEGIC_PROJECT,
    fillIns: (matrix) => matrix.FILL_IN,
    avoid: (matrix) => matrix.AVOID,
  },
  QuadrantCounts: {
    quickWins: (counts) => counts.QUICK_WIN,
    strategicProjects: (counts) => counts.STRATEGIC_PROJECT,
    fillIns: (counts) => counts.FILL_IN,
    avoid: (counts) => counts.AVOID,
  },
  Improvement: {
    quadrant: (i) => quadrant(i.impact, i.effort),
    priorityScore: (i) => priorityScore(i.impact, i.effort),
    map: async (improvement, _args, ctx) => {
      const view = viewOwning(improvement);
      if (view) return view.header;
      // Headers of every map on a backlog page come in one BatchGetItem.
      // Note: a map being deleted loses its header before its improvements leave the indexes.
      return ctx.loaders.mapHeader.load(improvement.mapId);
    },
    stage: async (improvement, _args, ctx) => {
      const view = await viewOf(improvement, ctx);
      return improvement.stageId ? (view.stageById.get(improvement.stageId) ?? null) : null;
    },
    touchpoints: async (improvement, _args, ctx) => {
      const linked = new Set(improvement.touchpointIds);
      return touchpointsInOrder(await viewOf(improvement, ctx)).filter((t) => linked.has(t.id));
    },
    painPoints: async (improvement, _args, ctx) => {
      const view = await viewOf(improvement, ctx);
      return improvement.painPointIds.flatMap((id) => view.painPointById.get(id) ?? []);
    },
    kpi: async (improvement, _args, ctx) => {
      const view = await viewOf(improvement, ctx);
      return improvement.kpiId ? (view.kpiById.get(improvement.kpiId) ?? null) : null;
    },
  },
  JourneyMap: {
    improvements: async (map, args, ctx) => {
      const view = viewOwning(map);
      if (!view || view.version === null) {
        // The draft's backlog comes from its index, one Query per page, like every backlog listing.
        const within = { mapId: map.id };
        return connection(
          await listImprovements(ctx.useCase, args, within),
          () => countImprovements(ctx.useCase, args.filter, within),
          args,
        );
      }
      return connection(
        pageOfVersionBacklog(view, args),
        async () => Promise.resolve(filterVersionBacklog(view, args.filter).length),
        args,
      );
    },
    improvementCounts: async (map, _args, ctx) =>
      quadrantCounts(await viewOrDraft(map, map.id, ctx)),
  },
  Touchpoint: {
    improvements: (touchpoint) =>
      ownerView(touchpoint).improvementsByTouchpoint.get(touchpoint.id) ?? [],
  },
  PainPoint: {
    improvements: (painPoint) =>
      ownerView(painPoint).improvementsByPainPoint.get(painPoint.id) ?? [],
  },
};
