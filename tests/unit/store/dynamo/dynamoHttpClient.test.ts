/**
 * The client's side of DynamoDB's JSON protocol, against a local HTTP server
 * that records what it receives: every request is signed as the AWS SDK's
 * signer would sign it (checked by signing the received request again),
 * items travel as AttributeValues (binary as base64), and DynamoDB's error
 * answers, timeouts and refused connections surface as the errors the
 * stores and the retry budget recognise.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { GetCommand, PutCommand, QueryCommand } from '../../../../store/dynamo/commands';
import { DynamoHttpClient } from '../../../../store/dynamo/dynamoHttpClient';
import { isTransient } from '../../../../store/dynamo/transientErrors';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let endpoint: string;
let received: Received[] = [];
let answer: (request: Received) => { status: number; body: string; delayMs?: number } = () => ({
  status: 200,
  body: '{}',
});

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      const { status, body, delayMs = 0 } = answer(entry);
      setTimeout(() => {
        response.writeHead(status, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': 'REQ-1',
        });
        response.end(body);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  answer = () => ({ status: 200, body: '{}' });
});

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' };
const client = (requestTimeout = 1_000) =>
  new DynamoHttpClient({
    region: 'eu-west-3',
    endpoint,
    credentials,
    connectionTimeout: 500,
    requestTimeout,
  });

class Sha256 {
  private readonly hash;
  constructor(secret?: string | Uint8Array) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', secret);
  }
  update(data: string | Uint8Array) {
    this.hash.update(data);
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

/** The signature the SDK's signer gives the request as received, at the time it was signed. */
async function expectedAuthorization({ headers, body }: Received): Promise<string> {
  const signer = new SignatureV4({
    service: 'dynamodb',
    region: 'eu-west-3',
    credentials,
    sha256: Sha256 as never,
  });
  const amzDate = String(headers['x-amz-date']);
  const signingDate = new Date(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  const url = new URL(endpoint);
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: {},
      headers: {
        host: String(headers.host),
        'content-type': String(headers['content-type']),
        'x-amz-target': String(headers['x-amz-target']),
      },
      body,
    },
    { signingDate },
  );
  return signed.headers.authorization ?? '';
}

describe('DynamoHttpClient', () => {
  it('sends each operation signed (Signature V4, session token included) to its X-Amz-Target', async () => {
    await client().send(new GetCommand({ TableName: 't', Key: { PK: 'a', SK: 'b' } }));
    const [request] = received;
    expect(request?.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(request?.headers['x-amz-security-token']).toBe('tok');
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-3\/dynamodb\/aws4_request, SignedHeaders=[^,]*x-amz-security-token[^,]*x-amz-target, Signature=[0-9a-f]{64}$/,
    );
    expect(request?.headers.authorization).toBe(await expectedAuthorization(request!));
  });

  it('sends items as AttributeValues, binary as base64, and reads answers back as plain values', async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    await client().send(
      new PutCommand({
        TableName: 't',
        Item: { PK: 'a', n: 1.5, tags: ['x'], nested: { b: bytes, gone: undefined }, blob: bytes },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    expect(JSON.parse(received[0]!.body)).toEqual({
      TableName: 't',
      Item: {
        PK: { S: 'a' },
        n: { N: '1.5' },
        tags: { L: [{ S: 'x' }] },
        nested: { M: { b: { B: 'AAH+/w==' } } },
        blob: { B: 'AAH+/w==' },
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    });

    answer = () => ({
      status: 200,
      body: JSON.stringify({
        Items: [{ PK: { S: 'a' }, blob: { B: 'AAH+/w==' }, n: { N: '2' } }],
        LastEvaluatedKey: { PK: { S: 'a' }, SK: { S: 'z' } },
        Count: 1,
      }),
    });
    const page = await client().send(
      new QueryCommand({
        TableName: 't',
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'a' },
        ExclusiveStartKey: { PK: 'a', SK: 'm' },
      }),
    );
    expect(JSON.parse(received[1]!.body)).toMatchObject({
      ExpressionAttributeValues: { ':pk': { S: 'a' } },
      ExclusiveStartKey: { PK: { S: 'a' }, SK: { S: 'm' } },
    });
    expect(page.Items).toEqual([{ PK: 'a', blob: bytes, n: 2 }]);
    expect(page.LastEvaluatedKey).toEqual({ PK: 'a', SK: 'z' });
    expect(page.Count).toBe(1);
    expect(page.$metadata).toEqual({ httpStatusCode: 200, requestId: 'REQ-1' });
  });

  it("answers DynamoDB's errors by their exception name, with what they carry", async () => {
    answer = () => ({
      status: 400,
      body: JSON.stringify({
        __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
        Message: 'Transaction cancelled',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed', Item: { r: { N: '3' } } }],
      }),
    });
    const error = await client()
      .send(new GetCommand({ TableName: 't', Key: { PK: 'a' } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'TransactionCanceledException',
      message: 'Transaction cancelled',
      $metadata: { httpStatusCode: 400, requestId: 'REQ-1' },
      CancellationReasons: [{ Code: 'ConditionalCheckFailed', Item: { r: { N: '3' } } }],
    });
    expect(isTransient(error)).toBe(false);
  });

  it.each([
    ['throttling', 400, '{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException"}'],
    ['a server error', 500, '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError"}'],
    ['an answer that is not JSON', 503, '<html>Service Unavailable</html>'],
    ['a cut-off answer', 200, '{"Items":[{"PK":'],
  ])('answers %s with an error the retry budget retries', async (_case, status, body) => {
    answer = () => ({ status, body });
    const error = await client()
      .send(new GetCommand({ TableName: 't', Key: { PK: 'a' } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isTransient(error)).toBe(true);
  });

  it('gives up on a request that outlasts its timeout, as a retryable TimeoutError', async () => {
    answer = () => ({ status: 200, body: '{}', delayMs: 400 });
    const started = Date.now();
    const error = await client(100)
      .send(new GetCommand({ TableName: 't', Key: { PK: 'a' } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(isTransient(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(350);
  });

  it('reports a refused connection as retryable', async () => {
    const closed = new DynamoHttpClient({
      region: 'local',
      endpoint: 'http://127.0.0.1:9',
      credentials,
      connectionTimeout: 500,
      requestTimeout: 1_000,
    });
    const error = await closed
      .send(new GetCommand({ TableName: 't', Key: { PK: 'a' } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isTransient(error)).toBe(true);
  });

  it('runs interceptors around every attempt, outermost first', async () => {
    const seen: string[] = [];
    const c = client();
    c.use(async (call, next) => {
      seen.push(`outer ${call.operation}`);
      return next(call);
    });
    c.use(async (call, next) => {
      seen.push(`inner ${call.operation}`);
      return next({ ...call, input: { ...call.input, ConsistentRead: true } });
    });
    await c.send(new GetCommand({ TableName: 't', Key: { PK: 'a' } }));
    expect(seen).toEqual(['outer GetItem', 'inner GetItem']);
    expect(JSON.parse(received[0]!.body)).toMatchObject({ ConsistentRead: true });
  });

  it('refuses to sign without credentials in the environment', async () => {
    const saved = { ...process.env };
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      const anonymous = new DynamoHttpClient({
        region: 'eu-west-3',
        endpoint,
        connectionTimeout: 500,
        requestTimeout: 1_000,
      });
      await expect(
        anonymous.send(new GetCommand({ TableName: 't', Key: { PK: 'a' } })),
      ).rejects.toThrow(/AWS_ACCESS_KEY_ID/);
      expect(received).toHaveLength(0);
    } finally {
      process.env = saved;
    }
  });
});
