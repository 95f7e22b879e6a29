import { listHistory } from '../domain/history/readHistory';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';

/** A map's history of changes, newest first. */
export const historyResolvers: Resolvers = {
  JourneyMap: {
    history: async (map, args, ctx) =>
      connection(await listHistory(ctx.useCase, map.id, args), () => Promise.resolve(0), args),
  },
  HistoryEntry: {
    entityType: (entry) => entry.entity,
  },
  HistoryEntryConnection: {
    edges: connectionFields.edges,
    pageInfo: connectionFields.pageInfo,
  },
};
