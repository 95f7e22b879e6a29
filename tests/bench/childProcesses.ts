/**
 * Every process the bench starts (npm, esbuild's build script, cold-start and
 * warm-read children), so that a failing or interrupted bench ends them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
/** Children started with `detached`: each leads a process group of its own. */
const groupLeaders = new WeakSet<ChildProcess>();

/** Keeps `child` in the list until it exits. */
export function track<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/**
 * Ends every child still running, each by its own id. A child started with
 * `detached` leads a process group of its own (npm and whatever it starts):
 * the whole group is ended.
 */
export function killRunningChildren(): void {
  for (const child of running) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      if (groupLeaders.has(child)) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

/**
 * Runs a command to completion, its output kept (and shown only when it
 * fails). It leads a process group of its own so that clean-up can end what
 * it starts too.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(
      spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
    groupLeaders.add(child);
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, ms: performance.now() - started });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} (in ${options.cwd}) failed (${code ?? signal}):\n${output}`,
          ),
        );
    });
  });
}
