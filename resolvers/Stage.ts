import { averageColor } from '../domain/maps/emotion';
import { stageAverageEmotion } from '../domain/maps/mapView';
import { addStage } from '../domain/stages/addStage';
import { moveStage } from '../domain/stages/moveStage';
import { removeStage } from '../domain/stages/removeStage';
import { updateStage } from '../domain/stages/updateStage';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, removalPayload } from './support/partPayloads';
import { positionOf, refsOf, storedFieldsOf, viewOf } from './support/partFields';

const storedField = storedFieldsOf('stage');

export const stageResolvers: Resolvers = {
  Mutation: {
    addStage: async (_parent, { input }, ctx) => partPayload(await addStage(ctx.useCase, input)),
    updateStage: async (_parent, { input }, ctx) =>
      partPayload(await updateStage(ctx.useCase, input)),
    moveStage: async (_parent, { input }, ctx) => partPayload(await moveStage(ctx.useCase, input)),
    removeStage: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removeStage(ctx.useCase, input)),
  },
  Stage: {
    id: (ref) => ref.id,
    name: storedField('name'),
    description: storedField('description'),
    customerGoal: storedField('customerGoal'),
    owner: storedField('owner'),
    revision: storedField('revision'),
    createdAt: storedField('createdAt'),
    updatedAt: storedField('updatedAt'),
    position: positionOf,
    touchpoints: async (ref, _args, ctx) => {
      const view = await viewOf(ctx, ref.mapId, ref.version);
      return refsOf('touchpoint', view, view.touchpointsByStage.get(ref.id));
    },
    kpis: async (ref, _args, ctx) => {
      const view = await viewOf(ctx, ref.mapId, ref.version);
      return refsOf('kpi', view, view.kpisByStage.get(ref.id));
    },
    averageEmotion: async (ref, _args, ctx) =>
      stageAverageEmotion(await viewOf(ctx, ref.mapId, ref.version), ref.id),
    emotionColor: async (ref, _args, ctx) =>
      averageColor(stageAverageEmotion(await viewOf(ctx, ref.mapId, ref.version), ref.id)),
  },
};
