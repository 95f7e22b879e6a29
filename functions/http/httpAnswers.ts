/**
 * HTTP answers a client can act on, around graphql-http's own: a body too
 * large is refused before it is parsed (413), an answer graphql-http leaves
 * empty (405, 406, 415) says what to change in a JSON GraphQL error, and a
 * response in which nothing succeeded because storage was unavailable is a
 * 503 with `Retry-After`.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { errorResult } from './apiGatewayRequest';

/**
 * The largest request body read: Lambda's own limit for a synchronous
 * invocation (6 MB), so that `npm start` (serverless-offline takes 10 MB)
 * answers like AWS. Queries themselves are far smaller (15,000 characters,
 * resolvers/server/limits/queryLimits.ts); the rest is variables.
 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * Seconds a client should wait before retrying a 503: the request already
 * spent its retry budget (up to 8 retries within 5 s), so the database needs
 * a moment; clients should back off further on repeated 503s.
 */
export const RETRY_AFTER_SECONDS = 2;

/** A 413 when the event's body is over MAX_BODY_BYTES, measured without decoding it. */
export function bodyTooLarge(
  event: APIGatewayProxyEventV2,
): APIGatewayProxyStructuredResultV2 | null {
  if (event.body === undefined) return null;
  const bytes = event.isBase64Encoded
    ? Math.floor((event.body.length * 3) / 4)
    : Buffer.byteLength(event.body, 'utf8');
  if (bytes <= MAX_BODY_BYTES) return null;
  return errorResult(413, [
    {
      message: `The request body is ${bytes} bytes, over the limit of ${MAX_BODY_BYTES}.`,
      extensions: { code: 'BAD_REQUEST', maxBytes: MAX_BODY_BYTES },
    },
  ]);
}

/** What a client should change when graphql-http refused the request without a body. */
const EMPTY_ANSWERS: Readonly<Record<number, string>> = {
  405: 'Send GraphQL requests with POST (or GET for queries).',
  406: 'Accept application/graphql-response+json or application/json.',
  415: 'Send the body as application/json (charset utf-8).',
};

/** graphql-http's bodiless refusals, as a JSON GraphQL error with a code (its headers kept). */
export function withErrorBody(
  result: APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 {
  const status = result.statusCode ?? 200;
  if (status < 400 || result.body) return result;
  const message = EMPTY_ANSWERS[status] ?? 'The request is not a GraphQL request.';
  const { 'content-type': _ignored, ...headers } = (result.headers ?? {}) as Record<string, string>;
  return errorResult(status, [{ message, extensions: { code: 'BAD_REQUEST' } }], headers);
}

/** The error a resolver threw, out of the GraphQLErrors graphql-js wrapped it in. */
function originalOf(error: Error): Error {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Whether nothing of an execution succeeded because storage was unavailable:
 * every error is StorageUnavailableError and no top-level field has a value.
 * (A response with some data is 200: the client keeps what it got.)
 */
export function allUnavailable(result: ExecutionResult): boolean {
  const errors = result.errors ?? [];
  if (errors.length === 0) return false;
  if (!errors.every((error) => originalOf(error) instanceof StorageUnavailableError)) return false;
  return !result.data || Object.values(result.data).every((value) => value === null);
}

/** A result turned into a 503 with `Retry-After`, body and other headers kept. */
export const asUnavailable = (
  result: APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 => ({
  ...result,
  statusCode: 503,
  headers: { ...(result.headers ?? {}), 'retry-after': String(RETRY_AFTER_SECONDS) },
});
