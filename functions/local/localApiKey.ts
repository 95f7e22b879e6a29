/**
 * An API key for a local workspace, made the way `createApiKey` makes one
 * (the same use case, as a local OWNER), in the DynamoDB that `npm start`
 * uses: `DYNAMODB_ENDPOINT` (and `TABLE_NAME`) when set, else the running
 * stack's (stackInfo.ts), else DynamoDB Local started on `.data/dynamodb` for
 * the time it takes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApiKey } from '../../domain/apiKeys/createApiKey';
import { systemClock } from '../../domain/context/clock';
import type { Role } from '../../domain/shared/enums';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { startLocalDynamo } from '../../infra/localDynamo';
import { createStores } from '../../store/createStores';
import { createDynamo, forUnitOfWork } from '../../store/dynamo/dynamoClient';
import { ensureTable } from '../../store/dynamo/tableSetup';
import { lockDataDir } from './dataDirLock';
import { readStackInfo } from './stackInfo';

const DEFAULT_TABLE = 'journey-map-local';

export interface LocalApiKeyRequest {
  dataDir: string;
  workspaceId: string;
  role: Role;
  name: string;
  env?: NodeJS.ProcessEnv;
}

/** Creates the key; resolves with it and where it was stored. */
export async function createLocalApiKey(
  request: LocalApiKeyRequest,
): Promise<{ key: string; prefix: string; where: string }> {
  const env = request.env ?? process.env;
  const stack = readStackInfo(request.dataDir);
  const stoppers: (() => Promise<void> | void)[] = [];
  try {
    let endpoint = env.DYNAMODB_ENDPOINT ?? stack?.dynamodbEndpoint;
    const tableName = env.TABLE_NAME ?? stack?.tableName ?? DEFAULT_TABLE;
    if (!endpoint) {
      mkdirSync(request.dataDir, { recursive: true });
      stoppers.push(lockDataDir(request.dataDir));
      const local = await startLocalDynamo({ dataDir: join(request.dataDir, 'dynamodb') });
      stoppers.push(() => local.stop());
      endpoint = local.endpoint;
    }
    const connection = createDynamo({ tableName, endpoint });
    stoppers.push(() => connection.client.destroy());
    await ensureTable(connection);
    const retry = new RetryBudget();
    const { apiKey, secret } = await createApiKey(
      {
        viewer: {
          userId: 'local-cli',
          workspaceId: request.workspaceId,
          role: 'OWNER',
          kind: 'USER',
        },
        stores: createStores(forUnitOfWork(connection, retry)),
        clock: systemClock,
        retry,
      },
      { name: request.name, role: request.role },
    );
    return { key: secret, prefix: apiKey.prefix, where: `${endpoint}, table ${tableName}` };
  } finally {
    for (const stop of stoppers.reverse()) await stop();
  }
}
