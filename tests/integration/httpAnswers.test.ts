/**
 * Answers a client can act on, through the real handler: storage unavailable
 * after the retry budget is a 503 with `Retry-After` when nothing succeeded
 * (and a 200 with the data that did), every 5xx names the log line of its
 * request, and a request that is not a GraphQL request is a JSON GraphQL
 * error with a code, never an empty or plain-text body. Limits refuse as
 * graphql-http answers validation errors: 200 to `application/json`, 400 to
 * `application/graphql-response+json` (the GraphQL-over-HTTP spec).
 */
import { DynamoServiceError } from '../../store/dynamo/dynamoServiceError';
import { MAX_BODY_BYTES, RETRY_AFTER_SECONDS } from '../../functions/http/httpAnswers';
import { createMap } from '../support/fixtures';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';
import { captureLogs } from '../support/captureLogs';

let api: TestApi;
let editor: Caller;
let mapId: string;
/** Fails every DynamoDB request whose command it names (after the request counter counted it). */
let failing: ((command: string) => boolean) | null = null;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  mapId = (await createMap(editor, { title: 'Carte publiée' })).id;
  await editor.ok(
    `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
    { i: { mapId, label: 'v1' } },
  );
  api.runtime.dynamo.client.use((call, next) => {
    if (failing?.(call.operation)) {
      throw new DynamoServiceError(
        'ProvisionedThroughputExceededException',
        'Throughput exceeds the current capacity',
        { httpStatusCode: 400 },
      );
    }
    return next(call);
  });
});

afterEach(() => {
  failing = null;
});

/** Sends a raw body to the handler, as the editor, and reads the answer. */
async function post(body: string, headers: Record<string, string> = {}) {
  const event = apiGatewayEvent({
    headers: { authorization: `Bearer ${editor.token}`, ...headers },
    body,
  });
  const result = await api.invoke(event);
  const responseHeaders = (result.headers ?? {}) as Record<string, string>;
  return {
    requestId: event.requestContext.requestId,
    status: result.statusCode,
    headers: responseHeaders,
    json: result.body ? JSON.parse(result.body) : null,
  };
}

const query = (text: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query: text, variables });

describe('Storage unavailable after the retry budget', () => {
  it(`answers 503 with Retry-After: ${RETRY_AFTER_SECONDS} and SERVICE_UNAVAILABLE, retryable, when nothing succeeded`, async () => {
    failing = () => true;
    const logs = captureLogs();
    const answer = await post(
      query('query($id: ID!) { journeyMap(id: $id) { title } }', { id: mapId }),
    );
    logs.stop();
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, requestId: answer.requestId },
      }),
    ]);
    // The request id a client reports is in the log line of the failure.
    expect(logs.lines().some((line) => line.includes(answer.requestId))).toBe(true);
  });

  it('answers 503 to a mutation that could not write, and nothing is written', async () => {
    failing = () => true;
    const answer = await post(
      query(
        'mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { title } } }',
        {
          i: { id: mapId, title: 'Jamais écrit' },
        },
      ),
    );
    expect(answer.status).toBe(503);
    expect(answer.json.errors.map((e: Json) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    failing = null;
    const read = await editor.ok('query($id: ID!) { journeyMap(id: $id) { title } }', {
      id: mapId,
    });
    expect(read.journeyMap.title).toBe('Carte publiée');
  });

  it('answers 200 with what succeeded when only part of the response failed', async () => {
    // The map is listed (Query); its latest version's description (GetItem) is not there.
    failing = (command) => command === 'GetItem';
    const answer = await post(
      query('{ journeyMaps { edges { node { id title latestVersion { number } } } } }'),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['retry-after']).toBeUndefined();
    expect(answer.json.data.journeyMaps.edges).toEqual([
      { node: { id: mapId, title: 'Carte publiée', latestVersion: null } },
    ]);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({
        path: ['journeyMaps', 'edges', 0, 'node', 'latestVersion'],
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true }),
      }),
    ]);
  });
});

describe('A request that is not a GraphQL request', () => {
  it.each([
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/json'],
  ])(
    'answers a malformed JSON body (accepting %s) with 400 and a JSON BAD_REQUEST error',
    async (accept) => {
      const answer = await post('{"query": "{ viewer { role } }"', { accept });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.json).toEqual({
        errors: [{ message: 'Unparsable JSON body', extensions: { code: 'BAD_REQUEST' } }],
      });
    },
  );

  it('answers a body of another media type with 415 and a JSON error saying what to send', async () => {
    const answer = await post('{ viewer { role } }', { 'content-type': 'text/plain' });
    expect(answer.status).toBe(415);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json.errors).toEqual([
      { message: expect.stringContaining('application/json'), extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('answers a PUT with 405, the methods allowed, and a JSON error', async () => {
    const result = await api.invoke(
      apiGatewayEvent({
        method: 'PUT',
        headers: { authorization: `Bearer ${editor.token}` },
        body: '{}',
      }),
    );
    expect(result.statusCode).toBe(405);
    expect(result.headers?.allow).toBe('GET, POST');
    expect(JSON.parse(String(result.body)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a client that accepts no JSON with 406 and the media types it could accept', async () => {
    const answer = await post(query('{ viewer { role } }'), { accept: 'text/html' });
    expect(answer.status).toBe(406);
    expect(answer.headers.accept).toContain('application/graphql-response+json');
    expect(answer.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413 before reading it, with no DynamoDB request`, async () => {
    api.requests.reset();
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const answer = await post(query('{ viewer { role } }', { padding }));
    expect(answer.status).toBe(413);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_REQUEST', maxBytes: MAX_BODY_BYTES } }),
    ]);
    expect(api.requests.commands).toEqual([]);
  });
});

describe('A query over a limit, as GraphQL over HTTP answers validation errors', () => {
  const overLimit = query('{ journeyMaps(first: 100) { edges { node { stages { id } } } } }');

  it('is 200 with GRAPHQL_VALIDATION_FAILED to a client that accepts application/json', async () => {
    const answer = await post(overLimit, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json.data).toBeUndefined();
  });

  it('is 400 to a client that accepts application/graphql-response+json', async () => {
    const answer = await post(overLimit, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(answer.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is the same for a document too long to be parsed', async () => {
    const long = query(`{ viewer { role } }${' '.repeat(20_000)}`);
    expect((await post(long, { accept: 'application/json' })).status).toBe(200);
    const strict = await post(long, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(strict.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
