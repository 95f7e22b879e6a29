/**
 * The one place where errors become what a client reads. Domain errors carry
 * their contract code (and `issues` or `currentRevision`); a database that
 * did not answer is SERVICE_UNAVAILABLE, retryable, with the request id; errors graphql-js raised
 * itself (a query that does not parse or validate, a variable of the wrong
 * type) and request errors (a body that is not JSON) get the contract's code;
 * anything else is an INTERNAL_SERVER_ERROR whose message, stack and cause are
 * logged with the request id and hidden from the caller unless
 * `exposeInternals` is set (never in a deployed stage).
 */
import { GraphQLError } from 'graphql';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { DomainError } from '../../domain/shared/errors';
import { issuesFromCoercionError } from './coercionIssues';

export type ErrorLog = (message: string, details: Record<string, unknown>) => void;

export interface FormatErrorOptions {
  /** Development only: internal messages are shown, and graphql-js's "did you mean" hints. */
  exposeInternals: boolean;
  /** The request's id, given to the caller with an internal error so that the log can be found. */
  requestId: string;
  log: ErrorLog;
}

/** The error a resolver threw, out of the GraphQLError graphql-js wrapped it in. */
function originalOf(error: Error): Error {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** "Did you mean …?" hints would reveal the schema that disabled introspection hides. */
const withoutSuggestions = (message: string) => message.replace(/ Did you mean .*\?$/s, '');

const located = (error: GraphQLError | null, message: string, extensions: object) =>
  new GraphQLError(message, {
    ...(error ? { nodes: error.nodes, source: error.source, positions: error.positions } : {}),
    ...(error?.path ? { path: error.path } : {}),
    extensions: extensions as Record<string, unknown>,
  });

export function createFormatError(options: FormatErrorOptions) {
  return (error: Readonly<GraphQLError | Error>): GraphQLError => {
    const graphqlError = error instanceof GraphQLError ? error : null;
    const original = originalOf(error);
    if (original instanceof DomainError) {
      return located(graphqlError, original.message, {
        code: original.code,
        ...(original.details.issues ? { issues: original.details.issues } : {}),
        ...(original.details.currentRevision !== undefined
          ? { currentRevision: original.details.currentRevision }
          : {}),
      });
    }
    if (original instanceof StorageUnavailableError) {
      // Logged (what the database said helps), but nothing was half-written: the caller may retry.
      options.log('storage unavailable', {
        requestId: options.requestId,
        path: graphqlError?.path,
        message: original.message,
        cause: original.cause instanceof Error ? original.cause.message : String(original.cause),
      });
      return located(graphqlError, 'The service is unavailable for a moment; retry shortly.', {
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
        // The API answers 503 when nothing else succeeded: every 5xx names its log line.
        requestId: options.requestId,
      });
    }
    if (graphqlError && original instanceof GraphQLError) {
      // Raised by graphql-js itself: parsing, validation, or the coercion of variables (whose
      // outer error names the variable and the path).
      const issues = issuesFromCoercionError(graphqlError.message);
      if (issues)
        return located(graphqlError, graphqlError.message, { code: 'BAD_USER_INPUT', issues });
      const message = options.exposeInternals
        ? graphqlError.message
        : withoutSuggestions(graphqlError.message);
      return located(graphqlError, message, { code: 'GRAPHQL_VALIDATION_FAILED' });
    }
    if (!graphqlError && !(original instanceof DomainError) && isRequestError(original)) {
      // The HTTP request itself is not a GraphQL request (graphql-http's messages are safe to show).
      return located(null, original.message, { code: 'BAD_REQUEST' });
    }
    options.log('internal error', {
      requestId: options.requestId,
      path: graphqlError?.path,
      name: original.name,
      message: original.message,
      stack: original.stack,
    });
    return located(
      graphqlError,
      options.exposeInternals ? original.message : 'Internal server error',
      { code: 'INTERNAL_SERVER_ERROR', requestId: options.requestId },
    );
  };
}

/** The errors graphql-http raises for a request that is not a GraphQL request. */
const REQUEST_ERRORS = new Set([
  'Missing body',
  'Unparsable JSON body',
  'JSON body must be an object',
  'Unparsable URL',
  'Missing query',
  'Invalid query',
  'Invalid variables',
  'Invalid operationName',
  'Invalid extensions',
]);

const isRequestError = (error: Error) => REQUEST_ERRORS.has(error.message);
