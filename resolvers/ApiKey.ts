import { apiKeyStatus } from '../domain/apiKeys/apiKey';
import { createApiKey } from '../domain/apiKeys/createApiKey';
import { countApiKeys, listApiKeys } from '../domain/apiKeys/readApiKeys';
import { revokeApiKey } from '../domain/apiKeys/revokeApiKey';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';

/** API keys: stored fields from the record (never its hash: the SDL has no such field). */
export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: async (_parent, args, ctx) =>
      connection(await listApiKeys(ctx.useCase, args), () => countApiKeys(ctx.useCase)),
  },
  Mutation: {
    createApiKey: (_parent, { input }, ctx) => createApiKey(ctx.useCase, input),
    revokeApiKey: async (_parent, { input }, ctx) => ({
      apiKey: await revokeApiKey(ctx.useCase, input),
    }),
  },
  ApiKey: {
    status: (key, _args, ctx) => apiKeyStatus(key, ctx.useCase.clock.now().toISOString()),
  },
  ApiKeyConnection: connectionFields,
};
