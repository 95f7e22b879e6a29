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
import { parseWithinLimits } from '../../resolvers/server/limits/parseWithinLimits';
import { validateWithinLimits } from '../../resolvers/server/limits/validateWithinLimits';
import { errorResult, toGraphQLRequest, toLambdaResult } from './apiGatewayRequest';
import { createDocumentCache } from './documentCache';
import { allUnavailable, asUnavailable, bodyTooLarge, withErrorBody } from './httpAnswers';

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
  // The query limits are not among these rules: validateWithinLimits runs them first, on their own.
  const validationRules = options.introspection ? [] : [NoSchemaIntrospectionCustomRule];
  // The query limits: the document's size before it is parsed, then depth, aliases, directives,
  // cost and storage reads before graphql-js's own rules (resolvers/server/limits/); a document
  // that passed them is remembered by the container (documentCache.ts).
  const documents = createDocumentCache(parseWithinLimits, validateWithinLimits);

  return async (
    event: APIGatewayProxyEventV2,
    _lambda?: LambdaContext,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    const requestId = event.requestContext.requestId;
    const tooLarge = bodyTooLarge(event);
    if (tooLarge) return tooLarge;
    // Set when nothing of the response succeeded because storage was unavailable: a 503.
    const outcome = { unavailable: false };
    const formatError = createFormatError({
      exposeInternals: options.local,
      requestId,
      log: options.log,
    });
    const handle = createHandler<APIGatewayProxyEventV2, undefined, RequestContext>({
      schema: options.schema,
      parse: documents.parse,
      validate: documents.validate,
      validationRules,
      formatError,
      onOperation: (_request, _args, result) => {
        outcome.unavailable = allUnavailable(result);
      },
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
      const result = withErrorBody(toLambdaResult(await handle(toGraphQLRequest(event))));
      return outcome.unavailable ? asUnavailable(result) : result;
    } catch (error) {
      // Storage unavailable before execution (e.g. reading credentials) is a 503 too.
      const failure = formatError(error instanceof Error ? error : new Error(String(error)));
      const answer = errorResult(500, [
        { message: failure.message, extensions: { ...failure.extensions } },
      ]);
      return failure.extensions.code === 'SERVICE_UNAVAILABLE' ? asUnavailable(answer) : answer;
    }
  };
}
