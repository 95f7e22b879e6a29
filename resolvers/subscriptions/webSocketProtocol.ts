/**
 * The `graphql-transport-ws` protocol (the one `graphql-ws` clients speak)
 * for a WebSocket API that calls a function per message, with no process
 * holding the socket (API Gateway). Each message is answered by the value it
 * resolves to (API Gateway's route response sends it back) or by nothing:
 *
 * - `connection_init` with `{Authorization: "Bearer …" | "ApiKey …"}`: the
 *   credentials go through the same `authenticate` as HTTP; the connection
 *   keeps its viewer and gets `connection_ack`. Refused, the client gets an
 *   `error` message with UNAUTHENTICATED, then the server closes the
 *   connection (API Gateway cannot close with the protocol's 4403: a
 *   graphql-ws client stops at that message with a fatal error instead of
 *   reconnecting in a loop; see docs/events.md).
 * - `subscribe`: checked (subscribeRequest.ts) and stored; an `error`
 *   message for that id when it cannot be (NOT_FOUND for a map of another
 *   workspace, as over HTTP). Changes then arrive as `next` messages from the
 *   table's stream (deliverChange.ts).
 * - `complete` ends a subscription; `ping` gets `pong`; `pong` is ignored.
 *
 * A message that is not the protocol's closes the connection (the protocol's
 * 4400, as far as API Gateway can).
 */
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { MessageType, parseMessage, stringifyMessage, type Message } from 'graphql-ws';
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import type { Viewer } from '../../domain/context/viewer';
import type { ConnectionPusher } from '../../domain/ports/connectionPusher';
import type { ConnectionStore } from '../../domain/ports/connectionStore';
import { DomainError } from '../../domain/shared/errors';
import { watchJourneyMap } from '../../domain/subscriptions/watchJourneyMap';
import { checkSubscription, SubscribeRejected } from './subscribeRequest';

export interface ProtocolOptions {
  schema: GraphQLSchema;
  connections: ConnectionStore;
  pusher: ConnectionPusher;
  /** The same as HTTP's: the Authorization value in, a viewer out, or UNAUTHENTICATED. */
  authenticate: (authorization: string | undefined) => Promise<Viewer>;
  /** The use-case context of one message of a viewer. */
  useCase: (viewer: Viewer) => UseCaseContext;
  /** How a client reads an error (the API's one formatError). */
  formatError: (error: Error) => GraphQLError;
}

/** The id of the `error` message that refuses a `connection_init` (it has no subscription). */
export const CONNECTION_INIT_ERROR_ID = 'connection_init';

const errorMessage = (id: string, errors: readonly GraphQLFormattedError[]) =>
  stringifyMessage({ type: MessageType.Error, id, payload: errors });

/** The Authorization value of a `connection_init` payload (any case of the key). */
function authorizationOf(payload: Record<string, unknown> | null | undefined): string | undefined {
  const entry = Object.entries(payload ?? {}).find(
    ([key]) => key.toLowerCase() === 'authorization',
  );
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/** Handles one message of a connection; resolves with the reply, if any. */
export async function handleMessage(
  options: ProtocolOptions,
  connectionId: string,
  raw: string,
): Promise<string | null> {
  const { connections } = options;
  let message: Message;
  try {
    message = parseMessage(raw);
  } catch {
    await options.pusher.disconnect(connectionId);
    await connections.close(connectionId);
    return null;
  }
  const format = (error: Error) => options.formatError(error).toJSON();

  switch (message.type) {
    case MessageType.ConnectionInit: {
      let viewer: Viewer;
      try {
        viewer = await options.authenticate(authorizationOf(message.payload));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await options.pusher.send(
          connectionId,
          errorMessage(CONNECTION_INIT_ERROR_ID, [format(error)]),
        );
        await options.pusher.disconnect(connectionId);
        await connections.close(connectionId);
        return null;
      }
      const outcome = await connections.acknowledge(connectionId, viewer);
      // A second connection_init is the protocol's 4429; a connection we do not know, gone.
      if (outcome !== 'ready') {
        await options.pusher.disconnect(connectionId);
        await connections.close(connectionId);
        return null;
      }
      return stringifyMessage({ type: MessageType.ConnectionAck });
    }
    case MessageType.Ping:
      return stringifyMessage({
        type: MessageType.Pong,
        ...(message.payload ? { payload: message.payload } : {}),
      });
    case MessageType.Pong:
      return null;
    case MessageType.Subscribe: {
      const { id, payload } = message;
      const connection = await connections.state(connectionId);
      if (connection.state !== 'ready') {
        return errorMessage(id, [
          format(
            new DomainError('UNAUTHENTICATED', 'Send connection_init with credentials first.'),
          ),
        ]);
      }
      const request = {
        query: payload.query,
        variables: payload.variables ?? null,
        operationName: payload.operationName ?? null,
      };
      try {
        const { mapId } = checkSubscription(options.schema, request);
        await watchJourneyMap(options.useCase(connection.viewer), connections, {
          connectionId,
          subscriptionId: id,
          mapId,
          request,
        });
        return null;
      } catch (error) {
        if (error instanceof SubscribeRejected) return errorMessage(id, error.errors.map(format));
        if (error instanceof DomainError) return errorMessage(id, [format(error)]);
        throw error;
      }
    }
    case MessageType.Complete:
      await connections.unwatch(connectionId, message.id);
      return null;
    case MessageType.ConnectionAck:
    case MessageType.Next:
    case MessageType.Error:
      // Messages only a server sends.
      await options.pusher.disconnect(connectionId);
      await connections.close(connectionId);
      return null;
  }
}
