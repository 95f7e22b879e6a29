import { emotionColor } from '../domain/maps/emotion';
import { addTouchpoint } from '../domain/touchpoints/addTouchpoint';
import { moveTouchpoint } from '../domain/touchpoints/moveTouchpoint';
import { removeTouchpoint } from '../domain/touchpoints/removeTouchpoint';
import { updateTouchpoint } from '../domain/touchpoints/updateTouchpoint';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, positionOf, removalPayload } from './support/partPayloads';
import { ownerView } from './support/views';

/** Stored fields come from the record (default resolver); these are derived. */
export const touchpointResolvers: Resolvers = {
  Mutation: {
    addTouchpoint: async (_parent, { input }, ctx) =>
      partPayload(await addTouchpoint(ctx.useCase, input)),
    updateTouchpoint: async (_parent, { input }, ctx) =>
      partPayload(await updateTouchpoint(ctx.useCase, input)),
    moveTouchpoint: async (_parent, { input }, ctx) =>
      partPayload(await moveTouchpoint(ctx.useCase, input)),
    removeTouchpoint: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removeTouchpoint(ctx.useCase, input)),
  },
  Touchpoint: {
    emotionColor: (touchpoint) => emotionColor(touchpoint.emotionScore),
    position: positionOf,
    painPoints: (touchpoint) =>
      ownerView(touchpoint).painPointsByTouchpoint.get(touchpoint.id) ?? [],
  },
};
