/**
 * The one DynamoDB client of a process. Created once per Lambda container (at
 * module scope in functions/) and shared by every request.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConfig {
  tableName: string;
  /** DynamoDB Local or another endpoint; absent in AWS (the regional service). */
  endpoint?: string;
  region?: string;
}

export interface Dynamo {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
}

export function createDynamo(config: DynamoConfig): Dynamo {
  const client = new DynamoDBClient({
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          region: config.region ?? 'local',
          // DynamoDB Local accepts any credentials; none may exist on a developer's machine.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : { region: config.region }),
    maxAttempts: 4,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, tableName: config.tableName };
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
