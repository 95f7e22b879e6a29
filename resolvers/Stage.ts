import { averageColor } from '../domain/maps/emotion';
import { stageAverageEmotion } from '../domain/maps/mapView';
import { addStage } from '../domain/stages/addStage';
import { moveStage } from '../domain/stages/moveStage';
import { removeStage } from '../domain/stages/removeStage';
import { updateStage } from '../domain/stages/updateStage';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, positionOf, removalPayload } from './support/partPayloads';
import { ownerView } from './support/views';

/** Stored fields come from the record (default resolver); these are derived from its map. */
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
    position: positionOf,
    touchpoints: (stage) => ownerView(stage).touchpointsByStage.get(stage.id) ?? [],
    kpis: (stage) => ownerView(stage).kpisByStage.get(stage.id) ?? [],
    averageEmotion: (stage) => stageAverageEmotion(ownerView(stage), stage.id),
    emotionColor: (stage) => averageColor(stageAverageEmotion(ownerView(stage), stage.id)),
  },
};
