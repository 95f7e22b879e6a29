/** The executable schema: SDL from schema/, resolvers, role checks and cache resets. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from './__generated__/typeDefs';
import { enforceRoles } from './authorization';
import { forgetReadsAfterWrites } from './forgetReadsAfterWrites';
import { resolvers } from './index';

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers,
    // Every resolver must match a field of the SDL: a typo fails the build, not a request.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  return enforceRoles(forgetReadsAfterWrites(schema));
}
