/**
 * The DynamoDB connection of a process, created once per Lambda container
 * (at module scope in functions/) and shared by every request, and the
 * handle each unit of work (a request, a script step) uses: the same
 * connection with that unit's retry budget.
 *
 * The client (dynamoHttpClient.ts) sends each attempt once: every request is retried
 * here, by the handle's `doc.send`, while it fails transiently
 * (transientErrors.ts) and the budget allows, so no layer multiplies another
 * (domain/shared/retryBudget.ts). Past the budget the store throws
 * StorageUnavailableError, which the API answers with SERVICE_UNAVAILABLE.
 */
import type { DynamoCommand } from './commands';
import { DynamoHttpClient } from './dynamoHttpClient';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { RetryBudget } from '../../domain/shared/retryBudget';
import type { CommitMarker } from './commitMarker';
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
  client: DynamoHttpClient;
  tableName: string;
}

/** Sends a command and answers its output. */
export interface DynamoSender {
  send<Input extends object, Output extends object>(
    command: DynamoCommand<Input, Output>,
  ): Promise<Output>;
}

/** What stores use: the connection, with one unit of work's retry budget. */
export interface Dynamo {
  /** Sends with retries drawn from `retry`. */
  doc: DynamoSender;
  tableName: string;
  retry: RetryBudget;
  /** Set when the unit of work serves a request with an Idempotency-Key (commitMarker.ts). */
  commitMarker?: CommitMarker;
}

/**
 * How long one attempt may take: a database that does not answer must not
 * hold a request until the function's timeout. A timed-out attempt is sent
 * again (within the budget); writes are idempotent, so that is safe.
 */
const CONNECTION_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 5_000;
/**
 * DynamoDB Local (an endpoint is set only for it) is an emulator on a
 * developer's machine or a 2-core CI runner: 25 concurrent transactions on one
 * item can keep one waiting past 5 s there, which DynamoDB never does.
 */
const LOCAL_REQUEST_TIMEOUT_MS = 20_000;

export function createDynamo(config: DynamoConfig): DynamoConnection {
  const client = new DynamoHttpClient({
    region: config.region ?? (config.endpoint ? 'local' : regionRequired()),
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          // DynamoDB Local accepts any credentials; none may exist on a developer's machine.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: config.endpoint ? LOCAL_REQUEST_TIMEOUT_MS : REQUEST_TIMEOUT_MS,
  });
  // Requests and consumed capacity per unit of work, for the request log (dynamoUsage.ts).
  attachDynamoUsage(client);
  return { client, tableName: config.tableName };
}

function regionRequired(): never {
  throw new Error('AWS_REGION is not set (Lambda sets it)');
}

/** The connection as one unit of work uses it: every request retried within `retry`. */
export function forUnitOfWork(
  connection: DynamoConnection,
  retry: RetryBudget = new RetryBudget(),
  commitMarker?: CommitMarker,
): Dynamo {
  const send = async <Input extends object, Output extends object>(
    command: DynamoCommand<Input, Output>,
  ): Promise<Output> => {
    for (;;) {
      try {
        return await connection.client.send(command);
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
  return {
    doc: { send },
    tableName: connection.tableName,
    retry,
    ...(commitMarker ? { commitMarker } : {}),
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
