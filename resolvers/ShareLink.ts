import { shareLinkUrl } from '../domain/pictures/pictureLinks';
import { createShareLink } from '../domain/shareLinks/createShareLink';
import { readShareLinks } from '../domain/shareLinks/readShareLinks';
import { revokeShareLink } from '../domain/shareLinks/revokeShareLink';
import { isLive } from '../domain/shareLinks/shareLink';
import type { Resolvers } from './__generated__/resolverTypes';

/** Read-only share links: creating, listing and revoking them. */
export const shareLinkResolvers: Resolvers = {
  Query: {
    shareLinks: (_parent, args, ctx) => readShareLinks(ctx.useCase, args),
  },
  Mutation: {
    createShareLink: async (_parent, { input }, ctx) => {
      const { link, token } = await createShareLink(ctx.useCase, input);
      return { shareLink: link, url: shareLinkUrl(ctx.publicBaseUrl, token) };
    },
    revokeShareLink: async (_parent, { input }, ctx) => ({
      shareLink: await revokeShareLink(ctx.useCase, input),
    }),
  },
  ShareLink: {
    active: (link, _args, ctx) => isLive(link, ctx.useCase.clock.now()),
  },
};
