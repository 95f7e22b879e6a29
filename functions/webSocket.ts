/**
 * The Lambda entry point of the WebSocket API ($connect, $disconnect,
 * $default): GraphQL subscriptions with the `graphql-transport-ws` protocol
 * (resolvers/subscriptions/webSocketProtocol.ts). It wires the same runtime
 * and the same `authenticate` as the HTTP endpoint: credentials come in
 * `connection_init` as `{Authorization: "Bearer …" | "ApiKey …"}`.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { handleProtocols } from 'graphql-ws';
import { config as configureZod } from 'zod';
import { systemClock } from '../domain/context/clock';
import { RetryBudget } from '../domain/shared/retryBudget';
import { buildSchema } from '../resolvers/server/buildSchema';
import { createFormatError } from '../resolvers/server/formatError';
import { handleMessage } from '../resolvers/subscriptions/webSocketProtocol';
import { forUnitOfWork } from '../store/dynamo/dynamoClient';
import { ApiGatewayPusher, createManagementClient } from '../store/webSocket/apiGatewayPusher';
import { DynamoConnectionStore } from '../store/webSocket/dynamoConnectionStore';
import { authenticate } from './auth/authenticate';
import { log } from './log';
import { runtime } from './runtime';

configureZod({ jitless: true });

/** A WebSocket API event: $connect carries the handshake's headers, $default the message. */
export interface WebSocketEvent {
  requestContext: {
    routeKey: string;
    connectionId: string;
    requestId: string;
    domainName?: string;
    stage?: string;
  };
  headers?: Record<string, string | undefined>;
  body?: string | null;
}

const schema = buildSchema({ descriptions: false });

/** The management endpoint: configured (serverless-offline), else the API's own. */
const managementEndpoint = ({ domainName, stage }: WebSocketEvent['requestContext']) =>
  process.env.WEBSOCKET_API_ENDPOINT || `https://${String(domainName)}/${String(stage)}`;

const header = (event: WebSocketEvent, name: string) =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

export const handler = async (event: WebSocketEvent): Promise<APIGatewayProxyResultV2> => {
  const { routeKey, connectionId, requestId } = event.requestContext;
  const retry = new RetryBudget();
  const connections = new DynamoConnectionStore(forUnitOfWork(runtime.dynamo, retry));
  switch (routeKey) {
    case '$connect': {
      const offered = header(event, 'sec-websocket-protocol');
      const protocol = offered === undefined ? null : handleProtocols(offered);
      // The protocol's 4406 Subprotocol not acceptable, before the socket opens.
      if (protocol === false)
        return { statusCode: 400, body: 'Use the graphql-transport-ws subprotocol.' };
      await connections.open(connectionId, systemClock.now().toISOString());
      return {
        statusCode: 200,
        ...(protocol ? { headers: { 'Sec-WebSocket-Protocol': protocol } } : {}),
      };
    }
    case '$disconnect':
      await connections.close(connectionId);
      return { statusCode: 200 };
    default: {
      const reply = await handleMessage(
        {
          schema,
          connections,
          pusher: new ApiGatewayPusher(
            createManagementClient(managementEndpoint(event.requestContext)),
            retry,
          ),
          authenticate: (authorization) => authenticate(authorization, runtime.verifier),
          useCase: (viewer) => ({
            viewer,
            stores: runtime.storesFor(retry),
            clock: systemClock,
            retry,
          }),
          formatError: createFormatError({ exposeInternals: runtime.config.local, requestId, log }),
        },
        connectionId,
        event.body ?? '',
      );
      return reply === null ? { statusCode: 200 } : { statusCode: 200, body: reply };
    }
  }
};
