/** Relay connections built from a store page: edges, pageInfo and a lazy totalCount. */
import type { Page } from '../../domain/paging/page';
import type { ConnectionParent } from '../context/parents';

export interface ConnectionOptions<T, N> {
  /** The `after` cursor the page was asked for: items come before the page when there is one. */
  after?: string | null;
  toNode?: (item: T) => N;
}

export function connection<T, N = T>(
  page: Page<T>,
  totalCount: () => Promise<number>,
  { after = null, toNode }: ConnectionOptions<T, N> = {},
): ConnectionParent<N> {
  const map = toNode ?? ((item: T) => item as unknown as N);
  return {
    page: {
      items: page.items.map(({ node, cursor }) => ({ node: map(node), cursor })),
      hasNextPage: page.hasNextPage,
    },
    hasPreviousPage: after !== null,
    totalCount,
  };
}

/** Resolvers shared by every connection type. */
export const connectionFields = {
  edges: <N>(parent: ConnectionParent<N>) => parent.page.items,
  // Note: pages go forward only (`first`, `after`); Relay's spec lets hasPreviousPage say
  // whether anything precedes `after`, which the cursor itself shows without a read.
  pageInfo: <N>(parent: ConnectionParent<N>) => ({
    hasNextPage: parent.page.hasNextPage,
    hasPreviousPage: parent.hasPreviousPage,
    startCursor: parent.page.items.at(0)?.cursor ?? null,
    endCursor: parent.page.items.at(-1)?.cursor ?? null,
  }),
  totalCount: <N>(parent: ConnectionParent<N>) => parent.totalCount(),
};
