/**
 * Starts one DynamoDB Local (in memory) and one development key pair for the
 * whole run. Each test file then creates its own table, so files run in
 * parallel without sharing data.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devKeyFiles, ensureDevKeys } from '../../functions/auth/localDevKeys';
import { startLocalDynamo, type LocalDynamo } from '../../infra/localDynamo';

declare global {
  var __DYNAMO__: LocalDynamo | undefined;
  var __TEST_DATA_DIR__: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dynamo = await startLocalDynamo();
  globalThis.__DYNAMO__ = dynamo;
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-map-test-'));
  globalThis.__TEST_DATA_DIR__ = dataDir;

  const keys = ensureDevKeys(devKeyFiles(dataDir));
  // Workers start after this and inherit the environment.
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.LOCAL_JWKS_FILE = keys.publicJwksFile;
  // Development mode is opted into, never inferred (functions/config.ts).
  process.env.LOCAL_DEV = 'true';
  // One log line per request would bury the test output; tests/integration/requestLog.test.ts reads them.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.TEST_PRIVATE_JWK_FILE = keys.privateJwkFile;
}
