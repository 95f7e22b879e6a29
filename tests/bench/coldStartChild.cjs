// @ts-check
/**
 * Runs in a fresh `node` process, spawned by coldStart.ts: loads one Lambda
 * bundle, sends its handler one API Gateway event, then a second one, and
 * prints the timings as one JSON line. Plain CommonJS, so that nothing but
 * Node itself is loaded before the bundle.
 *
 * Usage: node coldStartChild.cjs <mode> <bundle.js> <event.json> [profile.json]
 *   require: `require()` the bundle, as the Lambda Node.js runtime does.
 *   phases:  load it by hand (read the file, compile it, run its top level) to
 *            see where the import time goes.
 *   profile: `require()` it under the V8 CPU profiler, started just before the
 *            import and stopped after the first response; writes the profile.
 */
const { performance } = require('node:perf_hooks');

/** From process start to this line: Node's own bootstrap, the same for every bundle. */
const bootMs = performance.now();

const { readFileSync, writeFileSync } = require('node:fs');
const inspector = require('node:inspector');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** @param {string} bundlePath */
function loadByHand(bundlePath) {
  const t0 = performance.now();
  const source = readFileSync(bundlePath, 'utf8');
  const t1 = performance.now();
  // What Module.prototype._compile does: wrap, compile, run.
  const script = new vm.Script(Module.wrap(source), { filename: bundlePath });
  const t2 = performance.now();
  const wrapper = script.runInThisContext();
  const module = { exports: {} };
  wrapper.call(
    module.exports,
    module.exports,
    Module.createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
  );
  const t3 = performance.now();
  return {
    exports: module.exports,
    phases: { readMs: t1 - t0, compileMs: t2 - t1, evaluateMs: t3 - t2 },
  };
}

/** The in-process V8 profiler, through the inspector protocol. */
function profiler() {
  const session = new inspector.Session();
  session.connect();
  /**
   * @param {string} method
   * @param {object} [params]
   * @returns {Promise<any>}
   */
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  return {
    async start() {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    },
    /** @returns {Promise<unknown>} */
    async stop() {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}

/** @param {unknown} response */
function check(response) {
  const result = /** @type {{ statusCode?: number, body?: string }} */ (response);
  const body = JSON.parse(String(result.body));
  if (result.statusCode !== 200 || body.errors || !body.data) {
    throw new Error(`unexpected response ${result.statusCode}: ${String(result.body)}`);
  }
}

async function main() {
  const [mode, bundlePath, eventFile, profileFile] = process.argv.slice(2);
  const modes = ['require', 'phases', 'profile'];
  if (!mode || !modes.includes(mode) || !bundlePath || !eventFile) {
    throw new Error('usage: coldStartChild.cjs <mode> <bundle.js> <event.json> [profile.json]');
  }
  if (mode === 'profile' && !profileFile) throw new Error('profile mode needs an output file');
  const event = JSON.parse(readFileSync(eventFile, 'utf8'));
  const context = {
    awsRequestId: 'bench',
    functionName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
  };
  const cpu = mode === 'profile' ? profiler() : null;
  await cpu?.start();

  const t0 = performance.now();
  const loaded =
    mode === 'phases' ? loadByHand(bundlePath) : { exports: require(bundlePath), phases: null };
  const t1 = performance.now();
  const handler = /** @type {{ handler: Function }} */ (loaded.exports).handler;
  check(await handler(event, context, () => undefined));
  const t2 = performance.now();
  if (cpu && profileFile) writeFileSync(profileFile, JSON.stringify(await cpu.stop()));
  check(await handler(event, context, () => undefined));
  const t3 = performance.now();

  process.stdout.write(
    `${JSON.stringify({
      bootMs,
      importMs: t1 - t0,
      firstRequestMs: t2 - t1,
      secondRequestMs: t3 - t2,
      phases: loaded.phases,
    })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
