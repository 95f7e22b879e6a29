/**
 * The Lambda entry point of the table's stream: domain events on the
 * EventBridge bus (EVENT_BUS_NAME) and pushes to WebSocket subscribers
 * (WEBSOCKET_API_ENDPOINT). Its own bundle: the GraphQL function never loads
 * the EventBridge or API Gateway clients. Without a bus (npm start), events
 * are printed as JSON lines.
 *
 * | variable | meaning |
 * |---|---|
 * | TABLE_NAME, DYNAMODB_ENDPOINT | the table (see config.ts) |
 * | EVENT_BUS_NAME | the bus; unset locally |
 * | WEBSOCKET_API_ENDPOINT | the WebSocket API's management endpoint; unset: no pushes |
 */
import { config as configureZod } from 'zod';
import { buildSchema } from '../resolvers/server/buildSchema';
import { createDynamo } from '../store/dynamo/dynamoClient';
import {
  createEventBridgeClient,
  EventBridgePublisher,
} from '../store/eventBridge/eventBridgePublisher';
import { ApiGatewayPusher, createManagementClient } from '../store/webSocket/apiGatewayPusher';
import { configFromEnv } from './config';
import { log } from './log';
import { logPublisher } from './stream/logPublisher';
import { createStreamHandler } from './stream/streamHandler';

configureZod({ jitless: true });

const config = configFromEnv(process.env);
const busName = process.env.EVENT_BUS_NAME;
const endpoint = process.env.WEBSOCKET_API_ENDPOINT;
const eventBridge = busName ? createEventBridgeClient() : null;
const management = endpoint ? createManagementClient(endpoint) : null;

export const handler = createStreamHandler({
  dynamo: createDynamo(config.dynamo),
  schema: buildSchema({ descriptions: false }),
  publisher: (retry) =>
    eventBridge && busName ? new EventBridgePublisher(eventBridge, busName, retry) : logPublisher(),
  pusher: (retry) => (management ? new ApiGatewayPusher(management, retry) : null),
  log,
  local: config.local,
});
