import { emotionColor } from '../domain/maps/emotion';
import { addTouchpoint } from '../domain/touchpoints/addTouchpoint';
import { moveTouchpoint } from '../domain/touchpoints/moveTouchpoint';
import { removeTouchpoint } from '../domain/touchpoints/removeTouchpoint';
import { updateTouchpoint } from '../domain/touchpoints/updateTouchpoint';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, removalPayload } from './support/partPayloads';
import { positionOf, refsOf, storedFieldsOf, viewOf } from './support/partFields';

const storedField = storedFieldsOf('touchpoint');
const emotionScore = storedField('emotionScore');

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
    id: (ref) => ref.id,
    stageId: storedField('stageId'),
    name: storedField('name'),
    description: storedField('description'),
    channel: storedField('channel'),
    mode: storedField('mode'),
    actions: storedField('actions'),
    thoughts: storedField('thoughts'),
    emotionScore,
    emotionColor: async (ref, args, ctx) => emotionColor(await emotionScore(ref, args, ctx)),
    isMomentOfTruth: storedField('isMomentOfTruth'),
    ownerTeam: storedField('ownerTeam'),
    revision: storedField('revision'),
    createdAt: storedField('createdAt'),
    updatedAt: storedField('updatedAt'),
    position: positionOf,
    painPoints: async (ref, _args, ctx) => {
      const view = await viewOf(ctx, ref.mapId, ref.version);
      return refsOf('painPoint', view, view.painPointsByTouchpoint.get(ref.id));
    },
  },
};
