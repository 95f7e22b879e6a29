import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, badInput, staleRevision } from '../../../../domain/shared/errors';
import { errorReporting } from '../../../../resolvers/server/errorReporting';
import { createFormatError } from '../../../../resolvers/server/formatError';
import type { RequestContext } from '../../../../resolvers/context/requestContext';
import { StorageUnavailableError } from '../../../../domain/ports/storageUnavailable';
import { requestContext } from '../../support/requestContext';

const AWS_MESSAGE =
  'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/journey-api is not ' +
  'authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:eu-west-3:123456789012:' +
  'table/journey-maps-prod';

interface Logged {
  message: string;
  details: Record<string, unknown>;
}

function formatter(exposeInternals = false) {
  return { format: createFormatError({ exposeInternals }) };
}

/** What Apollo hands formatError for an error thrown by the resolver of `path`. */
function resolverError(original: unknown, path: (string | number)[] = ['createPersona']) {
  const error = new GraphQLError(original instanceof Error ? original.message : String(original), {
    path,
    originalError: original instanceof Error ? original : undefined,
  });
  const formatted: GraphQLFormattedError = {
    message: error.message,
    locations: [{ line: 1, column: 12 }],
    path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      stacktrace: (original instanceof Error ? (original.stack ?? '') : '').split('\n'),
    },
  };
  return { formatted, error: original instanceof Error ? error : original };
}

describe('formatError', () => {
  describe('a domain error', () => {
    it('keeps its message, code and issues', () => {
      const { format } = formatter();
      const domain = badInput([{ path: ['input', 'name'], message: 'must not be empty' }]);
      const { formatted, error } = resolverError(domain);
      expect(format(formatted, error)).toEqual({
        message: domain.message,
        locations: [{ line: 1, column: 12 }],
        path: ['createPersona'],
        extensions: {
          code: 'BAD_USER_INPUT',
          issues: [{ path: ['input', 'name'], message: 'must not be empty' }],
        },
      });
    });

    it('keeps the current revision of a CONFLICT', () => {
      const { format } = formatter();
      const { formatted, error } = resolverError(staleRevision('Persona', 'p1', 2, 5));
      expect(format(formatted, error).extensions).toEqual({ code: 'CONFLICT', currentRevision: 5 });
    });

    it('carries nothing but its code when it has no details', () => {
      const { format } = formatter();
      const { formatted, error } = resolverError(
        new DomainError('NOT_FOUND', 'Persona p1 does not exist in this workspace.'),
      );
      const result = format(formatted, error);
      expect(result.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(result.message).toBe('Persona p1 does not exist in this workspace.');
    });
  });

  describe('a database that did not answer within the retry budget', () => {
    it('is SERVICE_UNAVAILABLE, retryable, without what the database said', () => {
      const { format } = formatter(false);
      const { formatted, error } = resolverError(
        new StorageUnavailableError('DynamoDB did not answer', new Error(AWS_MESSAGE)),
      );
      const result = format(formatted, error);
      expect(result.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(result.message).toMatch(/retry/i);
      expect(JSON.stringify(result)).not.toContain(AWS_MESSAGE);
    });
  });

  describe('an unknown error', () => {
    it('becomes INTERNAL_SERVER_ERROR with a generic message and no stack or AWS text', () => {
      const { format } = formatter(false);
      const { formatted, error } = resolverError(new Error(AWS_MESSAGE));
      const result = format(formatted, error);
      expect(result).toEqual({
        message: 'Internal server error',
        locations: [{ line: 1, column: 12 }],
        path: ['createPersona'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      const json = JSON.stringify(result);
      for (const leak of ['arn:aws', 'journey-maps-prod', 'AccessDenied', 'stacktrace', '.ts:']) {
        expect(json).not.toContain(leak);
      }
    });

    it('keeps its message, but still no stack, when internals are exposed (local runs)', () => {
      const { format } = formatter(true);
      const { formatted, error } = resolverError(new Error('table missing'));
      const result = format(formatted, error);
      expect(result.message).toBe('table missing');
      expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    });

    it('is masked when it is not an Error at all', () => {
      const { format } = formatter(false);
      const result = format({ message: 'Unexpected error value: "boom"' }, 'boom');
      expect(result).toEqual({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });

    it('is masked when it carries a code outside the contract', () => {
      const { format } = formatter(false);
      const error = new GraphQLError('socket hang up', { extensions: { code: 'ECONNRESET' } });
      const result = format({ message: error.message, extensions: { code: 'ECONNRESET' } }, error);
      expect(result).toEqual({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });
  });

  describe('an error raised by GraphQL or Apollo', () => {
    it.each([
      ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
      ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
      ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
      ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      ['FORBIDDEN', 'FORBIDDEN'],
    ])(
      'keeps its message, and the code %s as the contract names it (%s), without a stack trace',
      (code, contractCode) => {
        const { format } = formatter(false);
        const error = new GraphQLError('Cannot query field "colour" on type "Stage".', {
          extensions: { code },
        });
        const formatted: GraphQLFormattedError = {
          message: error.message,
          locations: [{ line: 3, column: 5 }],
          extensions: { code, stacktrace: ['GraphQLError: Cannot query field', '    at x.js:1:1'] },
        };
        expect(format(formatted, error)).toEqual({
          message: error.message,
          locations: [{ line: 3, column: 5 }],
          extensions: { code: contractCode },
        });
      },
    );

    it('lists the offending field of a variable graphql-js refused, as issues', () => {
      const { format } = formatter(false);
      const message =
        'Variable "$input" got invalid value 2.5 at "input.stages[1].emotionScore"; Int cannot represent non-integer value: 2.5';
      const result = format(
        { message, extensions: { code: 'BAD_USER_INPUT' } },
        new GraphQLError(message),
      );
      expect(result.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        issues: [
          {
            path: ['input', 'stages', 1, 'emotionScore'],
            message: 'Int cannot represent non-integer value: 2.5',
          },
        ],
      });
    });
  });

  describe('through Apollo Server', () => {
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { broken: String, refused: String }',
      resolvers: {
        Query: {
          broken: () => {
            throw new Error(AWS_MESSAGE);
          },
          refused: () => {
            throw staleRevision('JourneyMap', 'm1', 1, 4);
          },
        },
      },
    });

    const logged: Logged[] = [];
    async function errorsOf(query: string): Promise<readonly GraphQLFormattedError[]> {
      const { format } = formatter(false);
      const server = new ApolloServer<RequestContext>({
        schema,
        formatError: format,
        includeStacktraceInErrorResponses: true,
        plugins: [errorReporting((message, details) => logged.push({ message, details }))],
      });
      await server.start();
      try {
        const response = await server.executeOperation(
          { query },
          { contextValue: { ...requestContext('VIEWER'), requestId: 'req-123' } },
        );
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        return response.body.singleResult.errors ?? [];
      } finally {
        await server.stop();
      }
    }

    it('masks an unknown error even when Apollo includes stack traces, and gives the request id', async () => {
      const [error] = await errorsOf('{ broken }');
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
      expect(JSON.stringify(error)).not.toContain('arn:aws');
    });

    it('logs an unknown error with its message, stack, path and request id', async () => {
      logged.length = 0;
      await errorsOf('{ broken }');
      expect(logged).toHaveLength(1);
      expect(logged[0]?.details).toMatchObject({
        requestId: 'req-123',
        message: AWS_MESSAGE,
        name: 'Error',
        path: ['broken'],
      });
      expect(String(logged[0]?.details.stack)).toContain(AWS_MESSAGE);
    });

    it('logs nothing for a domain error or an invalid query', async () => {
      logged.length = 0;
      await errorsOf('{ refused }');
      await errorsOf('{ missing }');
      expect(logged).toEqual([]);
    });

    it('keeps the code and current revision of a domain error', async () => {
      const [error] = await errorsOf('{ refused }');
      expect(error?.path).toEqual(['refused']);
      expect(error?.extensions).toEqual({ code: 'CONFLICT', currentRevision: 4 });
    });

    it('keeps GRAPHQL_VALIDATION_FAILED for an invalid query', async () => {
      const [error] = await errorsOf('{ missing }');
      expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    });
  });
});
