/** The executable schema: SDL from schema/, resolvers, role checks and cache resets. */
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { compactSchemaJson, typeDefs } from '../__generated__/typeDefs';
import { inflateDocument } from './compactDocument';
import { attachResolvers } from './attachResolvers';
import { enforceRoles } from './authorization';
import { forgetReadsAfterWrites } from './forgetReadsAfterWrites';
import { resolvers } from '../index';

export interface SchemaOptions {
  /** Check the SDL (the tests do); a cold start trusts it, which saves tens of milliseconds. */
  validate?: boolean;
  /**
   * Keep the descriptions, for introspection (development): the SDL is parsed.
   * Without them, the schema comes from its syntax tree stored as JSON
   * (compactDocument.ts), which a cold start reads five times faster.
   */
  descriptions?: boolean;
}

/** Builds the schema. */
export function buildSchema({
  validate = false,
  descriptions = true,
}: SchemaOptions = {}): GraphQLSchema {
  const document = descriptions
    ? parse(typeDefs, { noLocation: !validate })
    : inflateDocument(JSON.parse(compactSchemaJson));
  const schema = buildASTSchema(document, {
    assumeValidSDL: !validate,
    assumeValid: !validate,
  });
  attachResolvers(schema, resolvers);
  return enforceRoles(forgetReadsAfterWrites(schema));
}
