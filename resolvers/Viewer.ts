import type { Resolvers } from './__generated__/resolverTypes';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => ctx.viewer,
  },
};
