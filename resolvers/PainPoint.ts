import { addPainPoint } from '../domain/painPoints/addPainPoint';
import { removePainPoint } from '../domain/painPoints/removePainPoint';
import { updatePainPoint } from '../domain/painPoints/updatePainPoint';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, removalPayload } from './support/partPayloads';
import { storedFieldsOf } from './support/partFields';

const storedField = storedFieldsOf('painPoint');

export const painPointResolvers: Resolvers = {
  Mutation: {
    addPainPoint: async (_parent, { input }, ctx) =>
      partPayload(await addPainPoint(ctx.useCase, input)),
    updatePainPoint: async (_parent, { input }, ctx) =>
      partPayload(await updatePainPoint(ctx.useCase, input)),
    removePainPoint: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removePainPoint(ctx.useCase, input)),
  },
  PainPoint: {
    id: (ref) => ref.id,
    touchpointId: storedField('touchpointId'),
    description: storedField('description'),
    severity: storedField('severity'),
    evidence: storedField('evidence'),
    revision: storedField('revision'),
    createdAt: storedField('createdAt'),
    updatedAt: storedField('updatedAt'),
  },
};
