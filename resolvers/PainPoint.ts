import { addPainPoint } from '../domain/painPoints/addPainPoint';
import { removePainPoint } from '../domain/painPoints/removePainPoint';
import { updatePainPoint } from '../domain/painPoints/updatePainPoint';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, removalPayload } from './support/partPayloads';

/** A pain point's fields are all stored: the default resolver serves them. */
export const painPointResolvers: Resolvers = {
  Mutation: {
    addPainPoint: async (_parent, { input }, ctx) =>
      partPayload(await addPainPoint(ctx.useCase, input)),
    updatePainPoint: async (_parent, { input }, ctx) =>
      partPayload(await updatePainPoint(ctx.useCase, input)),
    removePainPoint: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removePainPoint(ctx.useCase, input)),
  },
};
