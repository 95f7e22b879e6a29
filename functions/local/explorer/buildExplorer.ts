/**
 * Builds the local explorer (browser/main.tsx: GraphiQL, React, Monaco and
 * its workers, styles and fonts) into plain static files with esbuild, for
 * the launcher's front server to serve. Nothing here is loaded from a CDN,
 * and nothing here is part of the Lambda bundles (infra/bundle.cjs builds
 * functions/graphql.ts and functions/health.ts only).
 *
 * A build takes a few seconds, so it is cached under `.build/explorer/<key>/`,
 * the key being a hash of what the output depends on: the browser sources,
 * the locked dependency versions and the build options.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { PROJECT_ROOT } from '../projectRoot';
import type { MONACO_WORKERS } from './explorerConfig';

/** One file of the built explorer, ready to send. */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
  /** A strong validator: the hash of the body. */
  etag: string;
}

/** The built explorer's files by name (`main.js`, `main.css`, `json.worker.js`…). */
export type ExplorerAssets = ReadonlyMap<string, StaticAsset>;

const BROWSER_DIR = join(__dirname, 'browser');
const CACHE_DIR = join(PROJECT_ROOT, '.build', 'explorer');

/** The entry point of each Monaco worker, by the label Monaco asks for. */
const WORKER_ENTRIES: Record<(typeof MONACO_WORKERS)[number], string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const BUILD_OPTIONS: BuildOptions = {
  absWorkingDir: PROJECT_ROOT,
  entryPoints: {
    main: relative(PROJECT_ROOT, join(BROWSER_DIR, 'main.tsx')),
    ...Object.fromEntries(
      Object.entries(WORKER_ENTRIES).map(([label, entry]) => [`${label}.worker`, entry]),
    ),
  },
  bundle: true,
  platform: 'browser',
  // Note: classic scripts, not modules: the page loads main.js with a plain <script src>, and
  // Monaco starts its workers as classic workers.
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Note: Monaco's style sheets use its icon font by a relative url(); it becomes a file beside main.css.
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: 'explorer',
  write: false,
  logLevel: 'silent',
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The cache key: changes whenever the output could. */
function buildKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(BUILD_OPTIONS));
  hash.update(readFileSync(join(PROJECT_ROOT, 'package-lock.json')));
  const sources = [join(__dirname, 'explorerConfig.ts'), ...listFiles(BROWSER_DIR)];
  for (const file of sources.sort()) {
    hash.update(`${relative(PROJECT_ROOT, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function asset(name: string, body: Buffer): StaticAsset {
  return {
    body,
    contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
    etag: `"${sha256(body).slice(0, 32)}"`,
  };
}

function readCached(dir: string): ExplorerAssets | null {
  try {
    const names = readdirSync(dir);
    if (!names.includes('main.js')) return null;
    return new Map(names.map((name) => [name, asset(name, readFileSync(join(dir, name)))]));
  } catch {
    // Note: no such directory: not built yet.
    return null;
  }
}

/**
 * Writes the build to `dir` as a whole: into a private folder first, then
 * renamed, so that a second launcher building at the same moment (a test run
 * beside `npm start`) reads all of one build or none of it.
 */
function writeCache(dir: string, assets: ExplorerAssets): void {
  const temporary = join(CACHE_DIR, `.tmp-${randomUUID()}`);
  mkdirSync(temporary, { recursive: true });
  for (const [name, { body }] of assets) writeFileSync(join(temporary, name), body);
  try {
    renameSync(temporary, dir);
  } catch {
    // Note: another launcher finished the same build first; its copy is as good as ours.
    rmSync(temporary, { recursive: true, force: true });
    return;
  }
  for (const name of readdirSync(CACHE_DIR)) {
    if (name !== basename(dir) && !name.startsWith('.tmp-')) {
      rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
    }
  }
}

/** The explorer's files: from the cache when it is current, else built now (and cached). */
export async function buildExplorer(): Promise<{ assets: ExplorerAssets; cached: boolean }> {
  const dir = join(CACHE_DIR, buildKey());
  const cached = readCached(dir);
  if (cached) return { assets: cached, cached: true };

  const result = await build(BUILD_OPTIONS);
  const assets = new Map(
    (result.outputFiles ?? []).map((file) => {
      const name = basename(file.path);
      return [name, asset(name, Buffer.from(file.contents))] as const;
    }),
  );
  if (!assets.has('main.js')) throw new Error('esbuild did not write the explorer (main.js)');
  writeCache(dir, assets);
  return { assets, cached: false };
}
