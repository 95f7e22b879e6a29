/**
 * The one place where errors become responses. Domain errors carry their
 * contract code (and `issues` or `currentRevision`); errors graphql-js or
 * Apollo raised keep their code, in the contract's terms; anything else is an
 * INTERNAL_SERVER_ERROR whose message, stack and cause are hidden unless
 * `exposeInternals` is set (never in a deployed stage). Hidden errors are
 * logged, with the request's id, by resolvers/errorReporting.ts.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { DomainError } from '../../domain/shared/errors';
import { issuesFromCoercionError } from './coercionIssues';

/** Codes graphql-js and Apollo use that the contract knows, by the contract's name. */
const KNOWN_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
};

export interface FormatErrorOptions {
  exposeInternals: boolean;
}

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof StorageUnavailableError) {
      // The database did not answer within the retry budget; nothing was half-written.
      return {
        message: 'The service is unavailable for a moment; retry shortly.',
        ...base,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
      };
    }
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...base,
        extensions: {
          code: original.code,
          ...(original.details.issues ? { issues: original.details.issues } : {}),
          ...(original.details.currentRevision !== undefined
            ? { currentRevision: original.details.currentRevision }
            : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code in KNOWN_CODES) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const issues = code === 'BAD_USER_INPUT' ? issuesFromCoercionError(formatted.message) : null;
      return {
        ...formatted,
        extensions: { ...extensions, code: KNOWN_CODES[code], ...(issues ? { issues } : {}) },
      };
    }
    return {
      message: options.exposeInternals ? formatted.message : 'Internal server error',
      ...base,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
