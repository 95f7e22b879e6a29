import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__DYNAMO__?.stop();
  if (globalThis.__TEST_DATA_DIR__)
    rmSync(globalThis.__TEST_DATA_DIR__, { recursive: true, force: true });
}
