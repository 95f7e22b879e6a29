/**
 * Runs `serverless offline start` (osls + serverless-offline) as a child
 * process: the API Gateway and Lambda emulation serving the same bundles that
 * `serverless package` ships (the bundle plugin builds them first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from './projectRoot';

/** Ports, stage and the functions' environment of one `serverless offline start`. */
export interface OfflineServerOptions {
  /** The HTTP port of the API. */
  port: number;
  /** The port of serverless-offline's Lambda invoke endpoint (bound even when unused). */
  lambdaPort: number;
  /** The port of the WebSocket API (GraphQL subscriptions) and its `@connections` endpoint. */
  websocketPort: number;
  stage: string;
  /** Variables the functions read (TABLE_NAME, DYNAMODB_ENDPOINT…), added to this process's. */
  env: Record<string, string>;
  /** Receives the server's output once it answers; before that it is kept for error messages. */
  onOutput?: (text: string) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A running serverless-offline. */
export interface OfflineServer {
  /** `http://localhost:<port>` */
  baseUrl: string;
  process: ChildProcess;
  /** Stops the server and its Lambda workers; resolves once the process has exited. */
  stop(): Promise<void>;
}

const SERVERLESS_BIN = require.resolve('osls/bin/serverless.js');
const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Signals the child's whole process group (it is a group leader, see `detached` below). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || !isRunning(child)) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // Note: already gone between the check and the signal.
  }
}

/** Starts the server; resolves once GET /health answers 200. */
export async function startServerlessOffline(
  options: OfflineServerOptions,
): Promise<OfflineServer> {
  const child = spawn(
    process.execPath,
    [
      SERVERLESS_BIN,
      'offline',
      'start',
      '--stage',
      options.stage,
      '--httpPort',
      String(options.port),
      '--lambdaPort',
      String(options.lambdaPort),
      '--websocketPort',
      String(options.websocketPort),
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Note: its own process group, so that stop() reaches everything it started, and a
      // Ctrl-C in the terminal reaches only the parent, which then stops things in order.
      detached: process.platform !== 'win32',
    },
  );
  // Note: a parent that dies without calling stop() must not leave the server behind.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let output = '';
  let ready = false;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (ready && options.onOutput) options.onOutput(text);
    else if (!ready) output = `${output}${text}`.slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new Promise<void>((resolve) => {
    if (!isRunning(child)) resolve();
    else child.once('exit', () => resolve());
  });
  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    // Note: serverless-offline waits up to 5 s for open connections before it exits.
    const kill = setTimeout(() => signalGroup(child, 'SIGKILL'), 8000);
    await exited;
    clearTimeout(kill);
    process.removeListener('exit', killOnExit);
  };

  const baseUrl = `http://localhost:${options.port}`;
  try {
    await waitForHealth(baseUrl, child, options.timeoutMs ?? 60_000, options.signal);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n--- serverless offline output ---\n${output.trim()}`, {
      cause: error,
    });
  }
  // Note: from here on, output (request logs, the functions' logs) goes to onOutput.
  ready = true;
  return { baseUrl, process: child, stop };
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (!isRunning(child)) {
      throw new Error(`serverless offline exited (code ${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
      throw new Error(`GET /health answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      // Note: a refused connection means "not listening yet"; an HTTP answer other than 200 is final.
      if (error instanceof Error && error.message.startsWith('GET /health')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`serverless offline did not answer on ${baseUrl} within ${timeoutMs} ms`);
}
