/**
 * The Lambda entry point of POST/GET /graphql. It only wires: the container's
 * runtime (configuration, DynamoDB client, stores), the Apollo Server, and the
 * per-request context built from verified credentials.
 */
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { UseCaseContext } from '../domain/context/useCaseContext';
import { createLoaders } from '../resolvers/context/loaders';
import type { RequestContext } from '../resolvers/context/parents';
import { authenticate } from './auth/authenticate';
import { createServer } from './createServer';
import { runtime } from './runtime';

const systemClock = { now: () => new Date() };

export const handler = startServerAndCreateLambdaHandler(
  createServer(runtime.config),
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    context: async ({ event }): Promise<RequestContext> => {
      const viewer = await authenticate(event.headers.authorization, runtime.verifier);
      const useCase: UseCaseContext = { viewer, stores: runtime.stores, clock: systemClock };
      return {
        requestId: event.requestContext.requestId,
        viewer,
        useCase,
        loaders: createLoaders(useCase),
      };
    },
  },
);
