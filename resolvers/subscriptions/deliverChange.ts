/**
 * Pushes one change of a map to every subscription watching it: each
 * subscription's own GraphQL request runs against the change (its fields,
 * aliases and fragments, as the protocol's `next` payload), and goes to its
 * connection. A connection found gone is forgotten with all its
 * subscriptions. One Query for the watchers, one post per subscription.
 */
import { execute, parse, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import type { ConnectionPusher } from '../../domain/ports/connectionPusher';
import type { ConnectionStore, Watcher } from '../../domain/ports/connectionStore';
import type { JourneyMapChange } from '../../domain/subscriptions/journeyMapChange';

export interface DeliveryOptions {
  schema: GraphQLSchema;
  connections: ConnectionStore;
  pusher: ConnectionPusher;
  formatError: (error: Error) => GraphQLError;
}

/** What one delivery did, for the logs and the figures. */
export interface Delivery {
  pushed: number;
  gone: number;
}

/** The `next` message of one subscription for one change. */
async function nextMessage(
  options: DeliveryOptions,
  watcher: Watcher,
  document: DocumentNode,
  change: JourneyMapChange,
): Promise<string> {
  const result = await execute({
    schema: options.schema,
    document,
    rootValue: { journeyMapChanged: change },
    contextValue: { viewer: watcher.viewer },
    variableValues: watcher.request.variables,
    operationName: watcher.request.operationName,
  });
  return stringifyMessage({
    type: MessageType.Next,
    id: watcher.subscriptionId,
    payload: {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(result.errors
        ? { errors: result.errors.map((e) => options.formatError(e).toJSON()) }
        : {}),
    },
  });
}

export async function deliverChange(
  options: DeliveryOptions,
  workspaceId: string,
  change: JourneyMapChange,
): Promise<Delivery> {
  const watchers = await options.connections.watchers(workspaceId, change.mapId);
  const documents = new Map<string, DocumentNode>();
  const delivery: Delivery = { pushed: 0, gone: 0 };
  await Promise.all(
    watchers.map(async (watcher) => {
      const { query } = watcher.request;
      const document = documents.get(query) ?? parse(query);
      documents.set(query, document);
      const sent = await options.pusher.send(
        watcher.connectionId,
        await nextMessage(options, watcher, document, change),
      );
      if (sent === 'sent') {
        delivery.pushed += 1;
        return;
      }
      delivery.gone += 1;
      await options.connections.close(watcher.connectionId);
    }),
  );
  return delivery;
}
