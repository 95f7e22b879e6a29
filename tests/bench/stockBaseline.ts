/**
 * The stock baseline (`../shared/bench/stock-baseline/`): a GraphQL Lambda
 * written the stock way, the reference the performance goals are ratios of.
 * Built as its README says, in a copy (shared/ is read-only): `npm ci` from
 * its lock file, then its own `node build.mjs` → `dist/handler.cjs`.
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCommand } from './childProcesses';

export const STOCK_BASELINE_DIR = resolve(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'bench',
  'stock-baseline',
);

export interface StockBaseline {
  dir: string;
  /** dist/handler.cjs, as its build.mjs writes it. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The esbuild its lock file installs (its build targets node20, minified, AWS SDK bundled). */
  esbuildVersion: string;
  installMs: number;
  buildMs: number;
}

/** Copies the baseline's own files (not a node_modules or dist left there) into `workDir`. */
function copySources(workDir: string): string {
  const dir = join(workDir, 'stock-baseline');
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(STOCK_BASELINE_DIR, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = join(dir, entry.name);
    copyFileSync(join(STOCK_BASELINE_DIR, entry.name), target);
    // The originals are read-only; npm rewrites nothing, but clean-up must be able to delete.
    chmodSync(target, 0o644);
  }
  return dir;
}

export async function buildStockBaseline(workDir: string): Promise<StockBaseline> {
  const dir = copySources(workDir);
  const install = await runCommand(
    'npm',
    ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: dir },
  );
  const built = await runCommand(process.execPath, ['build.mjs'], { cwd: dir });
  const file = join(dir, 'dist', 'handler.cjs');
  const contents = readFileSync(file);
  const esbuild = JSON.parse(
    readFileSync(join(dir, 'node_modules', 'esbuild', 'package.json'), 'utf8'),
  ) as { version: string };
  return {
    dir,
    file,
    bytes: contents.length,
    gzipBytes: gzipSync(contents).length,
    esbuildVersion: esbuild.version,
    installMs: install.ms,
    buildMs: built.ms,
  };
}
