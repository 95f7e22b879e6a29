import { GraphQLError } from 'graphql';
import { StorageUnavailableError } from '../../../../domain/ports/storageUnavailable';
import { DomainError } from '../../../../domain/shared/errors';
import {
  allUnavailable,
  bodyTooLarge,
  MAX_BODY_BYTES,
  withErrorBody,
} from '../../../../functions/http/httpAnswers';
import { apiGatewayEvent } from '../../../support/apiGatewayEvent';

/** An error as graphql-js hands it on after a resolver threw `original`. */
const thrown = (original: Error, path: string[]) =>
  new GraphQLError(original.message, { path, originalError: original });

const unavailable = (path: string[]) => thrown(new StorageUnavailableError('down'), path);

describe('allUnavailable: whether a response is a 503', () => {
  it('is true when every error is storage unavailable and no top-level field has a value', () => {
    expect(allUnavailable({ data: null, errors: [unavailable(['a'])] })).toBe(true);
    expect(
      allUnavailable({
        data: { a: null, b: null },
        errors: [unavailable(['a']), unavailable(['b'])],
      }),
    ).toBe(true);
  });

  it('is false when some field has a value: the client keeps what succeeded', () => {
    expect(
      allUnavailable({ data: { a: null, b: { id: '1' } }, errors: [unavailable(['a'])] }),
    ).toBe(false);
  });

  it('is false when another error is there too, or when there is no error', () => {
    const notFound = thrown(new DomainError('NOT_FOUND', 'no'), ['b']);
    expect(allUnavailable({ data: null, errors: [unavailable(['a']), notFound] })).toBe(false);
    expect(allUnavailable({ data: { a: null } })).toBe(false);
  });
});

describe('bodyTooLarge', () => {
  it(`lets a body of ${MAX_BODY_BYTES} bytes through and refuses one more byte with 413`, () => {
    expect(bodyTooLarge(apiGatewayEvent({ body: 'x'.repeat(MAX_BODY_BYTES) }))).toBeNull();
    const refused = bodyTooLarge(apiGatewayEvent({ body: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    expect(refused?.statusCode).toBe(413);
    expect(JSON.parse(String(refused?.body)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('counts the bytes of multi-byte characters, and the decoded size of a base64 body', () => {
    const accents = 'é'.repeat(MAX_BODY_BYTES / 2 + 1);
    expect(bodyTooLarge(apiGatewayEvent({ body: accents }))?.statusCode).toBe(413);
    const event = {
      ...apiGatewayEvent({ body: 'A'.repeat(MAX_BODY_BYTES) }),
      isBase64Encoded: true,
    };
    expect(bodyTooLarge(event)).toBeNull();
  });
});

describe('withErrorBody', () => {
  it('gives an empty refusal a JSON GraphQL error, keeping its status and headers', () => {
    const result = withErrorBody({ statusCode: 405, headers: { allow: 'GET, POST' }, body: '' });
    expect(result.statusCode).toBe(405);
    expect(result.headers).toMatchObject({
      allow: 'GET, POST',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(JSON.parse(String(result.body)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('leaves answers with a body as they are', () => {
    const answer = { statusCode: 400, headers: {}, body: '{"errors":[]}' };
    expect(withErrorBody(answer)).toBe(answer);
  });
});
