/**
 * An API Gateway HTTP API (payload v2) event as a GraphQL-over-HTTP request
 * (graphql-http's server-agnostic `Request`), and its answer as the event's
 * result.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Request, Response } from 'graphql-http';

export function toGraphQLRequest(
  event: APIGatewayProxyEventV2,
): Request<APIGatewayProxyEventV2, undefined> {
  const body =
    event.body === undefined
      ? null
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  // API Gateway gives header names in lower case already; normalise anyway for other callers.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  return {
    method: event.requestContext.http.method,
    url: event.rawQueryString ? `${event.rawPath}?${event.rawQueryString}` : event.rawPath,
    headers,
    body,
    raw: event,
    context: undefined,
  };
}

export const toLambdaResult = ([body, init]: Response): APIGatewayProxyStructuredResultV2 => ({
  statusCode: init.status,
  headers: { ...(init.headers ?? {}), 'cache-control': 'no-store' },
  body: body ?? '',
});

/** A JSON GraphQL answer made of errors only, for what happens before or around graphql-http. */
export function errorResult(
  status: number,
  errors: { message: string; extensions: Record<string, unknown> }[],
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
    body: JSON.stringify({ errors }),
  };
}
