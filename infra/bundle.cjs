// @ts-check
/**
 * Bundles the Lambda handlers with esbuild into `.build/functions/*.js`, the
 * only code `serverless package` puts in the artifact (see serverless.yml).
 *
 * Note: the AWS SDK v3 is bundled, not left to the copy the Node.js 24 runtime
 * ships. Bundled, tree-shaken and minified, it is part of one file read at
 * cold start instead of hundreds of module resolutions in the runtime's
 * node_modules, and its version is the one the tests ran against.
 * `--external-aws-sdk` builds the other variant, to compare.
 *
 * Usage: `npm run build` (or `node infra/bundle.cjs [--external-aws-sdk]`).
 */
const { build } = require('esbuild');
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');

/** Each bundle's name (its path under the output directory, without `.js`) and its entry point. */
const ENTRY_POINTS = {
  'functions/graphql': 'functions/graphql.ts',
  'functions/health': 'functions/health.ts',
  // Pictures and share pages: their own bundle, so pdfkit and the drawings never weigh on GraphQL.
  'functions/pictures': 'functions/pictures.ts',
  // Events and live updates: bundles of their own, so the GraphQL function never loads their clients.
  'functions/streams': 'functions/streams.ts',
  'functions/webSocket': 'functions/webSocket.ts',
  'functions/reviewDue': 'functions/reviewDue.ts',
};

/**
 * Packages with files from both a CommonJS and an ESM build in one bundle
 * (by their folder names): each would be there twice, with two copies of
 * every class. The build warns about them.
 *
 * @param {import('esbuild').Metafile['outputs'][string]} output
 * @returns {string[]}
 */
function dualPackages(output) {
  /** @type {Map<string, Set<string>>} */
  const flavours = new Map();
  for (const file of Object.keys(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const flavour = /(^|\/)(cjs|commonjs|dist-cjs)\//.test(match[2])
      ? 'cjs'
      : /(^|\/)(esm|dist-es)\//.test(match[2])
        ? 'esm'
        : null;
    if (!flavour) continue;
    flavours.set(match[1], (flavours.get(match[1]) ?? new Set()).add(flavour));
  }
  return [...flavours].filter(([, set]) => set.size > 1).map(([name]) => name);
}

/**
 * Writes a file by renaming a finished temporary copy over it.
 *
 * Note: serverless-offline may load a bundle while another build (a test run,
 * a second server) rewrites it; a rename means it reads the old or the new
 * file, never half of one.
 *
 * @param {string} path
 * @param {Uint8Array | string} contents
 */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * @typedef {object} BundleOptions
 * @property {string} [outdir] Output directory (default `<repo>/.build`).
 * @property {boolean} [externalAwsSdk] Leave `@aws-sdk/*` and `@smithy/*` to the Lambda runtime.
 */

/**
 * @typedef {object} BundleSize
 * @property {string} file Path of the bundle, relative to the repository.
 * @property {number} bytes Size on disk.
 */

/**
 * The esbuild options of the handler bundles (also used by the bench's
 * profiling build, which only turns minification off).
 *
 * @type {import('esbuild').BuildOptions}
 */
const BUNDLE_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  // Note: ESM builds first, so that esbuild can drop the unused parts of the SDK.
  mainFields: ['module', 'main'],
  minify: true,
  // Note: no source maps: loading them (--enable-source-maps) slows every cold start.
  sourcemap: false,
  legalComments: 'none',
  // Note: libraries' production paths; graphql-js's development `instanceOf` (a
  // multi-realm check on every failed `instanceof`) costs a warm map read ~1 % of its CPU.
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

/**
 * Builds every handler bundle and its metafile (`<outdir>/meta.json`, for
 * esbuild's bundle analyzer); resolves with the size of each bundle, keyed by
 * bundle name (`functions/graphql`, `functions/health`).
 *
 * @param {BundleOptions} [options]
 * @returns {Promise<Record<string, BundleSize>>}
 */
async function bundle(options = {}) {
  const outdir = resolve(options.outdir ?? join(ROOT, '.build'));
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: ENTRY_POINTS,
    outdir,
    write: false,
    external: options.externalAwsSdk ? ['@aws-sdk/*', '@smithy/*'] : [],
  });
  if (!result.metafile) throw new Error('esbuild wrote no metafile');
  for (const file of result.outputFiles ?? []) writeAtomically(file.path, file.contents);
  writeAtomically(join(outdir, 'meta.json'), JSON.stringify(result.metafile));

  /** @type {Record<string, BundleSize>} */
  const sizes = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = Object.keys(ENTRY_POINTS).find((key) => file.endsWith(`${key}.js`));
    if (!name) continue;
    sizes[name] = { file: relative(ROOT, resolve(ROOT, file)), bytes: output.bytes };
    const duplicated = dualPackages(output);
    if (duplicated.length > 0) {
      console.warn(`${name}: bundled twice (CommonJS and ESM): ${duplicated.join(', ')}`);
    }
  }
  return sizes;
}

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (require.main === module) {
  const externalAwsSdk = process.argv.includes('--external-aws-sdk');
  bundle({ externalAwsSdk }).then(
    (sizes) => {
      const variant = externalAwsSdk ? 'AWS SDK external' : 'AWS SDK bundled';
      for (const { file, bytes } of Object.values(sizes)) {
        console.log(`${file.padEnd(28)} ${kib(bytes).padStart(10)}  (${variant})`);
      }
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

module.exports = { bundle, BUNDLE_OPTIONS, ENTRY_POINTS };
