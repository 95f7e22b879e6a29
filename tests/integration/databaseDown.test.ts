/**
 * DynamoDB down for real: the handler's connection points at a local port
 * nothing listens on, so every request is refused by the operating system.
 * Whatever needs storage answers the retryable error a client can act on —
 * HTTP 503, `Retry-After`, SERVICE_UNAVAILABLE with `retryable: true` and the
 * request id — within the retry budget; what needs no storage still works.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { mintDevToken } from '../../functions/auth/localDevKeys';
import { RETRY_AFTER_SECONDS } from '../../functions/http/httpAnswers';
import { RETRY_POLICY } from '../../domain/shared/retryBudget';
import { freePort } from '../../infra/localDynamo';
import { apiGatewayEvent } from '../support/apiGatewayEvent';

let handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
let token: string;

beforeAll(async () => {
  // Set before the function's modules load: the runtime reads them once, as a container does.
  process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
  process.env.TABLE_NAME = 'unreachable';
  handler = (await import('../../functions/graphql')).handler;
  const files = { privateJwkFile: String(process.env.TEST_PRIVATE_JWK_FILE), publicJwksFile: '' };
  token = mintDevToken(files, { workspaceId: 'ws-down', role: 'EDITOR', userId: 'user-editor' });
});

async function send(query: string, variables?: Record<string, unknown>) {
  const event = apiGatewayEvent({
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const started = Date.now();
  const result = await handler(event);
  return {
    ms: Date.now() - started,
    requestId: event.requestContext.requestId,
    status: result.statusCode,
    headers: (result.headers ?? {}) as Record<string, string>,
    body: JSON.parse(String(result.body)),
  };
}

const retryable = (requestId: string) => ({
  code: 'SERVICE_UNAVAILABLE',
  retryable: true,
  requestId,
});

describe('With DynamoDB unreachable', () => {
  it('answers a read 503 with Retry-After and SERVICE_UNAVAILABLE, within the retry budget', async () => {
    const answer = await send('query($id: ID!) { journeyMap(id: $id) { title } }', {
      id: '01J7B05SM0DEM0MP0000000001',
    });
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: retryable(answer.requestId) }),
    ]);
    expect(answer.ms).toBeLessThan(RETRY_POLICY.budgetMs + 2_000);
  });

  it('answers a write 503 the same way', async () => {
    const answer = await send(
      'mutation($i: CreatePersonaInput!) { createPersona(input: $i) { persona { id } } }',
      { i: { name: 'Marie' } },
    );
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: retryable(answer.requestId) }),
    ]);
  });

  it('still answers what needs no storage', async () => {
    const answer = await send('{ viewer { workspaceId role } }');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { viewer: { workspaceId: 'ws-down', role: 'EDITOR' } } });
  });

  it('refuses a hostile document as it would with the database up', async () => {
    const answer = await send('{ journeyMaps(first: 100) { edges { node { stages { id } } } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.ms).toBeLessThan(1_000);
  });
});
