/**
 * Attack suite, hostile documents: every document of tests/support/hostileDocuments.ts
 * goes through the real Lambda handler, signed in as a VIEWER (any account can
 * send them), and must be refused with GRAPHQL_VALIDATION_FAILED by the limit
 * it is built to cross, with no DynamoDB request, in bounded time.
 *
 * The bound: QUERY_LIMITS.validationBoundMs (20 ms) of parsing and validation
 * for any document the server parses. Measured for refused documents on the
 * whole handler call (authentication, parsing, validation, the answer), and
 * for accepted ones, which also run, on parsing and validation alone, as the
 * handler does them; three times per document, as CPU time of the thread
 * (the process's before Node 23.9) (a loaded machine stretches wall time
 * by whatever else runs; CPU time is what the server pays). The median must
 * stay under the bound times TIME_FACTOR, so that a busy 2-core CI machine
 * does not fail it, while what the old rules did (seconds of CPU, or a stack
 * overflow) still would. The worst times, CPU and wall, are printed.
 */
import { performance } from 'node:perf_hooks';
import { specifiedRules } from 'graphql';
import { buildSchema } from '../../resolvers/server/buildSchema';
import { parseWithinLimits } from '../../resolvers/server/limits/parseWithinLimits';
import { validateWithinLimits } from '../../resolvers/server/limits/validateWithinLimits';
import { QUERY_LIMITS } from '../../resolvers/server/limits/queryLimits';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { createMap, addStage } from '../support/fixtures';
import { hostileDocuments, type HostileDocument } from '../support/hostileDocuments';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

/**
 * CPU time of this thread (Node ≥ 23.9; the process's otherwise): what the
 * request waits for, without V8's compiler and GC threads working beside it.
 */
const cpuUsage: (previous?: NodeJS.CpuUsage) => NodeJS.CpuUsage =
  typeof process.threadCpuUsage === 'function'
    ? (previous) => process.threadCpuUsage(previous)
    : (previous) => process.cpuUsage(previous);

/** How much slower than the stated bound a loaded CI machine may be. */
const TIME_FACTOR = 5;
const RUNS = 3;

let api: TestApi;
let viewer: Caller;
let editor: Caller;

interface Timing {
  kind: string;
  name: string;
  /** Median CPU time of the runs. */
  cpuMs: number;
  worstCpuMs: number;
  worstWallMs: number;
}
const timings: Timing[] = [];

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  viewer = api.caller('VIEWER', editor.workspaceId);
});

afterAll(() => {
  const worst = new Map<string, Timing>();
  for (const timing of timings) {
    const known = worst.get(timing.kind);
    if (!known || timing.cpuMs > known.cpuMs) worst.set(timing.kind, timing);
  }
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  const lines = [...worst.values()].map(
    (t) =>
      `${t.kind.padEnd(30)} CPU median ${ms(t.cpuMs)}, worst ${ms(t.worstCpuMs)}` +
      `${Number.isNaN(t.worstWallMs) ? '' : `; wall worst ${ms(t.worstWallMs)}`}  (${t.name})`,
  );
  console.log(
    `Hostile documents: ${timings.length} documents, ${RUNS} runs each through the handler; ` +
      `asserted: median CPU < ${QUERY_LIMITS.validationBoundMs} ms × ${TIME_FACTOR}\n${lines.join('\n')}`,
  );
});

/** Sends `query` as the viewer `RUNS` times; the answers, the DynamoDB requests and the times. */
async function sendTimed(query: string, accept = 'application/json') {
  const walls: number[] = [];
  const cpus: number[] = [];
  let answer: { status: number | undefined; body: Json } | null = null;
  api.requests.reset();
  for (let run = 0; run < RUNS; run++) {
    const event = apiGatewayEvent({
      headers: { authorization: `Bearer ${viewer.token}`, accept },
      body: JSON.stringify({ query }),
    });
    const cpuBefore = cpuUsage();
    const started = performance.now();
    const result = await api.invoke(event);
    walls.push(performance.now() - started);
    const used = cpuUsage(cpuBefore);
    cpus.push((used.user + used.system) / 1000);
    answer = { status: result.statusCode, body: JSON.parse(String(result.body)) };
  }
  cpus.sort((a, b) => a - b);
  return {
    ...answer!,
    requests: [...api.requests.commands],
    cpuMs: cpus[Math.floor(RUNS / 2)]!,
    worstCpuMs: cpus[RUNS - 1]!,
    worstWallMs: Math.max(...walls),
  };
}

describe('Hostile documents', () => {
  it.each(hostileDocuments().map((d): [string, string, HostileDocument] => [d.kind, d.name, d]))(
    '%s (%s): refused with GRAPHQL_VALIDATION_FAILED, no DynamoDB request, within the bound',
    async (_kind, _name, document) => {
      const answer = await sendTimed(document.query);
      timings.push({ kind: document.kind, name: document.name, ...answer });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeUndefined();
      const errors = answer.body.errors as { message: string; extensions: { code: string } }[];
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors.map((e) => e.extensions.code))).toEqual(
        new Set(['GRAPHQL_VALIDATION_FAILED']),
      );
      expect(errors.map((e) => e.message).join('\n')).toMatch(document.refusedFor);
      expect(answer.requests).toEqual([]);
      expect(answer.cpuMs).toBeLessThan(QUERY_LIMITS.validationBoundMs * TIME_FACTOR);
    },
  );

  it('is refused with 400 to a client that accepts application/graphql-response+json', async () => {
    for (const document of hostileDocuments().slice(0, 5)) {
      const answer = await sendTimed(document.query, 'application/graphql-response+json');
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.requests).toEqual([]);
    }
  });
});

describe('A huge page in a variable (unknown while validating)', () => {
  it('is BAD_USER_INPUT on `first`, before any DynamoDB request', async () => {
    api.requests.reset();
    const result = await viewer.send(
      'query($n: Int) { journeyMaps(first: $n) { edges { node { id } } } }',
      { n: 1_000_000_000 },
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['first']);
    expect(api.requests.commands).toEqual([]);
  });
});

/**
 * Parsing and validation alone, as the handler does them, `RUNS` times: the
 * median and worst CPU time (for documents that are accepted, and so also run).
 */
function validationCpu(query: string): { cpuMs: number; worstCpuMs: number; errors: number } {
  const schema = buildSchema({ descriptions: false });
  const cpus: number[] = [];
  let errors = 0;
  for (let run = 0; run < RUNS; run++) {
    const before = cpuUsage();
    errors = validateWithinLimits(schema, parseWithinLimits(query), specifiedRules).length;
    const used = cpuUsage(before);
    cpus.push((used.user + used.system) / 1000);
  }
  cpus.sort((a, b) => a - b);
  return { cpuMs: cpus[Math.floor(RUNS / 2)]!, worstCpuMs: cpus[RUNS - 1]!, errors };
}

describe('The largest documents within the limits', () => {
  beforeAll(async () => {
    for (let i = 0; i < 12; i++) {
      const map = await createMap(editor, { title: `Carte ${i}` });
      await addStage(editor, map.id, 'Découverte');
    }
  }, 120_000);

  it('runs a page of 49 maps with their stages (50 estimated reads, the limit) within its estimate', async () => {
    const query = `{ journeyMaps(first: ${QUERY_LIMITS.maxStorageReads - 1}) { edges { node { title stages { name } } } } }`;
    const answer = await sendTimed(query);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.journeyMaps.edges).toHaveLength(12);
    // One page, then one read per listed map (of 12): under the estimate of 50.
    expect(answer.requests).toHaveLength(RUNS * 13);
  });

  it('validates and runs a field repeated just under the field-merge limit, once', async () => {
    // 30 copies: 435 pairs of `journeyMaps` and as many at each of the 3 levels below, 1,740 in all.
    const query = `{ ${Array.from({ length: 30 }, () => 'journeyMaps { edges { node { id } } }').join(' ')} }`;
    const answer = await sendTimed(query);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.requests).toEqual(Array.from({ length: RUNS }, () => 'Query'));
    const validation = validationCpu(query);
    timings.push({
      kind: 'largest accepted (validation)',
      name: '30 copies of one field',
      worstWallMs: NaN,
      ...validation,
    });
    expect(validation.errors).toBe(0);
    expect(validation.cpuMs).toBeLessThan(QUERY_LIMITS.validationBoundMs * TIME_FACTOR);
  });

  it('validates 300 aliases of __typename (not counted as aliases) within the bound', async () => {
    const query = `{ viewer { ${Array.from({ length: 300 }, (_, i) => `t${i}: __typename`).join(' ')} } }`;
    const answer = await sendTimed(query);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.requests).toEqual([]);
    const validation = validationCpu(query);
    timings.push({
      kind: 'largest accepted (validation)',
      name: '300 __typename aliases',
      worstWallMs: NaN,
      ...validation,
    });
    expect(validation.cpuMs).toBeLessThan(QUERY_LIMITS.validationBoundMs * TIME_FACTOR);
  });
});
