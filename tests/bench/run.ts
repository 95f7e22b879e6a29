/**
 * `npm run bench` (`-- --quick` in CI): this project against the stock
 * baseline (../shared/bench/stock-baseline/), on the same machine, in one
 * run, on the same maps and the same query, then the project's own figures.
 * Not a test: nothing here fails a build; goals are reported as met or not.
 *
 * Prints the machine, the summary table of issue 12, the sections detailing
 * it, the version-diff CPU and the typical operations, and last one JSON line
 * with every figure. Progress goes to stderr.
 *
 * Everything it starts (DynamoDB Local, npm, child processes, a temp folder)
 * is stopped and removed at the end, also on error or Ctrl-C.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devKeyFiles, ensureDevKeys, mintDevToken } from '../../functions/auth/localDevKeys';
import { startLocalDynamo } from '../../infra/localDynamo';
import { benchMap, benchPersonas, countsOf, SHAPES, type MapCounts } from './benchMaps';
import { killRunningChildren } from './childProcesses';
import { cleanUp, cleanUpOnSignals, onCleanUp, wasInterrupted } from './cleanup';
import { coldStartRatios, measureColdStarts, type ColdCandidate } from './coldStart';
import { buildSection, coldSection, runTimeSection, warmSection } from './comparisonReport';
import { runDiffBench } from './diffCpu';
import { diffSection } from './diffReport';
import { runDynamoBench } from './dynamoBench';
import { dynamoSection } from './dynamoReport';
import type { BenchFigures } from './figures';
import { lambdaEnv } from './lambdaEnv';
import { loadAverageText, machine, packageVersion } from './machine';
import { writeMapEvent } from './mapQuery';
import { buildOurBundles, ROOT } from './ourBundles';
import { heading, kib, list } from './report';
import { seedOurs } from './seedOurs';
import { seedStock, STOCK_TABLE } from './seedStock';
import { buildStockBaseline } from './stockBaseline';
import { startTlsProxy } from './tlsProxy';
import { checkGoals, summaryTable } from './summaryTable';
import { measureWarmReads } from './warmReads';

const USAGE = 'usage: npm run bench [-- --quick]';

/** Defaults: enough samples for stable medians in a few minutes; --quick: a smoke run for CI. */
const RUNS = {
  full: { cold: 9, warmSamples: 150, dynamoOperations: 20 },
  quick: { cold: 3, warmSamples: 20, dynamoOperations: 5 },
};
/** Rounds of all three reads before measuring: JIT, Apollo's caches, HTTP connections. */
const WARM_UP_ROUNDS = 20;
const SDK_COUNTED_READS = 3;
const OUR_TABLE = 'bench-ours';
const WORKSPACE_ID = 'bench';

const benchStarted = performance.now();
const elapsed = () => `${((performance.now() - benchStarted) / 1000).toFixed(1)} s`;
const progress = (message: string) => process.stderr.write(`[bench ${elapsed()}] ${message}\n`);

const phasesMs: Record<string, number> = {};
async function phase<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  progress(`${name}…`);
  const started = performance.now();
  try {
    return await run();
  } finally {
    phasesMs[name] = performance.now() - started;
  }
}

function sameCounts(side: string, shape: string, answered: MapCounts, expected: MapCounts): void {
  if (JSON.stringify(answered) !== JSON.stringify(expected)) {
    throw new Error(
      `${side} answered ${JSON.stringify(answered)} for the ${shape} map, seeded ${JSON.stringify(expected)}`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--quick')) throw new Error(USAGE);
  const mode = args.includes('--quick') ? 'quick' : 'full';
  const runs = RUNS[mode];

  const workDir = mkdtempSync(join(tmpdir(), 'journey-map-bench-'));
  onCleanUp(() => rmSync(workDir, { recursive: true, force: true }));
  onCleanUp(killRunningChildren);
  const atStart = machine(ROOT);

  // CPU-bound first, while nothing else of the bench runs.
  const diff = await phase('version diff CPU', runDiffBench);

  const [stock, ours] = await phase('builds (stock: npm ci + build.mjs; ours: bundle())', () =>
    Promise.all([buildStockBaseline(workDir), buildOurBundles(workDir)]),
  );

  const dynamo = await phase('DynamoDB Local start', () => startLocalDynamo());
  onCleanUp(() => dynamo.stop());
  const keys = ensureDevKeys(devKeyFiles(workDir));
  const authorization = `Bearer ${mintDevToken(keys, { workspaceId: WORKSPACE_ID, role: 'VIEWER', userId: 'bench' })}`;

  const personas = benchPersonas();
  const maps = SHAPES.map((shape) => benchMap(shape, personas));
  await phase('seeding both tables', () =>
    Promise.all([
      seedStock({ endpoint: dynamo.endpoint, personas, maps }),
      seedOurs({
        endpoint: dynamo.endpoint,
        tableName: OUR_TABLE,
        workspaceId: WORKSPACE_ID,
        personas,
        maps,
      }),
    ]),
  );

  const envOf = (tableName: string, nodePath?: string) =>
    lambdaEnv({
      tableName,
      endpoint: dynamo.endpoint,
      jwksFile: keys.publicJwksFile,
      ...(nodePath ? { nodePath } : {}),
    });
  // Cold starts reach DynamoDB over HTTPS, as on AWS (tlsProxy.ts says why it matters).
  const tls = await startTlsProxy(dynamo.endpoint, workDir);
  onCleanUp(() => tls.stop());
  const coldEnvOf = (tableName: string, nodePath?: string) => ({
    ...lambdaEnv({
      tableName,
      endpoint: tls.endpoint,
      jwksFile: keys.publicJwksFile,
      ...(nodePath ? { nodePath } : {}),
    }),
    NODE_EXTRA_CA_CERTS: tls.certificateFile,
  });
  const coldMap = maps[0];
  if (!coldMap) throw new Error('no bench map');
  const stockEvent = writeMapEvent(join(workDir, 'stock-event.json'), coldMap.id);
  const ourEvent = writeMapEvent(join(workDir, 'ours-event.json'), coldMap.id, authorization);
  const candidates: ColdCandidate[] = [
    {
      key: 'stock',
      label: 'stock baseline',
      file: stock.file,
      eventFile: stockEvent,
      env: coldEnvOf(STOCK_TABLE),
    },
    {
      key: 'ours',
      label: 'ours',
      file: ours.bundled.file,
      eventFile: ourEvent,
      env: coldEnvOf(OUR_TABLE),
    },
    {
      key: 'oursExternalSdk',
      label: 'ours, AWS SDK external',
      file: ours.externalSdk.file,
      eventFile: ourEvent,
      env: coldEnvOf(OUR_TABLE, join(ROOT, 'node_modules')),
    },
  ];
  const cold = await phase('cold starts', () => measureColdStarts(candidates, runs.cold, progress));
  const coldOf = (key: string) => {
    const result = cold.get(key);
    if (!result) throw new Error(`no cold starts of ${key}`);
    for (const sample of result.samples) {
      if (sample.answered.stages !== coldMap.stages.length)
        throw new Error(`${key} answered ${sample.answered.stages} stages on a cold start`);
    }
    return result.summary;
  };
  const [coldStock, coldOurs, coldExternal] = [
    coldOf('stock'),
    coldOf('ours'),
    coldOf('oursExternalSdk'),
  ];

  const mapIds = Object.fromEntries(maps.map((m) => [m.shape.key, m.id]));
  const warm = await phase('warm reads', () =>
    measureWarmReads({
      ours: {
        side: 'ours',
        bundleFile: ours.bundled.file,
        maps: mapIds,
        authorization,
        endpoint: dynamo.endpoint,
        tableName: OUR_TABLE,
        workspaceId: WORKSPACE_ID,
      },
      stock: { side: 'stock', bundleFile: stock.file, maps: mapIds },
      oursEnv: envOf(OUR_TABLE),
      stockEnv: envOf(STOCK_TABLE),
      workDir,
      shapes: SHAPES,
      warmUpRounds: WARM_UP_ROUNDS,
      samples: runs.warmSamples,
      sdkCountedReads: SDK_COUNTED_READS,
      progress,
    }),
  );
  const warmShapes = warm.map((result) => {
    const map = maps.find((m) => m.shape.key === result.shape);
    if (!map) throw new Error(`no map of shape ${result.shape}`);
    const expected = countsOf(map);
    sameCounts('our handler', map.shape.label, result.answered.ours, expected);
    sameCounts('the stock handler', map.shape.label, result.answered.stock, expected);
    return {
      ...result,
      label: map.shape.label,
      expected,
      ratios: {
        oursToRaw: result.ours.medianMs / result.raw.medianMs,
        stockToRaw: result.stock.medianMs / result.raw.medianMs,
        oursToStock: result.ours.medianMs / result.stock.medianMs,
        oursToRawPair: result.ours.medianMs / result.rawPair.medianMs,
      },
    };
  });

  const operations = await phase('typical operations (in-process handler)', () =>
    runDynamoBench({ endpoint: dynamo.endpoint, keys, runs: runs.dynamoOperations }),
  );
  await dynamo.stop();

  const partial: Omit<BenchFigures, 'goals'> = {
    date: new Date().toISOString(),
    mode,
    machine: { ...atStart, loadAverageAtEnd: machine(ROOT).loadAverage },
    stockBaseline: {
      dir: stock.dir,
      esbuild: stock.esbuildVersion,
      awsSdk: packageVersion(join(stock.dir, 'node_modules'), '@aws-sdk/client-dynamodb'),
      installMs: stock.installMs,
      buildMs: stock.buildMs,
    },
    bundle: {
      stock: { bytes: stock.bytes, gzipBytes: stock.gzipBytes },
      ours: { bytes: ours.bundled.bytes, gzipBytes: ours.bundled.gzipBytes },
      oursExternalSdk: { bytes: ours.externalSdk.bytes, gzipBytes: ours.externalSdk.gzipBytes },
      ratio: {
        minified: ours.bundled.bytes / stock.bytes,
        gzip: ours.bundled.gzipBytes / stock.gzipBytes,
      },
      oursComposition: ours.bundled.composition,
      oursAwsSdkBytes: ours.bundled.awsSdkBytes,
    },
    cold: {
      shape: coldMap.shape.label,
      runs: runs.cold,
      stock: coldStock,
      ours: coldOurs,
      oursExternalSdk: coldExternal,
      ratios: {
        ...coldStartRatios(coldOurs, coldStock),
        externalSdkColdMs: coldExternal.coldMs / coldOurs.coldMs,
      },
    },
    warm: {
      samples: runs.warmSamples,
      warmUpRounds: WARM_UP_ROUNDS,
      rawQuery:
        'one DynamoDB Query of our map partition (store/maps/mapParams.ts readMapParams: ' +
        'PK = W#<ws>#MAP#<id>, SK begins_with C#, ConsistentRead), by a plain ' +
        '@aws-sdk/lib-dynamodb client in our warm process; the same figure is the raw cost ' +
        'for both sides',
      shapes: warmShapes,
    },
    requestsPerRead: Object.fromEntries(
      warmShapes.map((s) => [
        s.shape,
        { stock: s.requests.stock, ours: s.requests.ours, oursSdk: s.requests.oursSdk },
      ]),
    ),
    diff: (({ summary: _summary, ...figures }) => figures)(diff),
    operations: operations.operations.map(({ selection: _s, returned: _r, ...figures }) => figures),
    phasesMs,
  };
  const figures: BenchFigures = { ...partial, goals: checkGoals(partial) };

  const m = figures.machine;
  console.log(
    `journey-map-api bench (${mode}${mode === 'quick' ? ': fewer samples, a smoke run' : ''})`,
  );
  console.log(
    list([
      ['date', figures.date],
      ['machine', `${m.cpu} × ${m.cores} cores, ${m.memoryGiB} GiB RAM`],
      [
        'load average at start',
        `${loadAverageText(m.loadAverage)}; other work on the machine skews absolute times`,
      ],
      ['node', `${m.node} (${process.execPath})`],
      ['esbuild', `ours ${m.esbuild}, stock baseline ${figures.stockBaseline.esbuild}`],
      [
        'AWS SDK',
        `${figures.bundle.oursAwsSdkBytes > 0 ? 'bundled' : 'not bundled'} in our handler, as ` +
          `infra/bundle.cjs builds it (client-dynamodb ${m.awsSdk}; @aws-sdk/* and @smithy/* ` +
          `make ${kib(figures.bundle.oursAwsSdkBytes)} of it); ` +
          `bundled in the stock baseline (client-dynamodb ${figures.stockBaseline.awsSdk})`,
      ],
      [
        'maps',
        maps
          .map((map) => {
            const c = countsOf(map);
            return `${map.shape.label}: ${c.stages} stages, ${c.touchpoints} touchpoints, ${c.painPoints} pain points, ${c.kpis} KPIs, ${c.personas} personas`;
          })
          .join('; '),
      ],
    ]),
  );
  console.log('');
  console.log(summaryTable(figures));
  console.log(buildSection(figures));
  console.log(coldSection(figures));
  console.log(warmSection(figures));
  console.log(diffSection(diff));
  console.log(dynamoSection(operations, dynamo.endpoint, runs.dynamoOperations));
  console.log(runTimeSection(figures, performance.now() - benchStarted));
  console.log(heading('Every figure, as JSON (next line)'));
  // Note: three decimals are far below the noise; more would only lengthen the line.
  console.log(
    JSON.stringify(figures, (_key, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(3)) : value,
    ),
  );
}

cleanUpOnSignals();
main().then(
  async () => {
    await cleanUp();
    // Nothing should be left running; do not wait for stray handles of the in-process server.
    process.exit(process.exitCode ?? 0);
  },
  async (error: unknown) => {
    if (!wasInterrupted())
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanUp();
    process.exit(1);
  },
);
