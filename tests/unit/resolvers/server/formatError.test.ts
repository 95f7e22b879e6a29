import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, parse } from 'graphql';
import { createHandler } from 'graphql-http';
import { StorageUnavailableError } from '../../../../domain/ports/storageUnavailable';
import { DomainError, badInput, staleRevision } from '../../../../domain/shared/errors';
import { createFormatError } from '../../../../resolvers/server/formatError';

const AWS_MESSAGE =
  'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/journey-api is not ' +
  'authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:eu-west-3:123456789012:' +
  'table/journey-maps-prod';

interface Logged {
  message: string;
  details: Record<string, unknown>;
}

function formatter(exposeInternals = false) {
  const logged: Logged[] = [];
  const format = createFormatError({
    exposeInternals,
    requestId: 'req-123',
    log: (message, details) => logged.push({ message, details }),
  });
  return { format: (error: Error) => format(error).toJSON(), logged };
}

/** What graphql-js hands on for an error thrown by the resolver of `path`, located in a query. */
function resolverError(original: Error, path: (string | number)[] = ['createPersona']) {
  const document = parse('mutation { createPersona }');
  return new GraphQLError(original.message, {
    nodes: document.definitions[0] ? [document.definitions[0]] : [],
    path,
    originalError: original,
  });
}

describe('formatError', () => {
  describe('a domain error', () => {
    it('keeps its message, code and issues, where it happened', () => {
      const { format } = formatter();
      const domain = badInput([{ path: ['input', 'name'], message: 'must not be empty' }]);
      expect(format(resolverError(domain))).toEqual({
        message: domain.message,
        locations: [{ line: 1, column: 1 }],
        path: ['createPersona'],
        extensions: {
          code: 'BAD_USER_INPUT',
          issues: [{ path: ['input', 'name'], message: 'must not be empty' }],
        },
      });
    });

    it('keeps the current revision of a CONFLICT', () => {
      const { format } = formatter();
      expect(format(resolverError(staleRevision('Persona', 'p1', 2, 5))).extensions).toEqual({
        code: 'CONFLICT',
        currentRevision: 5,
      });
    });

    it('carries nothing but its code when it has no details', () => {
      const { format } = formatter();
      const result = format(
        resolverError(new DomainError('NOT_FOUND', 'Persona p1 does not exist in this workspace.')),
      );
      expect(result.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(result.message).toBe('Persona p1 does not exist in this workspace.');
    });
  });

  describe('a database that did not answer within the retry budget', () => {
    it('is SERVICE_UNAVAILABLE, retryable, with the request id of its log line, without what the database said', () => {
      const { format, logged } = formatter(false);
      const result = format(
        resolverError(
          new StorageUnavailableError('DynamoDB did not answer', new Error(AWS_MESSAGE)),
        ),
      );
      expect(result.extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
        requestId: 'req-123',
      });
      expect(result.message).toMatch(/retry/i);
      expect(JSON.stringify(result)).not.toContain(AWS_MESSAGE);
      expect(logged[0]?.details).toMatchObject({ requestId: 'req-123', cause: AWS_MESSAGE });
    });
  });

  describe('an unknown error', () => {
    it('becomes INTERNAL_SERVER_ERROR with a generic message, the request id, and no stack or AWS text', () => {
      const { format } = formatter(false);
      const result = format(resolverError(new Error(AWS_MESSAGE)));
      expect(result).toEqual({
        message: 'Internal server error',
        locations: [{ line: 1, column: 1 }],
        path: ['createPersona'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' },
      });
      const json = JSON.stringify(result);
      for (const leak of ['arn:aws', 'journey-maps-prod', 'AccessDenied', 'stacktrace', '.ts:']) {
        expect(json).not.toContain(leak);
      }
    });

    it('is logged with its message, stack, path and the request id', () => {
      const { format, logged } = formatter(false);
      format(resolverError(new Error(AWS_MESSAGE), ['broken']));
      expect(logged).toHaveLength(1);
      expect(logged[0]?.details).toMatchObject({
        requestId: 'req-123',
        message: AWS_MESSAGE,
        name: 'Error',
        path: ['broken'],
      });
      expect(String(logged[0]?.details.stack)).toContain(AWS_MESSAGE);
    });

    it('keeps its message, but still no stack, when internals are exposed (local runs)', () => {
      const { format } = formatter(true);
      const result = format(resolverError(new Error('table missing')));
      expect(result.message).toBe('table missing');
      expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    });

    it('is masked when it carries a code outside the contract', () => {
      const { format } = formatter(false);
      const error = new GraphQLError('socket hang up', {
        originalError: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
      expect(format(error)).toEqual({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' },
      });
    });
  });

  describe('an error raised by graphql-js itself', () => {
    it('is GRAPHQL_VALIDATION_FAILED for a query that does not parse or validate, without hints', () => {
      const { format, logged } = formatter(false);
      const error = new GraphQLError(
        'Cannot query field "colour" on type "Stage". Did you mean "emotionColor"?',
      );
      expect(format(error)).toEqual({
        message: 'Cannot query field "colour" on type "Stage".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect(logged).toEqual([]);
    });

    it('keeps the "did you mean" hint in development', () => {
      const { format } = formatter(true);
      const error = new GraphQLError(
        'Cannot query field "colour" on type "Stage". Did you mean "emotionColor"?',
      );
      expect(format(error).message).toContain('Did you mean');
    });

    it('lists the offending field of a variable graphql-js refused, as issues', () => {
      const { format } = formatter(false);
      const message =
        'Variable "$input" got invalid value 2.5 at "input.stages[1].emotionScore"; Int cannot represent non-integer value: 2.5';
      expect(format(new GraphQLError(message)).extensions).toEqual({
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

  describe('a request that is not a GraphQL request', () => {
    it('is BAD_REQUEST with what is wrong', () => {
      const { format } = formatter(false);
      expect(format(new Error('Unparsable JSON body'))).toEqual({
        message: 'Unparsable JSON body',
        extensions: { code: 'BAD_REQUEST' },
      });
    });
  });

  describe('through graphql-http', () => {
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

    async function errorsOf(query: string, logged: Logged[] = []) {
      const handle = createHandler({
        schema,
        formatError: createFormatError({
          exposeInternals: false,
          requestId: 'req-123',
          log: (message, details) => logged.push({ message, details }),
        }),
      });
      const [body] = await handle({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        raw: null,
        context: null,
      });
      return (JSON.parse(body ?? '{}') as { errors?: { extensions?: unknown; path?: unknown }[] })
        .errors;
    }

    it('masks an unknown error and gives the request id', async () => {
      const [error] = (await errorsOf('{ broken }')) ?? [];
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
      expect(JSON.stringify(error)).not.toContain('arn:aws');
    });

    it('logs nothing for a domain error or an invalid query', async () => {
      const logged: Logged[] = [];
      await errorsOf('{ refused }', logged);
      await errorsOf('{ missing }', logged);
      expect(logged).toEqual([]);
    });

    it('keeps the code, path and current revision of a domain error', async () => {
      const [error] = (await errorsOf('{ refused }')) ?? [];
      expect(error?.path).toEqual(['refused']);
      expect(error?.extensions).toEqual({ code: 'CONFLICT', currentRevision: 4 });
    });

    it('is GRAPHQL_VALIDATION_FAILED for an invalid query', async () => {
      const [error] = (await errorsOf('{ missing }')) ?? [];
      expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    });
  });
});
