/**
 * Subscribes a WebSocket connection to the changes of one map: the map must
 * exist in the subscriber's workspace (NOT_FOUND otherwise, as over HTTP:
 * another workspace's map is no map). One read of the map's header, one
 * write of the subscription.
 */
import type { ConnectionStore, SubscriptionRequest } from '../ports/connectionStore';
import type { UseCaseContext } from '../context/useCaseContext';
import { DomainError, notFound } from '../shared/errors';

/** Subscriptions one connection may hold: each costs a push per change of its map. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export async function watchJourneyMap(
  ctx: UseCaseContext,
  connections: ConnectionStore,
  subscription: {
    connectionId: string;
    subscriptionId: string;
    mapId: string;
    request: SubscriptionRequest;
  },
): Promise<void> {
  const { workspaceId } = ctx.viewer;
  const header = await ctx.stores.maps.readHeader(workspaceId, subscription.mapId);
  if (!header) throw notFound('JourneyMap', subscription.mapId);
  const outcome = await connections.watch({ ...subscription, workspaceId, viewer: ctx.viewer });
  switch (outcome) {
    case 'watching':
      return;
    case 'duplicate':
      throw new DomainError(
        'CONFLICT',
        `Subscriber for ${subscription.subscriptionId} already exists.`,
      );
    case 'tooMany':
      throw new DomainError(
        'BAD_USER_INPUT',
        `A connection holds at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions; complete one first.`,
      );
    case 'unknown':
      throw new DomainError('UNAUTHENTICATED', 'This connection is closed; connect again.');
  }
}
