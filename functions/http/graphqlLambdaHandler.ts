/**
 * The GraphQL endpoint as a Lambda handler: graphql-http (the reference
 * implementation of the GraphQL-over-HTTP spec: methods, media types, status
 * codes) on API Gateway events, with the project's schema, query limits,
 * authentication and error formatting. Anything that escapes is answered as
 * an internal error that carries the request id, and logged.
 */
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context as LambdaContext,
} from 'aws-lambda';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import { createHandler, type Response } from 'graphql-http';
import type { Viewer } from '../../domain/context/viewer';
import { DomainError } from '../../domain/shared/errors';
import type { RequestContext } from '../../resolvers/context/requestContext';
import { createFormatError, type ErrorLog } from '../../resolvers/server/formatError';
import { queryLimitRules } from '../../resolvers/server/limits/queryLimitRules';
import { errorResult, toGraphQLRequest, toLambdaResult } from './apiGatewayRequest';

export interface GraphQLLambdaOptions {
  schema: GraphQLSchema;
  /** Development: "did you mean" hints and internal error messages. */
  local: boolean;
  /** Introspection queries allowed (development, unless turned off). */
  introspection: boolean;
  /** The caller, from the Authorization header; throws UNAUTHENTICATED. */
  authenticate: (authorization: string | undefined) => Promise<Viewer>;
  /** The resolvers' context for one request of a caller. */
  createContext: (
    viewer: Viewer,
    requestId: string,
    event: APIGatewayProxyEventV2,
  ) => RequestContext;
  log: ErrorLog;
}

const json = { 'content-type': 'application/json; charset=utf-8' };

export function createGraphQLLambdaHandler(options: GraphQLLambdaOptions) {
  // With introspection off, the schema is not shown: only what the contract documents.
  const validationRules = options.introspection
    ? queryLimitRules
    : [...queryLimitRules, NoSchemaIntrospectionCustomRule];

  return async (
    event: APIGatewayProxyEventV2,
    _lambda?: LambdaContext,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    const requestId = event.requestContext.requestId;
    const formatError = createFormatError({
      exposeInternals: options.local,
      requestId,
      log: options.log,
    });
    const handle = createHandler<APIGatewayProxyEventV2, undefined, RequestContext>({
      schema: options.schema,
      validationRules,
      formatError,
      context: async (request): Promise<RequestContext | Response> => {
        try {
          const authorization = request.raw.headers.authorization;
          const viewer = await options.authenticate(authorization);
          return options.createContext(viewer, requestId, request.raw);
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'UNAUTHENTICATED') throw error;
          const body = { errors: [{ message: error.message, extensions: { code: error.code } }] };
          return [JSON.stringify(body), { status: 401, statusText: 'Unauthorized', headers: json }];
        }
      },
    });
    try {
      return toLambdaResult(await handle(toGraphQLRequest(event)));
    } catch (error) {
      const internal = formatError(error instanceof Error ? error : new Error(String(error)));
      return errorResult(500, [
        { message: internal.message, extensions: { ...internal.extensions } },
      ]);
    }
  };
}
