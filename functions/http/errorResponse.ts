/**
 * Errors of the routes that are not GraphQL (the pictures), answered in the
 * same shape as the API's (`{"errors": [{message, extensions: {code}}]}`)
 * with the HTTP status the code calls for. Internal errors are logged with
 * the request id and masked outside development, as formatError does for
 * GraphQL (which this module does not load: the pictures' bundle stays
 * without graphql-js).
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { DomainError, type ErrorCode } from '../../domain/shared/errors';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/** What to answer, and where to say what happened. */
export interface ErrorResponseOptions {
  requestId: string;
  /** Development: internal messages are shown. */
  exposeInternals: boolean;
  log: (message: string, details: Record<string, unknown>) => void;
}

/** A JSON error answer with `status`. */
export function jsonError(
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    body: JSON.stringify({ errors: [{ message, extensions }] }),
  };
}

/** Any error thrown while answering, as the client should see it. */
export function errorResponse(
  error: unknown,
  options: ErrorResponseOptions,
): APIGatewayProxyStructuredResultV2 {
  if (error instanceof DomainError) {
    return jsonError(
      STATUS[error.code],
      error.message,
      {
        code: error.code,
        ...(error.details.issues ? { issues: error.details.issues } : {}),
      },
      error.code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {},
    );
  }
  if (error instanceof StorageUnavailableError) {
    options.log('storage unavailable', {
      requestId: options.requestId,
      message: error.message,
      cause: error.cause instanceof Error ? error.cause.message : String(error.cause),
    });
    return jsonError(
      503,
      'The service is unavailable for a moment; retry shortly.',
      { code: 'SERVICE_UNAVAILABLE', retryable: true },
      { 'retry-after': '1' },
    );
  }
  const internal = error instanceof Error ? error : new Error(String(error));
  options.log('internal error', {
    requestId: options.requestId,
    name: internal.name,
    message: internal.message,
    stack: internal.stack,
  });
  return jsonError(500, options.exposeInternals ? internal.message : 'Internal server error', {
    code: 'INTERNAL_SERVER_ERROR',
    requestId: options.requestId,
  });
}
