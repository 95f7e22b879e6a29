/**
 * The Lambda entry point of POST/GET /graphql. It only wires: the container's
 * runtime (configuration, DynamoDB connection, token verifier), the schema,
 * and the per-request context built from verified credentials, with the
 * request's one retry budget shared by its stores and use cases; around it,
 * the Idempotency-Key handling of mutations (http/idempotency.ts).
 */
import './zodRuntime';
import { verifyApiKey } from '../domain/apiKeys/verifyApiKey';
import { systemClock } from '../domain/context/clock';
import type { UseCaseContext } from '../domain/context/useCaseContext';
import { RetryBudget } from '../domain/shared/retryBudget';
import { createLoaders } from '../resolvers/context/loaders';
import { buildSchema } from '../resolvers/server/buildSchema';
import { DynamoApiKeyStore } from '../store/apiKeys/dynamoApiKeyStore';
import { forUnitOfWork } from '../store/dynamo/dynamoClient';
import { DynamoIdempotencyStore } from '../store/idempotency/dynamoIdempotencyStore';
import { authenticate } from './auth/authenticate';
import { createGraphQLLambdaHandler } from './http/graphqlLambdaHandler';
import { idempotentRequest, withIdempotency } from './http/idempotency';
import { publicBaseUrl } from './http/publicBaseUrl';
import { noteRootFields, noteViewer } from './http/requestFacts';
import { withRequestLog } from './http/requestLog';
import { log, logger } from './log';
import { createMetrics } from './metrics';
import { runtime } from './runtime';

/** `Bearer <JWT>` or `ApiKey <key>` (one consistent GetItem: a revoked key fails at once). */
const authenticateHeader = (authorization: string | undefined) =>
  authenticate(authorization, runtime.verifier, (key) =>
    verifyApiKey(
      {
        apiKeys: new DynamoApiKeyStore(forUnitOfWork(runtime.dynamo, new RetryBudget())),
        clock: systemClock,
      },
      key,
    ),
  );

const graphqlHandler = createGraphQLLambdaHandler({
  // Descriptions only serve introspection, which is on in development only.
  // The root fields note which operation ran, for the request log.
  schema: noteRootFields(buildSchema({ descriptions: runtime.config.introspection })),
  local: runtime.config.local,
  introspection: runtime.config.introspection,
  // An idempotent request was authenticated by the wrapper already: once per request.
  authenticate: async (authorization) =>
    idempotentRequest()?.viewer ?? (await authenticateHeader(authorization)),
  createContext: (viewer, requestId, event) => {
    noteViewer(viewer);
    const idempotent = idempotentRequest();
    const retry = idempotent?.retry ?? new RetryBudget();
    const useCase: UseCaseContext = {
      viewer,
      stores: runtime.storesFor(retry, idempotent?.marker),
      clock: systemClock,
      retry,
    };
    return {
      requestId,
      viewer,
      useCase,
      loaders: createLoaders(useCase),
      publicBaseUrl: publicBaseUrl(event, runtime.config.publicBaseUrl, runtime.config.local),
    };
  },
  log,
});

const idempotentHandler = withIdempotency(graphqlHandler, {
  // Note: a replayed response runs no resolver; the request log still names its caller.
  authenticate: async (authorization) => {
    const viewer = await authenticateHeader(authorization);
    noteViewer(viewer);
    return viewer;
  },
  keys: (retry) => new DynamoIdempotencyStore(forUnitOfWork(runtime.dynamo, retry)),
  log,
});

/** One log line and the metrics of each request (http/requestLog.ts), replays included. */
export const handler = withRequestLog(idempotentHandler, {
  logger,
  metrics: createMetrics(runtime.config),
});
