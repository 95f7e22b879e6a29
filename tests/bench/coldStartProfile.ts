/**
 * Where our cold start goes: V8 CPU profiles of the import and first request,
 * taken in fresh processes (coldStartChild.cjs, profile mode) on an
 * unminified build of the same entry point, whose `// <path>` comments tell
 * which module each line comes from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { runChild, type BuiltBundle } from './coldStart';

// The handler bundles' own esbuild options (plain CommonJS, hence require).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BUNDLE_OPTIONS } = require('../../infra/bundle.cjs') as { BUNDLE_OPTIONS: BuildOptions };

export async function buildUnminified(outdir: string, eventFile: string): Promise<BuiltBundle> {
  const file = join(outdir, 'graphql.unminified.js');
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: ['functions/graphql.ts'],
    outfile: file,
    minify: false,
    metafile: true,
  });
  const outputKey = Object.keys(result.metafile.outputs)[0] ?? '';
  const bytes = readFileSync(file).length;
  return {
    label: 'ours, unminified (profiling only)',
    file,
    bytes,
    gzipBytes: 0,
    metafile: result.metafile,
    outputKey,
    eventFile,
  };
}

interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based line where the function starts. */
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  /** 1-based lines of the function's own samples. */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Maps a line of the unminified bundle to the module it comes from. */
function moduleIndex(bundleFile: string): (line: number) => string {
  const starts: [number, string][] = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const match = /^\/\/ ((?:node_modules\/)?[\w@.-]+\/\S+\.(?:[cm]?[jt]s|json))$/.exec(text);
      if (match?.[1]) starts.push([line, match[1]]);
    });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(esbuild runtime helpers: module wrappers, export getters)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, path] = starts[mid] as [number, string];
      if (start <= line) {
        found = path;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** `graphql`, `@smithy/core`…, or `ours: resolvers/` for the project's own files. */
export function packageOf(path: string): string {
  const packages = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  const name = packages.at(-1)?.[1];
  if (name) return name;
  return path.includes('/') ? `ours: ${path.split('/')[0]}/` : path;
}

export interface ProfileSummary {
  runs: number;
  totalMs: number;
  /** Self time by package (the innermost frame of our bundle on each sample's stack). */
  byPackage: { name: string; ms: number }[];
  /** Inclusive time of our own functions (each counted once per sample). */
  ourFunctions: { name: string; ms: number }[];
}

/** What a sample outside the bundle's code is doing, from the names on its stack. */
function outsideTheBundle(
  node: ProfileNode,
  parent: ReadonlyMap<number, number>,
  nodes: ReadonlyMap<number, ProfileNode>,
): string {
  const names: string[] = [];
  for (let cur: ProfileNode | undefined = node; cur;) {
    names.push(cur.callFrame.functionName);
    const up = parent.get(cur.id);
    cur = up === undefined ? undefined : nodes.get(up);
  }
  if (names.includes('(garbage collector)')) return '(garbage collection)';
  if (names.includes('wrapSafe')) return '(Node: compile the bundle source)';
  if (names.includes('readFileSync')) return '(Node: read the bundle file)';
  if (names.includes('dispatch')) return '(the profiler itself)';
  return '(Node: other)';
}

/** Aggregates profiles of the unminified bundle, in ms per run. */
export function summarizeProfiles(bundleFile: string, profiles: readonly CpuProfile[]) {
  const moduleOf = moduleIndex(bundleFile);
  const bundleName = bundleFile.split('/').pop() ?? bundleFile;
  const byPackage = new Map<string, number>();
  const ours = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);

  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
    );
    const inBundle = (node: ProfileNode) => node.callFrame.url.endsWith(bundleName);

    for (const [id, ms] of selfMs) {
      total += ms;
      const node = nodes.get(id);
      if (!node) continue;
      // The innermost frame of the bundle on the stack: native work (GC, regexp, JSON) goes to its caller.
      let frame: ProfileNode | undefined = node;
      while (frame && !inBundle(frame)) {
        const up = parent.get(frame.id);
        frame = up === undefined ? undefined : nodes.get(up);
      }
      if (!frame) {
        add(byPackage, outsideTheBundle(node, parent, nodes), ms);
      } else if (frame === node && node.positionTicks?.length) {
        // Self samples of one function split by line: top-level code of inlined modules.
        const ticks = node.positionTicks.reduce((sum, t) => sum + t.ticks, 0);
        for (const t of node.positionTicks)
          add(byPackage, packageOf(moduleOf(t.line - 1)), (ms * t.ticks) / ticks);
      } else {
        add(byPackage, packageOf(moduleOf(frame.callFrame.lineNumber)), ms);
      }

      // Inclusive time of our own named functions.
      const seen = new Set<string>();
      for (let cur: ProfileNode | undefined = node; cur;) {
        if (inBundle(cur) && cur.callFrame.functionName) {
          const module = moduleOf(cur.callFrame.lineNumber);
          if (!module.startsWith('node_modules') && !module.startsWith('(')) {
            const key = `${cur.callFrame.functionName.replace(/\d+$/, '')}() in ${module}`;
            if (!seen.has(key)) {
              seen.add(key);
              add(ours, key, ms);
            }
          }
        }
        const up = parent.get(cur.id);
        cur = up === undefined ? undefined : nodes.get(up);
      }
    }
  }
  const perRun = (map: Map<string, number>) =>
    [...map].map(([name, ms]) => ({ name, ms: ms / profiles.length })).sort((a, b) => b.ms - a.ms);
  return {
    runs: profiles.length,
    totalMs: total / profiles.length,
    byPackage: perRun(byPackage),
    ourFunctions: perRun(ours),
  };
}

export async function profileColdStarts(
  bundle: BuiltBundle,
  env: NodeJS.ProcessEnv,
  runs: number,
  profileDir: string,
): Promise<ProfileSummary> {
  const profiles: CpuProfile[] = [];
  for (let i = 0; i < runs; i++) {
    const file = join(profileDir, `cold-start-${i}.cpuprofile`);
    await runChild('profile', bundle, env, file);
    profiles.push(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  }
  return summarizeProfiles(bundle.file, profiles);
}
