/**
 * Our Lambda bundle, built by the project's own build (infra/bundle.cjs
 * `bundle()`, what `npm run build` and `serverless package` use), and its
 * variant with the AWS SDK left to the Lambda runtime (`externalAwsSdk`).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';

export const ROOT = resolve(__dirname, '..', '..');

interface BundleModule {
  bundle(options?: { outdir?: string; externalAwsSdk?: boolean }): Promise<unknown>;
}

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface OurBundles {
  /** The deployed shape: AWS SDK bundled (infra/bundle.cjs's default). */
  bundled: BundleFile & { composition: PackageShare[]; awsSdkBytes: number };
  /** `externalAwsSdk`: @aws-sdk/* and @smithy/* resolved at run time, as the Lambda runtime provides them. */
  externalSdk: BundleFile;
}

export interface PackageShare {
  name: string;
  bytes: number;
  share: number;
}

const sizeOf = (file: string): BundleFile => {
  const contents = readFileSync(file);
  return { file, bytes: contents.length, gzipBytes: gzipSync(contents).length };
};

/** What each package (or each top folder of our code) puts in the bundle, largest first. */
function composition(metafile: Metafile, top = 8): PackageShare[] {
  const output = Object.entries(metafile.outputs).find(([key]) =>
    key.endsWith('functions/graphql.js'),
  )?.[1];
  if (!output) return [];
  const byName = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const packages = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    const name = packages.at(-1)?.[1] ?? `ours: ${path.split('/')[0] ?? path}/`;
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

/** Bytes of @aws-sdk/* and @smithy/* in the bundle: how the build treated the SDK. */
function awsSdkBytes(metafile: Metafile): number {
  const output = Object.entries(metafile.outputs).find(([key]) =>
    key.endsWith('functions/graphql.js'),
  )?.[1];
  return Object.entries(output?.inputs ?? {})
    .filter(([path]) => /node_modules\/@(aws-sdk|smithy)\//.test(path))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

/**
 * Builds both variants. The deployed one goes where `npm run build` puts it
 * (`.build/functions/graphql.js`) and is then copied into `workDir`: others
 * may rebuild `.build/` while the bench runs, and every sample must load the
 * same file.
 */
export async function buildOurBundles(workDir: string): Promise<OurBundles> {
  // infra/bundle.cjs is plain CommonJS, loaded as the build scripts load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundle } = require(join(ROOT, 'infra', 'bundle.cjs')) as BundleModule;

  await bundle();
  const dir = join(workDir, 'ours', 'functions');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'graphql.js');
  copyFileSync(join(ROOT, '.build', 'functions', 'graphql.js'), file);
  const metafile = JSON.parse(readFileSync(join(ROOT, '.build', 'meta.json'), 'utf8')) as Metafile;

  const externalDir = join(workDir, 'ours-external-sdk');
  await bundle({ outdir: externalDir, externalAwsSdk: true });

  return {
    bundled: {
      ...sizeOf(file),
      composition: composition(metafile),
      awsSdkBytes: awsSdkBytes(metafile),
    },
    externalSdk: sizeOf(join(externalDir, 'functions', 'graphql.js')),
  };
}
