/**
 * Starts one DynamoDB Local (in memory) per jest worker and one development
 * key pair for the whole run. Each test file creates its own table; each
 * worker talks to its own emulator (workerDynamo.ts), since one emulator
 * serialises its requests and two workers on one would wait on each other.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlobalConfig } from 'jest';
import { devKeyFiles, ensureDevKeys } from '../../functions/auth/localDevKeys';
import { startLocalDynamo, type LocalDynamo } from '../../infra/localDynamo';
import { WORKER_ENDPOINT_PREFIX } from './workerDynamo';

declare global {
  var __DYNAMOS__: LocalDynamo[] | undefined;
  var __TEST_DATA_DIR__: string | undefined;
}

export default async function globalSetup(globalConfig: GlobalConfig): Promise<void> {
  // Jest numbers its workers 1..maxWorkers (JEST_WORKER_ID); a run in band is worker 1.
  const workers = Math.max(1, globalConfig.maxWorkers);
  // The first start compiles the loopback launcher; the others reuse it.
  const first = await startLocalDynamo();
  const others = await Promise.all(Array.from({ length: workers - 1 }, () => startLocalDynamo()));
  const dynamos = [first, ...others];
  globalThis.__DYNAMOS__ = dynamos;
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-map-test-'));
  globalThis.__TEST_DATA_DIR__ = dataDir;

  const keys = ensureDevKeys(devKeyFiles(dataDir));
  // Workers start after this and inherit the environment.
  dynamos.forEach((dynamo, index) => {
    process.env[`${WORKER_ENDPOINT_PREFIX}${index + 1}`] = dynamo.endpoint;
  });
  process.env.DYNAMODB_ENDPOINT = first.endpoint;
  process.env.LOCAL_JWKS_FILE = keys.publicJwksFile;
  // Development mode is opted into, never inferred (functions/config.ts).
  process.env.LOCAL_DEV = 'true';
  // One log line per request would bury the test output; tests/integration/requestLog.test.ts reads them.
  process.env.LOG_LEVEL ??= 'WARN';
  process.env.TEST_PRIVATE_JWK_FILE = keys.privateJwkFile;
}
