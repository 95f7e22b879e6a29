/**
 * The sections after the summary table that detail the comparison with the
 * stock baseline: how each side was built and run, every cold-start and
 * warm-read figure, the request counts and what fills our bundle.
 */
import type { BenchFigures } from './figures';
import { loadAverageText } from './machine';
import { bytesAndKib, heading, list, ms, msAuto, note, ratio, table } from './report';

const sizes = (s: { bytes: number; gzipBytes: number }) =>
  `${bytesAndKib(s.bytes)}, gzip ${bytesAndKib(s.gzipBytes)}`;

export function buildSection(f: BenchFigures): string {
  const s = f.stockBaseline;
  return [
    heading('How each side was built'),
    note(
      `Stock baseline: ${s.dir}, a copy of ../shared/bench/stock-baseline/ (npm ci ` +
        `${ms(s.installMs, 0)}, its own build.mjs ${ms(s.buildMs, 0)}): Apollo Server 5 + ` +
        '@as-integrations/aws-lambda, per-field resolvers (one DynamoDB request per parent field), ' +
        `esbuild ${s.esbuild}, minified, target node20, AWS SDK (client-dynamodb ${s.awsSdk}) bundled.`,
    ),
    note(
      `This project: infra/bundle.cjs bundle() → .build/functions/graphql.js (copied into the ` +
        `bench's temp folder, so that every sample loads the same file), esbuild ` +
        `${f.machine.esbuild}, minified, target node24, AWS SDK (client-dynamodb ` +
        `${f.machine.awsSdk}) bundled. Variant: bundle({ externalAwsSdk: true }), @aws-sdk/* and ` +
        '@smithy/* left out and resolved at run time from node_modules through NODE_PATH, as the ' +
        "Lambda runtime's own copy would be.",
    ),
    '',
    list([
      ['stock baseline', sizes(f.bundle.stock)],
      ['ours', sizes(f.bundle.ours)],
      ['ours, AWS SDK external', `${sizes(f.bundle.oursExternalSdk)}, plus the runtime's SDK`],
    ]),
    '',
    '  What fills our bundle (esbuild metafile, bytes in the output by package):',
    table(
      ['package', 'bytes', 'share'],
      f.bundle.oursComposition.map((p) => [
        p.name,
        p.bytes.toLocaleString('en-US'),
        `${(p.share * 100).toFixed(1)} %`,
      ]),
      4,
    ),
  ].join('\n');
}

export function coldSection(f: BenchFigures): string {
  const c = f.cold;
  const sides = [
    ['stock', c.stock],
    ['ours', c.ours],
    ['ours, AWS SDK external', c.oursExternalSdk],
  ] as const;
  return [
    heading(`Cold starts (first request: the ${c.shape} map)`),
    note(
      `Each sample is a fresh \`node\` (${f.machine.node}, the bench's own) running ` +
        'tests/bench/coldStartChild.cjs: require(bundle), then handler(event) with an API Gateway ' +
        'v2 POST /graphql of the whole-map query (ours with a development bearer token), then the ' +
        `same again (warm, for context). ${c.runs} samples per bundle after one unmeasured run ` +
        'each, the three bundles interleaved in a rotating order. Environment: AWS_REGION, ' +
        'AWS_ACCESS_KEY_ID/SECRET, LANG and TZ as Lambda sets them, TABLE_NAME, DYNAMODB_ENDPOINT ' +
        '(the one DynamoDB Local of the bench), LOCAL_DEV, LOCAL_JWKS_FILE, STAGE=bench.',
    ),
    '',
    table(
      ['median', ...sides.map(([label]) => label)],
      [
        ['import: require(bundle)', ...sides.map(([, s]) => ms(s.importMs))],
        ['  main-thread CPU', ...sides.map(([, s]) => ms(s.importCpuMs))],
        ['first request', ...sides.map(([, s]) => ms(s.firstRequestMs))],
        ['  main-thread CPU', ...sides.map(([, s]) => ms(s.firstRequestCpuMs))],
        ['import + first request (median of sums)', ...sides.map(([, s]) => ms(s.coldMs))],
        ['second request (warm)', ...sides.map(([, s]) => ms(s.secondRequestMs, 2))],
        ['Node bootstrap before the script', ...sides.map(([, s]) => ms(s.bootMs))],
        ['whole process, spawn to exit', ...sides.map(([, s]) => ms(s.processMs))],
      ],
    ),
    '',
    note(
      `AWS SDK external vs bundled (ours): import + first request ` +
        `${ratio(c.ratios.externalSdkColdMs)} of the bundled variant's.`,
    ),
  ].join('\n');
}

export function warmSection(f: BenchFigures): string {
  const w = f.warm;
  const lines = [
    heading('Warm whole-map reads'),
    note(
      'One process per side (tests/bench/warmChild.ts, forked with the same environment as the ' +
        'cold starts), each holding its bundle. At each shape: ' +
        `${w.warmUpRounds} warm-up rounds, then ${w.samples} measured rounds; a round is our ` +
        "handler's read, the stock handler's read, the raw Query and (context) the raw Query " +
        "followed by the BatchGetItem of the map's personas, the two requests our handler makes " +
        'with nothing around them, in a rotating order. Each ' +
        'read is timed in its process (process.hrtime.bigint() around the handler call), the event ' +
        `built before and the answer checked after. Raw Query: ${w.rawQuery}.`,
    ),
    '',
    table(
      ['', ...w.shapes.flatMap((s) => [`${s.label} median`, 'p95'])],
      [
        [
          'stock handler',
          ...w.shapes.flatMap((s) => [msAuto(s.stock.medianMs), msAuto(s.stock.p95Ms)]),
        ],
        [
          'our handler',
          ...w.shapes.flatMap((s) => [msAuto(s.ours.medianMs), msAuto(s.ours.p95Ms)]),
        ],
        ['raw Query', ...w.shapes.flatMap((s) => [msAuto(s.raw.medianMs), msAuto(s.raw.p95Ms)])],
        [
          'raw Query + BatchGetItem',
          ...w.shapes.flatMap((s) => [msAuto(s.rawPair.medianMs), msAuto(s.rawPair.p95Ms)]),
        ],
        ['ours / raw', ...w.shapes.flatMap((s) => [ratio(s.ratios.oursToRaw), ''])],
        [
          'ours / (raw Query + BatchGetItem)',
          ...w.shapes.flatMap((s) => [ratio(s.ratios.oursToRawPair), '']),
        ],
        ['stock / raw', ...w.shapes.flatMap((s) => [ratio(s.ratios.stockToRaw), ''])],
        ['ours / stock', ...w.shapes.flatMap((s) => [ratio(s.ratios.oursToStock), ''])],
      ],
    ),
    '',
    note(
      'What each side answered (personas, stages, touchpoints, pain points, KPIs; both checked ' +
        'against the seeded map): ' +
        w.shapes
          .map(
            (s) =>
              `${s.label}: ${s.answered.stock.personas}, ${s.answered.stock.stages}, ` +
              `${s.answered.stock.touchpoints}, ${s.answered.stock.painPoints}, ` +
              `${s.answered.stock.kpis} (raw Query: ${s.rawItems} items)`,
          )
          .join('; ') +
        '.',
    ),
    heading('DynamoDB requests per whole-map read'),
    note(
      'Stock and ours (bundle): counted in the warm processes on http.request, by X-Amz-Target, ' +
        'for every measured read (tests/bench/httpRequestCounter.ts; the stock client is internal ' +
        "to its bundle). Ours also by the test suite's SDK middleware (tests/support/" +
        'requestCounter.ts) on runtime.dynamo.client of our handler built from source ' +
        '(functions/graphql.ts) in the same process.',
    ),
    '',
    table(
      [
        'shape',
        'stock (HTTP)',
        'ours, bundle (HTTP)',
        'ours, source (SDK middleware)',
        'raw Query (HTTP)',
        'raw Query + BatchGetItem (HTTP)',
      ],
      w.shapes.map((s) => [
        s.label,
        s.requests.stock.byOperation,
        s.requests.ours.byOperation,
        s.requests.oursSdk.byOperation,
        s.requests.raw.byOperation,
        s.requests.rawPair.byOperation,
      ]),
    ),
  ];
  return lines.join('\n');
}

export function runTimeSection(f: BenchFigures, totalMs: number): string {
  return [
    heading('Bench run time'),
    list([
      ...Object.entries(f.phasesMs).map(
        ([name, t]) => [name, `${(t / 1000).toFixed(1)} s`] as const,
      ),
      ['total (tsx start-up not included)', `${(totalMs / 1000).toFixed(1)} s`],
      ['load average at the end', loadAverageText(f.machine.loadAverageAtEnd)],
    ]),
  ].join('\n');
}
