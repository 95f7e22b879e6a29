/**
 * Drives the real Lambda handler (functions/graphql.ts) with API Gateway v2
 * events against DynamoDB Local: a fresh table per test file, tokens signed by
 * the run's development key, and a DynamoDB request counter.
 */
import { randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Role } from '../../domain/shared/enums';
import { mintDevToken } from '../../functions/auth/localDevKeys';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from '../../functions/runtime';
import { ensureTable } from '../../store/dynamo/tableSetup';
import { apiGatewayEvent } from './apiGatewayEvent';
import { attachRequestCounter, type RequestCounter } from './requestCounter';

/**
 * Response data is untyped JSON that tests only read and assert on; a loose
 * type keeps those assertions short. (The only `any` of the project.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    issues?: { path: (string | number)[]; message: string }[];
    currentRevision?: number;
  } & Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorJson[] | undefined;
}

export interface Caller {
  workspaceId: string;
  role: Role;
  token: string;
  /** Sends an operation; resolves with status, data and errors. */
  send<T = Json>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Sends an operation and returns its data, failing the test on any error. */
  ok<T = Json>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestApi {
  runtime: Runtime;
  requests: RequestCounter;
  /**
   * The table through the AWS SDK's own document client: what tests read or
   * plant directly, independent of the function's client (and not counted).
   */
  raw: DynamoDBDocumentClient;
  /** A caller in a workspace (a fresh one unless given) with a role. */
  caller(role: Role, workspaceId?: string, userId?: string): Caller;
  /** Sends a raw event to the handler. */
  invoke(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2>;
}

const lambdaContext = { awsRequestId: 'test', functionName: 'graphql' } as Context;

export async function startTestApi(): Promise<TestApi> {
  const tableName = `test-${randomUUID()}`;
  process.env.TABLE_NAME = tableName;
  const { runtime } = await import('../../functions/runtime');
  const { handler } = await import('../../functions/graphql');
  await ensureTable(runtime.dynamo);
  const requests = attachRequestCounter(runtime.dynamo.client);
  const raw = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: process.env.DYNAMODB_ENDPOINT,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );

  const invoke = async (event: APIGatewayProxyEventV2) => await handler(event, lambdaContext);

  const files = { privateJwkFile: String(process.env.TEST_PRIVATE_JWK_FILE), publicJwksFile: '' };

  const caller = (
    role: Role,
    workspaceId = `ws-${randomUUID().slice(0, 8)}`,
    userId = `user-${role.toLowerCase()}`,
  ): Caller => {
    const token = mintDevToken(files, { workspaceId, role, userId });
    const send = async <T>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResult<T>> => {
      const result = await invoke(
        apiGatewayEvent({
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        }),
      );
      const body = JSON.parse(String(result.body)) as {
        data?: T | null;
        errors?: GraphQLErrorJson[];
      };
      return { status: result.statusCode ?? 200, data: body.data, errors: body.errors };
    };
    return {
      workspaceId,
      role,
      token,
      send,
      async ok<T>(query: string, variables?: Record<string, unknown>) {
        const result = await send<T>(query, variables);
        if (result.errors?.length || !result.data) {
          throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        }
        return result.data;
      },
    };
  };

  return { runtime, requests, raw, caller, invoke };
}
