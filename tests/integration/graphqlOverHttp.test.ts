/**
 * The GraphQL-over-HTTP spec's own audit suite (graphql-http's `auditServer`)
 * against the real Lambda handler, with a viewer's credentials: every MUST,
 * SHOULD and MAY of the spec that a server can be checked for.
 */
import { auditServer, serverAudits } from 'graphql-http';
import { handlerFetch } from '../support/handlerFetch';
import { startTestApi, type TestApi } from '../support/testApi';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

describe('GraphQL over HTTP', () => {
  it('passes every audit of the graphql-http suite, with no warning and no error', async () => {
    const viewer = api.caller('VIEWER');
    const bridge = handlerFetch(api.invoke, { authorization: `Bearer ${viewer.token}` });
    const options = { url: 'http://localhost:4000/graphql', fetchFn: bridge.fetch };

    const results = await auditServer(options);

    const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const result of results) counts[result.status] += 1;
    const failures = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.status} ${result.id} ${result.name}`);
    process.stdout.write(
      `graphql-http audits: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error\n`,
    );
    expect(failures).toEqual([]);
    expect(counts).toEqual({ ok: serverAudits(options).length, notice: 0, warn: 0, error: 0 });
    // graphql-http 1.23 has 61 server audits; a new release may add some (then update this).
    expect(counts.ok).toBe(61);
    expect(bridge.requests.length).toBeGreaterThanOrEqual(61);
  });
});
