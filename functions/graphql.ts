/**
 * The Lambda entry point of POST/GET /graphql. It only wires: the container's
 * runtime (configuration, DynamoDB connection), the Apollo Server, and the
 * per-request context built from verified credentials, with the request's
 * one retry budget shared by its stores and use cases.
 */
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { systemClock } from '../domain/context/clock';
import type { UseCaseContext } from '../domain/context/useCaseContext';
import { RetryBudget } from '../domain/shared/retryBudget';
import { createLoaders } from '../resolvers/context/loaders';
import type { RequestContext } from '../resolvers/context/requestContext';
import { authenticate } from './auth/authenticate';
import { createServer } from './createServer';
import { runtime } from './runtime';

export const handler = startServerAndCreateLambdaHandler(
  createServer(runtime.config),
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    context: async ({ event }): Promise<RequestContext> => {
      const viewer = await authenticate(event.headers.authorization, runtime.verifier);
      const retry = new RetryBudget();
      const useCase: UseCaseContext = {
        viewer,
        stores: runtime.storesFor(retry),
        clock: systemClock,
        retry,
      };
      return {
        requestId: event.requestContext.requestId,
        viewer,
        useCase,
        loaders: createLoaders(useCase),
      };
    },
  },
);
