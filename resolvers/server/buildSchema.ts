/** The executable schema: SDL from schema/, resolvers, role checks and cache resets. */
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { compactTypeDefs, typeDefs } from '../__generated__/typeDefs';
import { attachResolvers } from './attachResolvers';
import { enforceRoles } from './authorization';
import { forgetReadsAfterWrites } from './forgetReadsAfterWrites';
import { resolvers } from '../index';

export interface SchemaOptions {
  /** Check the SDL (the tests do); a cold start trusts it, which saves tens of milliseconds. */
  validate?: boolean;
  /**
   * Keep the descriptions, for introspection (development). Without them the
   * SDL to parse at a cold start is a third of the size.
   */
  descriptions?: boolean;
}

/** Builds the schema. */
export function buildSchema({
  validate = false,
  descriptions = true,
}: SchemaOptions = {}): GraphQLSchema {
  const sdl = descriptions ? typeDefs : compactTypeDefs;
  const schema = buildASTSchema(parse(sdl, { noLocation: !validate }), {
    assumeValidSDL: !validate,
    assumeValid: !validate,
  });
  attachResolvers(schema, resolvers);
  return enforceRoles(forgetReadsAfterWrites(schema));
}
