/** Relay connections built from a store page: edges, pageInfo and a lazy totalCount. */
import type { Page } from '../../domain/paging/page';
import type { ConnectionParent } from '../context/parents';

export function connection<T, N = T>(
  page: Page<T>,
  totalCount: () => Promise<number>,
  toNode?: (item: T) => N,
): ConnectionParent<N> {
  const map = toNode ?? ((item: T) => item as unknown as N);
  return {
    page: {
      items: page.items.map(({ node, cursor }) => ({ node: map(node), cursor })),
      hasNextPage: page.hasNextPage,
    },
    totalCount,
  };
}

/** Resolvers shared by every connection type. */
export const connectionFields = {
  edges: <N>(parent: ConnectionParent<N>) => parent.page.items,
  pageInfo: <N>(parent: ConnectionParent<N>) => ({
    hasNextPage: parent.page.hasNextPage,
    endCursor: parent.page.items.at(-1)?.cursor ?? null,
  }),
  totalCount: <N>(parent: ConnectionParent<N>) => parent.totalCount(),
};
