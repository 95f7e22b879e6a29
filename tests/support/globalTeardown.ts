import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__DYNAMOS__ ?? []).map((dynamo) => dynamo.stop()));
  if (globalThis.__TEST_DATA_DIR__)
    rmSync(globalThis.__TEST_DATA_DIR__, { recursive: true, force: true });
}
