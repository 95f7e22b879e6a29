/**
 * Cold starts of two Lambda bundles, each measured in fresh `node` processes
 * (coldStartChild.cjs): ours (.build/functions/graphql.js, built by
 * infra/bundle.cjs) and a stock Apollo Server hello-world bundled the way a
 * typical project would. Also their sizes and what fills them (esbuild
 * metafiles).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { median } from './report';

export const ROOT = resolve(__dirname, '..', '..');
const CHILD_SCRIPT = join(__dirname, 'coldStartChild.cjs');

interface BundleSize {
  file: string;
  bytes: number;
}
interface BundleModule {
  bundle(options?: {
    outdir?: string;
    externalAwsSdk?: boolean;
  }): Promise<Record<string, BundleSize>>;
}

export interface BuiltBundle {
  label: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
  /** The key of this bundle in `metafile.outputs`. */
  outputKey: string;
  /** The event its cold start is measured with. */
  eventFile: string;
}

/** Builds ours with the project's own build (infra/bundle.cjs) into `.build/`. */
export async function buildOurBundle(eventFile: string): Promise<BuiltBundle> {
  const { bundle } = createRequire(__filename)(join(ROOT, 'infra', 'bundle.cjs')) as BundleModule;
  await bundle();
  const file = join(ROOT, '.build', 'functions', 'graphql.js');
  const metafile = JSON.parse(readFileSync(join(ROOT, '.build', 'meta.json'), 'utf8')) as Metafile;
  const outputKey = Object.keys(metafile.outputs).find((k) => k.endsWith('functions/graphql.js'));
  if (!outputKey) throw new Error('.build/meta.json has no functions/graphql.js output');
  return sizes({ label: 'ours (journey-map graphql)', file, metafile, outputKey, eventFile });
}

export const STOCK_SOURCE = `import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});

export const handler = startServerAndCreateLambdaHandler(
  server,
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
);
`;

/**
 * The stock hello-world, bundled with the options a typical project uses
 * (bundle, platform node, target node24, minify, cjs) and nothing else:
 * esbuild's default main fields and conditions, no plugins.
 */
export async function buildStockBundle(outdir: string, eventFile: string): Promise<BuiltBundle> {
  const file = join(outdir, 'stock-handler.js');
  const result = await build({
    stdin: {
      contents: STOCK_SOURCE,
      resolveDir: ROOT,
      sourcefile: 'stock-handler.ts',
      loader: 'ts',
    },
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node24',
    minify: true,
    format: 'cjs',
    metafile: true,
    logLevel: 'warning',
  });
  const outputKey = Object.keys(result.metafile.outputs).find((k) =>
    k.endsWith('stock-handler.js'),
  );
  if (!outputKey) throw new Error('esbuild wrote no stock-handler.js');
  return sizes({
    label: 'stock Apollo hello-world',
    file,
    metafile: result.metafile,
    outputKey,
    eventFile,
  });
}

function sizes(bundle: Omit<BuiltBundle, 'bytes' | 'gzipBytes'>): BuiltBundle {
  const contents = readFileSync(bundle.file);
  return { ...bundle, bytes: contents.length, gzipBytes: gzipSync(contents).length };
}

/** Writes an API Gateway v2 event with a GraphQL request, for the child processes to read. */
export function writeEvent(
  file: string,
  query: string,
  headers: Record<string, string> = {},
): string {
  const event: APIGatewayProxyEventV2 = apiGatewayEvent({
    headers,
    body: JSON.stringify({ query }),
  });
  writeFileSync(file, JSON.stringify(event));
  return file;
}

/** What each package (or each top folder of our code) puts in a bundle, largest first. */
export function bundleComposition(
  bundle: BuiltBundle,
  top = 8,
): { name: string; bytes: number; share: number }[] {
  const output = bundle.metafile.outputs[bundle.outputKey];
  if (!output) return [];
  const byName = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const packages = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    const name = packages.at(-1)?.[1] ?? `project: ${path.split('/')[0] ?? path}/`;
    byName.set(name, (byName.get(name) ?? 0) + input.bytesInOutput);
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  const sorted = [...byName].sort((a, b) => b[1] - a[1]);
  const rows = sorted.slice(0, top).map(([name, bytes]) => ({ name, bytes, share: bytes / total }));
  const rest = sorted.slice(top).reduce((sum, [, bytes]) => sum + bytes, 0);
  if (rest > 0)
    rows.push({ name: `${sorted.length - top} others`, bytes: rest, share: rest / total });
  return rows;
}

/**
 * Packages with files from both their CommonJS and their ESM build in a
 * bundle (the check infra/bundle.cjs warns with, by folder names).
 */
export function dualPackages(bundle: BuiltBundle): string[] {
  const output = bundle.metafile.outputs[bundle.outputKey];
  const flavours = new Map<string, Set<string>>();
  for (const path of Object.keys(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const flavour = /(^|\/)(cjs|commonjs|dist-cjs)\//.test(match[2])
      ? 'cjs'
      : /(^|\/)(esm|dist-es)\//.test(match[2])
        ? 'esm'
        : null;
    if (flavour) flavours.set(match[1], (flavours.get(match[1]) ?? new Set()).add(flavour));
  }
  return [...flavours].filter(([, set]) => set.size > 1).map(([name]) => name);
}

export interface ColdStartSample {
  /** Node's bootstrap, from process start to the first line of the child script. */
  bootMs: number;
  /** `require()` of the bundle (or, in phases mode, read + compile + evaluate). */
  importMs: number;
  /** The first invocation, from the handler call to its response. */
  firstRequestMs: number;
  /** A second invocation in the same process: a warm request, for comparison. */
  secondRequestMs: number;
  /** Only in phases mode. */
  phases: { readMs: number; compileMs: number; evaluateMs: number } | null;
  /** From spawn to exit, seen by the parent (includes Node's start and exit). */
  processMs: number;
}

/** Child processes still running, so that a failing bench can end them. */
const running = new Set<ChildProcess>();

export function killRunningChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Runs coldStartChild.cjs in a fresh `node` process and resolves with its timings. */
export function runChild(
  mode: 'require' | 'phases' | 'profile',
  bundle: BuiltBundle,
  env: NodeJS.ProcessEnv,
  profileFile?: string,
): Promise<ColdStartSample> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const args = [
      CHILD_SCRIPT,
      mode,
      bundle.file,
      bundle.eventFile,
      ...(profileFile ? [profileFile] : []),
    ];
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      const processMs = performance.now() - started;
      const line = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !line) {
        reject(
          new Error(
            `cold start of ${bundle.label} failed (exit ${code ?? signal}):\n${stderr || stdout}`,
          ),
        );
        return;
      }
      resolvePromise({ ...(JSON.parse(line) as Omit<ColdStartSample, 'processMs'>), processMs });
    });
  });
}

export interface ColdStartSummary {
  runs: number;
  bootMs: number;
  importMs: number;
  firstRequestMs: number;
  /** Median of the per-run sums (import + first request). */
  coldMs: number;
  secondRequestMs: number;
  processMs: number;
}

export function summarizeColdStarts(samples: readonly ColdStartSample[]): ColdStartSummary {
  const of = (pick: (s: ColdStartSample) => number) => median(samples.map(pick));
  return {
    runs: samples.length,
    bootMs: of((s) => s.bootMs),
    importMs: of((s) => s.importMs),
    firstRequestMs: of((s) => s.firstRequestMs),
    coldMs: of((s) => s.importMs + s.firstRequestMs),
    secondRequestMs: of((s) => s.secondRequestMs),
    processMs: of((s) => s.processMs),
  };
}

export interface PhaseSummary {
  readMs: number;
  compileMs: number;
  evaluateMs: number;
  firstRequestMs: number;
}

export function summarizePhases(samples: readonly ColdStartSample[]): PhaseSummary {
  const phases = samples.map((s) => s.phases).filter((p) => p !== null);
  return {
    readMs: median(phases.map((p) => p.readMs)),
    compileMs: median(phases.map((p) => p.compileMs)),
    evaluateMs: median(phases.map((p) => p.evaluateMs)),
    firstRequestMs: median(samples.map((s) => s.firstRequestMs)),
  };
}
