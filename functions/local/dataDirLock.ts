/**
 * A pid file that keeps two local stacks off one DynamoDB Local database
 * (DynamoDB Local keeps it in one SQLite file and does not share it).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIsAlive } from './processIsAlive';

/** Claims `dir` for this process; returns the release function. Throws when a live process holds it. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'local-stack.pid');
  let holder: number | null = null;
  try {
    holder = Number(readFileSync(file, 'utf8').trim()) || null;
  } catch {
    // Note: no pid file, nobody holds it.
  }
  if (holder !== null && holder !== process.pid && processIsAlive(holder)) {
    throw new Error(
      `Another local stack (pid ${holder}) is using ${dir}. Stop it first (Ctrl-C in its terminal).`,
    );
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
