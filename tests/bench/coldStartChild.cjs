// @ts-check
/**
 * Runs in a fresh `node` process, spawned by coldStart.ts: `require()`s one
 * Lambda bundle, as the Lambda Node.js runtime does, sends its handler one
 * whole-map API Gateway event, then the same again, and prints the timings as
 * one JSON line. Plain CommonJS, so that nothing but Node itself is loaded
 * before the bundle.
 *
 * Usage: node coldStartChild.cjs <bundle.js> <event.json>
 *
 * Wall times with process.hrtime.bigint(); CPU times with
 * process.threadCpuUsage() (this thread only: V8's compiler and GC threads
 * work beside it), less sensitive than wall time to other work on the machine.
 */
const { performance } = require('node:perf_hooks');

/** From process start to this line: Node's own bootstrap, the same for every bundle. */
const bootMs = performance.now();

const { readFileSync } = require('node:fs');

/** @param {bigint} from */
const msSince = (from) => Number(process.hrtime.bigint() - from) / 1e6;

/** @param {NodeJS.CpuUsage} from */
const cpuMsSince = (from) => {
  const used = process.threadCpuUsage(from);
  return (used.user + used.system) / 1000;
};

/**
 * Checks the answer and counts its stages and touchpoints (after the timing).
 *
 * @param {unknown} response
 */
function check(response) {
  const result = /** @type {{ statusCode?: number, body?: string }} */ (response);
  const body = JSON.parse(String(result.body));
  const map = body?.data?.journeyMap;
  if (result.statusCode !== 200 || body.errors || !map) {
    throw new Error(`unexpected response ${result.statusCode}: ${String(result.body)}`);
  }
  /** @type {{ touchpoints: unknown[] }[]} */
  const stages = map.stages;
  return { stages: stages.length, touchpoints: stages.flatMap((s) => s.touchpoints).length };
}

async function main() {
  const [bundlePath, eventFile] = process.argv.slice(2);
  if (!bundlePath || !eventFile) {
    throw new Error('usage: coldStartChild.cjs <bundle.js> <event.json>');
  }
  const event = JSON.parse(readFileSync(eventFile, 'utf8'));
  const context = {
    awsRequestId: 'bench',
    functionName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
  };

  const importCpu = process.threadCpuUsage();
  const importStart = process.hrtime.bigint();
  const { handler } = require(bundlePath);
  const importMs = msSince(importStart);
  const importCpuMs = cpuMsSince(importCpu);

  const firstCpu = process.threadCpuUsage();
  const firstStart = process.hrtime.bigint();
  const first = await handler(event, context, () => undefined);
  const firstRequestMs = msSince(firstStart);
  const firstRequestCpuMs = cpuMsSince(firstCpu);

  const secondStart = process.hrtime.bigint();
  const second = await handler(event, context, () => undefined);
  const secondRequestMs = msSince(secondStart);

  const answered = check(first);
  check(second);
  process.stdout.write(
    `${JSON.stringify({
      bootMs,
      importMs,
      importCpuMs,
      firstRequestMs,
      firstRequestCpuMs,
      secondRequestMs,
      answered,
    })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
