/**
 * A DynamoDB client in the size of what a Lambda function needs: DynamoDB's
 * JSON protocol over one keep-alive HTTPS connection pool, requests signed by
 * the AWS SDK's own Signature V4 signer, items converted by the SDK's own
 * marshaller (documentCodec.ts), credentials from the environment (where
 * Lambda puts the function role's).
 *
 * Why not the SDK's DynamoDBClient: measured on the bench, loading it and
 * sending the first request cost ten times the instructions of this client
 * (its middleware stack, endpoint rules engine, schema-driven serde,
 * credential chain and retry strategy, none of which a function that retries
 * by its own budget uses), which was most of what stood between the cold
 * start and its goal. What this client leaves out: retries (dynamoClient.ts
 * does them), other credential sources, endpoint discovery (DynamoDB's
 * regional endpoints are fixed).
 *
 * `use` adds an interceptor around every attempt: tests count requests and
 * inject faults with it, as they would with an SDK middleware.
 */
import { createHash, createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
// Note: loaded even when the endpoint is http (DynamoDB Local), so that a local cold start costs
// what a deployed one does.
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SignatureV4 } from '@smithy/signature-v4';
import type { DynamoCommand, Operation } from './commands';
import { marshallInput, unmarshallOutput } from './documentCodec';
import { DynamoServiceError, DynamoTimeoutError } from './dynamoServiceError';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface DynamoHttpClientOptions {
  region: string;
  /** Another endpoint (DynamoDB Local); by default the region's. */
  endpoint?: string;
  /** By default AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, read at each request. */
  credentials?: Credentials;
  /** How long connecting may take, in milliseconds. */
  connectionTimeout: number;
  /** How long one request may take from start to answer, in milliseconds. */
  requestTimeout: number;
}

/** One attempt of a command, as interceptors see it. */
export interface DynamoCall {
  readonly operation: Operation;
  /** In document form (plain values). */
  readonly input: object;
}

export type Interceptor = (
  call: DynamoCall,
  next: (call: DynamoCall) => Promise<object>,
) => Promise<object>;

type BinaryData = string | ArrayBuffer | ArrayBufferView;

const bytes = (data: BinaryData): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** SHA-256 (and HMAC-SHA-256 with a secret) as the signer takes it, from node:crypto. */
class Sha256 {
  private readonly hash;
  constructor(secret?: BinaryData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: BinaryData): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

function credentialsFromEnv(): Credentials {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) {
    throw new Error(
      'No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (Lambda sets them), ' +
        'or DYNAMODB_ENDPOINT for DynamoDB Local',
    );
  }
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    ...(AWS_SESSION_TOKEN ? { sessionToken: AWS_SESSION_TOKEN } : {}),
  };
}

const regionalEndpoint = (region: string) =>
  `https://dynamodb.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;

export class DynamoHttpClient {
  private readonly url: URL;
  private readonly signer: SignatureV4;
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly interceptors: Interceptor[] = [];

  constructor(private readonly options: DynamoHttpClientOptions) {
    this.url = new URL(options.endpoint ?? regionalEndpoint(options.region));
    const { credentials } = options;
    this.signer = new SignatureV4({
      service: 'dynamodb',
      region: options.region,
      credentials: () => Promise.resolve(credentials ?? credentialsFromEnv()),
      sha256: Sha256,
    });
    // As the SDK: connections kept open between requests (and between invocations of a container).
    const agentOptions = { keepAlive: true, maxSockets: 50 };
    this.agent =
      this.url.protocol === 'https:' ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  }

  /** Adds an interceptor around every attempt; the first added is the outermost. */
  use(interceptor: Interceptor): void {
    this.interceptors.push(interceptor);
  }

  /** Sends one attempt of `command`; throws DynamoServiceError, DynamoTimeoutError or a network error. */
  async send<Input extends object, Output extends object>(
    command: DynamoCommand<Input, Output>,
  ): Promise<Output> {
    const chain = this.interceptors.reduceRight<(call: DynamoCall) => Promise<object>>(
      (next, interceptor) => (call) => interceptor(call, next),
      (call) => this.exchange(call),
    );
    return (await chain({ operation: command.operation, input: command.input })) as Output;
  }

  /** Closes the kept-alive connections. */
  destroy(): void {
    this.agent.destroy();
  }

  private async exchange({ operation, input }: DynamoCall): Promise<object> {
    const body = JSON.stringify(marshallInput(operation, input));
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      ...(this.url.port ? { port: Number(this.url.port) } : {}),
      path: '/',
      query: {},
      headers: {
        host: this.url.host,
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
      },
      body,
    });
    const answer = await this.post(signed.headers, body);
    const requestId = header(answer.response, 'x-amzn-requestid');
    const status = answer.response.statusCode ?? 0;
    const parsed = parseJson(answer.text);
    if (status !== 200 || parsed === undefined) {
      if (parsed === undefined && status === 200) {
        // A cut-off answer: the same request may well get a whole one.
        throw new DynamoServiceError('InternalServerError', 'Unreadable answer from DynamoDB', {
          httpStatusCode: 500,
          ...(requestId ? { requestId } : {}),
        });
      }
      throw DynamoServiceError.fromAnswer(status, requestId, parsed ?? {});
    }
    return {
      ...unmarshallOutput(operation, parsed),
      $metadata: { httpStatusCode: status, ...(requestId ? { requestId } : {}) },
    };
  }

  private post(
    headers: Record<string, string>,
    body: string,
  ): Promise<{ response: IncomingMessage; text: string }> {
    const { connectionTimeout, requestTimeout } = this.options;
    const send = this.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const request = send(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port || undefined,
          method: 'POST',
          path: '/',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: this.agent,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            clearTimeout(overall);
            resolve({ response, text: Buffer.concat(chunks).toString('utf8') });
          });
          response.on('error', fail);
        },
      );
      function fail(error: Error) {
        clearTimeout(overall);
        reject(error);
      }
      const timeout = (what: string, ms: number) => () =>
        request.destroy(new DynamoTimeoutError(`DynamoDB ${what} took longer than ${ms} ms`));
      const overall = setTimeout(timeout('request', requestTimeout), requestTimeout);
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connecting = setTimeout(timeout('connection', connectionTimeout), connectionTimeout);
        socket.once('connect', () => clearTimeout(connecting));
        socket.once('close', () => clearTimeout(connecting));
      });
      request.on('error', fail);
      request.end(body);
    });
  }
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  if (text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
