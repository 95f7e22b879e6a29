/**
 * The DynamoDB connection of a process, created once per Lambda container
 * (at module scope in functions/) and shared by every request, and the
 * handle each unit of work (a request, a script step) uses: the same
 * connection with that unit's retry budget.
 *
 * The SDK itself never retries (`maxAttempts: 1`): every request is retried
 * here, by the handle's `doc.send`, while it fails transiently
 * (transientErrors.ts) and the budget allows, so no layer multiplies another
 * (domain/shared/retryBudget.ts). Past the budget the store throws
 * StorageUnavailableError, which the API answers with SERVICE_UNAVAILABLE.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { attachDynamoUsage } from './dynamoUsage';
import { isTransient } from './transientErrors';

export interface DynamoConfig {
  tableName: string;
  /** DynamoDB Local or another endpoint; absent in AWS (the regional service). */
  endpoint?: string;
  region?: string;
}

/** The process's connection: one client, kept warm across requests. */
export interface DynamoConnection {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
}

/** What stores use: the connection, with one unit of work's retry budget. */
export interface Dynamo {
  /** Sends with retries drawn from `retry`. */
  doc: Pick<DynamoDBDocumentClient, 'send'>;
  tableName: string;
  retry: RetryBudget;
}

/**
 * How long one attempt may take: a database that does not answer must not
 * hold a request until the function's timeout. A timed-out attempt is sent
 * again (within the budget); writes are idempotent, so that is safe.
 */
const CONNECTION_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 5_000;

export function createDynamo(config: DynamoConfig): DynamoConnection {
  const client = new DynamoDBClient({
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          region: config.region ?? 'local',
          // DynamoDB Local accepts any credentials; none may exist on a developer's machine.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : { region: config.region }),
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  });
  // Requests and consumed capacity per unit of work, for the request log (dynamoUsage.ts).
  attachDynamoUsage(client);
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, tableName: config.tableName };
}

/** The connection as one unit of work uses it: every request retried within `retry`. */
export function forUnitOfWork(
  connection: DynamoConnection,
  retry: RetryBudget = new RetryBudget(),
): Dynamo {
  const send = async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
    for (;;) {
      try {
        return await connection.doc.send(command);
      } catch (error) {
        if (!isTransient(error)) throw error;
        if (!(await retry.retry())) {
          throw new StorageUnavailableError(
            `DynamoDB did not answer within the retry budget (${retry.used} retries)`,
            error,
          );
        }
      }
    }
  };
  // Note: one cast, so that call sites keep the SDK's typed overloads of `send`.
  return {
    doc: { send } as Pick<DynamoDBDocumentClient, 'send'>,
    tableName: connection.tableName,
    retry,
  };
}

/** Reads the configuration the contract names: TABLE_NAME and, optionally, DYNAMODB_ENDPOINT. */
export function dynamoConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DynamoConfig {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  return {
    tableName,
    ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
  };
}
