/**
 * Calls back when a process that launched this one exits.
 *
 * Note: `npm start` runs npm → sh → tsx → this process. A SIGTERM to npm
 * reaches sh, which exits without passing it on, leaving this process (and
 * what it started) running; watching the ancestors closes that gap.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { processIsAlive } from './processIsAlive';

const hasProc = existsSync('/proc/self/stat');

/** The parent of `pid`, or null when it is gone or cannot be read. */
function parentOf(pid: number): number | null {
  try {
    if (hasProc) {
      // Note: the command name (2nd field) may hold spaces; the state and parent follow its ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || null;
    }
    return (
      Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' })) || null
    );
  } catch {
    return null;
  }
}

/**
 * Polls the `depth` nearest ancestors (never init): under `npm start`, tsx
 * and sh, i.e. it notices npm's exit, but not that of the shell npm was
 * started from (`nohup npm start &` survives it). Returns the function that
 * stops watching.
 */
export function onAncestorExit(callback: () => void, depth = 2, intervalMs = 1000): () => void {
  const chain: { pid: number; parent: number | null }[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < depth;) {
    const parent = parentOf(pid);
    chain.push({ pid, parent });
    if (!parent) break;
    pid = parent;
  }
  // Note: with /proc, a process whose parent died is seen as re-parented, even while the dead
  // parent is an unreaped zombie; elsewhere only an exit is seen (one `ps` per poll is too many).
  const intact = ({ pid, parent }: { pid: number; parent: number | null }) =>
    hasProc && parent !== null ? parentOf(pid) === parent : processIsAlive(pid);
  const timer = setInterval(() => {
    if (chain.every(intact)) return;
    clearInterval(timer);
    callback();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
