/**
 * The Lambda entry point of POST/GET /graphql. It only wires: the container's
 * runtime (configuration, DynamoDB connection, token verifier), the schema,
 * and the per-request context built from verified credentials, with the
 * request's one retry budget shared by its stores and use cases.
 */
import './zodRuntime';
import { systemClock } from '../domain/context/clock';
import type { UseCaseContext } from '../domain/context/useCaseContext';
import { RetryBudget } from '../domain/shared/retryBudget';
import { createLoaders } from '../resolvers/context/loaders';
import { buildSchema } from '../resolvers/server/buildSchema';
import { authenticate } from './auth/authenticate';
import { createGraphQLLambdaHandler } from './http/graphqlLambdaHandler';
import { publicBaseUrl } from './http/publicBaseUrl';
import { noteRootFields, noteViewer } from './http/requestFacts';
import { withRequestLog } from './http/requestLog';
import { log, logger } from './log';
import { createMetrics } from './metrics';
import { runtime } from './runtime';

const graphqlHandler = createGraphQLLambdaHandler({
  // Descriptions only serve introspection, which is on in development only.
  // The root fields note which operation ran, for the request log.
  schema: noteRootFields(buildSchema({ descriptions: runtime.config.introspection })),
  local: runtime.config.local,
  introspection: runtime.config.introspection,
  authenticate: (authorization) => authenticate(authorization, runtime.verifier),
  createContext: (viewer, requestId, event) => {
    noteViewer(viewer);
    const retry = new RetryBudget();
    const useCase: UseCaseContext = {
      viewer,
      stores: runtime.storesFor(retry),
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

/** One log line and the metrics of each request (http/requestLog.ts). */
export const handler = withRequestLog(graphqlHandler, {
  logger,
  metrics: createMetrics(runtime.config),
});
