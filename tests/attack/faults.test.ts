/**
 * Faults: the handler's DynamoDB client fails on purpose (an interceptor,
 * tests/support/faultInjector.ts) — throttling, transaction conflicts,
 * batches handed back unprocessed, timeouts, refused connections, responses
 * lost after the write was applied. At 30 % of requests, scripted sessions of
 * 200 mutations in all end with every acknowledged write present exactly
 * once, no unacknowledged write in part, and every failure answered as
 * retryable (so do 60 mutations at 60 %, where some run out of retries). At
 * 100 % (the database is down), every request answers SERVICE_UNAVAILABLE,
 * retryable, and nothing is written.
 *
 * The seed is fixed and printed; `ATTACK_SEED=<n>` varies it.
 */
import { seededPrng } from '../unit/support/prng';
import { attachFaultInjector, FAULT_KINDS, type FaultInjector } from '../support/faultInjector';
import { workspaceDump } from '../support/rawTable';
import { startTestApi, type TestApi } from '../support/testApi';
import { documentFor, requiredArgumentsOf, rootOperations } from './support/schemaWalk';
import { Session } from './support/session';
import { checkSession, type SessionProblems } from './support/sessionCheck';
import { populateWorkspace } from './support/workspace';

const SEED = Number(process.env.ATTACK_SEED ?? 20_250_909);
/** Sessions run side by side (each its own workspace and client), and mutations each sends. */
const SESSIONS = 4;
const MUTATIONS_PER_SESSION = 50;

let api: TestApi;
let faults: FaultInjector;
/** The function's error log lines (functions/log.ts), kept out of the output and read by the tests. */
const logged: string[] = [];

beforeAll(async () => {
  jest.spyOn(console, 'error').mockImplementation((line: unknown) => {
    logged.push(String(line));
  });
  api = await startTestApi();
  faults = attachFaultInjector(api.runtime.dynamo.client, { seed: SEED });
  console.log(`Faults: seed ${SEED} (replay with ATTACK_SEED=${SEED})`);
});

afterEach(() => {
  faults.rate = 0;
});

afterAll(() => {
  jest.restoreAllMocks();
});

/**
 * Internal errors logged (formatError.ts logs them with their stack; an outage
 * is logged with its cause): one is a bug, whatever the faults.
 */
const internalErrors = () => logged.filter((line) => line.includes('"stack"'));

describe('Faults on a share of DynamoDB requests', () => {
  // 30 %: the retry budget absorbs nearly everything. 60 %: requests run out of it, so some
  // writes are left unacknowledged (some applied, their answer lost) and the checks see them.
  it.each([
    [0.3, MUTATIONS_PER_SESSION],
    [0.6, 15],
  ])(
    'at %p: loses no acknowledged write, leaves no unacknowledged one in part, and answers every failure as retryable (%p mutations per session)',
    async (rate, mutations) => {
      const sessions = Array.from(
        { length: SESSIONS },
        (_, i) => new Session(api.caller('OWNER'), seededPrng(SEED + i)),
      );
      faults.reset();
      faults.rate = rate;
      await Promise.all(sessions.map((s) => s.run(mutations)));
      faults.rate = 0;

      const problems = await Promise.all(sessions.map((s) => checkSession(api, s)));
      const all = (pick: (p: SessionProblems) => string[]) => problems.flatMap(pick);
      const sum = (pick: (s: Session) => number) => sessions.reduce((n, s) => n + pick(s), 0);
      const acknowledged = sum((s) => s.figures.acknowledged);
      const failed = sum((s) => s.figures.failedRetryable);
      console.log(
        `Faults at ${rate * 100} %: ${sum((s) => s.figures.mutations)} mutations, ${
          faults.figures.requests
        } DynamoDB requests, ${faults.injected()} faults injected ${JSON.stringify(
          faults.figures.faults,
        )}; ${acknowledged} writes acknowledged, ${failed} answered retryable (SERVICE_UNAVAILABLE or CONFLICT); lost: ${
          all((p) => p.lost).length
        }, half-present: ${all((p) => p.halfPresent).length}, duplicated: ${
          all((p) => p.duplicated).length
        }, phantom: ${all((p) => p.phantom).length}`,
      );
      expect(sessions.flatMap((s) => s.figures.failedOtherwise)).toEqual([]);
      expect(internalErrors()).toEqual([]);
      expect(faults.injected()).toBeGreaterThan((rate - 0.1) * faults.figures.requests);
      expect({
        lost: all((p) => p.lost),
        halfPresent: all((p) => p.halfPresent),
        duplicated: all((p) => p.duplicated),
        phantom: all((p) => p.phantom),
        disorder: all((p) => p.disorder),
      }).toEqual({ lost: [], halfPresent: [], duplicated: [], phantom: [], disorder: [] });
      expect(acknowledged + failed).toBe(SESSIONS * mutations);
    },
    240_000,
  );
});

describe('Faults at 100 % of DynamoDB requests (the database is down)', () => {
  it('answers every query and mutation SERVICE_UNAVAILABLE, retryable, and writes nothing', async () => {
    const owner = api.caller('OWNER');
    const workspace = await populateWorkspace(owner, 'panne');
    const before = await workspaceDump(api, workspace.workspaceId);
    const operations = rootOperations().filter((o) => o.name !== 'viewer'); // viewer reads no table
    faults.reset();
    faults.rate = 1;
    faults.kinds = ['connectionRefused', 'timeout', 'throttling'];
    const answers = await Promise.all(
      operations.map(async (operation) => {
        const result = await owner.send(
          documentFor(operation, 0),
          requiredArgumentsOf(operation, workspace),
        );
        const errors = result.errors ?? [];
        const retryable =
          errors.length > 0 &&
          errors.every(
            (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.retryable === true,
          );
        return [operation.name, retryable ? 'retryable' : JSON.stringify(errors)] as const;
      }),
    );
    faults.rate = 0;
    faults.kinds = FAULT_KINDS;
    console.log(
      `Faults at 100 %: ${operations.length} operations, ${faults.figures.requests} DynamoDB requests, all failed (${JSON.stringify(
        faults.figures.faults,
      )}); every answer SERVICE_UNAVAILABLE, retryable`,
    );
    expect(Object.fromEntries(answers)).toEqual(
      Object.fromEntries(operations.map((o) => [o.name, 'retryable'])),
    );
    expect(await workspaceDump(api, workspace.workspaceId)).toBe(before);
    expect(internalErrors()).toEqual([]);
  }, 120_000);
});
