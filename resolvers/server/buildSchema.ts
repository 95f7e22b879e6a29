/** The executable schema: SDL from schema/, resolvers, role checks and cache resets. */
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../__generated__/typeDefs';
import { attachResolvers } from './attachResolvers';
import { enforceRoles } from './authorization';
import { forgetReadsAfterWrites } from './forgetReadsAfterWrites';
import { resolvers } from '../index';

/**
 * Builds the schema. The SDL is checked by graphql-js when `validate` is set
 * (the tests do, tests/unit/resolvers/buildSchema.test.ts); a cold start
 * trusts it, which saves tens of milliseconds on every new Lambda container.
 */
export function buildSchema({ validate = false }: { validate?: boolean } = {}): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs), {
    assumeValidSDL: !validate,
    assumeValid: !validate,
  });
  attachResolvers(schema, resolvers);
  return enforceRoles(forgetReadsAfterWrites(schema));
}
