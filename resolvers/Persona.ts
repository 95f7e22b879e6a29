import { createPersona } from '../domain/personas/createPersona';
import { deletePersona } from '../domain/personas/deletePersona';
import { countPersonas, getPersona, listPersonas } from '../domain/personas/readPersonas';
import { updatePersona } from '../domain/personas/updatePersona';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';

export const personaResolvers: Resolvers = {
  Query: {
    persona: (_parent, { id }, ctx) => getPersona(ctx.useCase, id),
    personas: async (_parent, args, ctx) =>
      connection(await listPersonas(ctx.useCase, args), () => countPersonas(ctx.useCase), args),
  },
  Mutation: {
    createPersona: async (_parent, { input }, ctx) => ({
      persona: await createPersona(ctx.useCase, input),
    }),
    updatePersona: async (_parent, { input }, ctx) => ({
      persona: await updatePersona(ctx.useCase, input),
    }),
    deletePersona: async (_parent, { input }, ctx) => ({
      deletedId: await deletePersona(ctx.useCase, input),
    }),
  },
  PersonaConnection: connectionFields,
};
