/**
 * After each mutation, per-request caches of map views are dropped, so that
 * the payload (and any later mutation of the same request) reads the map as it
 * is after the write.
 */
import type { GraphQLSchema } from 'graphql';
import { defaultFieldResolver } from 'graphql';
import type { RequestContext } from '../context/requestContext';

export function forgetReadsAfterWrites(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: RequestContext, info) => {
      try {
        return await resolve(source, args, ctx, info);
      } finally {
        ctx.loaders.afterWrite();
      }
    };
  }
  return schema;
}
