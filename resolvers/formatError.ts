/**
 * The one place where errors become responses. Domain errors carry their
 * contract code (and `issues` or `currentRevision`); errors graphql-js or
 * Apollo raised keep their code; anything else is an INTERNAL_SERVER_ERROR
 * whose message, stack and cause are hidden unless `exposeInternals` is set
 * (never in a deployed stage). Hidden errors are logged with the request's id.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ContentionError, DomainError } from '../domain/errors';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export interface FormatErrorOptions {
  exposeInternals: boolean;
  log: (message: string, details: Record<string, unknown>) => void;
}

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof ContentionError) {
      // Retries ran out under heavy concurrent writing: the caller may simply retry.
      return {
        message: 'The map is being changed by others; retry shortly.',
        ...base,
        extensions: { code: 'CONFLICT' },
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
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.log('internal error', {
      message: original instanceof Error ? original.message : String(original),
      name: original instanceof Error ? original.name : typeof original,
      stack: original instanceof Error ? original.stack : undefined,
      path: formatted.path,
    });
    return {
      message: options.exposeInternals ? formatted.message : 'Internal server error',
      ...base,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
