/**
 * Apollo plugin: logs every error the caller is not meant to see in detail
 * (an INTERNAL_SERVER_ERROR), with the request's id, and gives that id to the
 * caller in `extensions.requestId` so the two can be matched.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../../domain/shared/errors';
import type { RequestContext } from '../context/requestContext';

export type ErrorLog = (message: string, details: Record<string, unknown>) => void;

const isExpected = (error: unknown) => {
  const original = unwrapResolverError(error);
  return original instanceof DomainError;
};

export function errorReporting(log: ErrorLog): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions.code;
            // Errors graphql-js or Apollo raised with a code of their own are the caller's, not ours.
            if (isExpected(error) || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR'))
              continue;
            const original = unwrapResolverError(error);
            log('internal error', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              name: original instanceof Error ? original.name : typeof original,
              message: original instanceof Error ? original.message : String(original),
              stack: original instanceof Error ? original.stack : undefined,
            });
          }
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              Object.assign(error, {
                extensions: { ...error.extensions, requestId: contextValue.requestId },
              });
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
