/**
 * What the real handler writes on stdout for each request: one JSON log line
 * (functions/http/requestLog.ts) and its metrics in CloudWatch's Embedded
 * Metric Format (functions/metrics.ts), read back as CloudWatch would, and
 * nothing of the caller's token or the map's content in either.
 *
 * The tests turn both on for this file only (globalSetup sets the log level
 * to WARN, and metrics are off on a developer's machine).
 */
import { addTouchpoint, createMap, MAP_QUERY } from '../support/fixtures';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { useEnvironment } from '../support/environment';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

// The request log's level and metrics, on for this file only.
useEnvironment({ LOG_LEVEL: 'INFO', PUBLISH_METRICS: 'true' });

/** Words only the map's content holds: none may appear in what the handler writes. */
const CONTENT = ['Confidentielle-7Q2', 'Guichet-secret-K9', 'Onboarding-privé-X4'] as const;

let api: TestApi;
let editor: Caller;
let mapId: string;
/** What the container's first request wrote. */
let first: { lines: Json[]; text: string; stderr: string };

/**
 * Runs `work` and returns every JSON line written on stdout meanwhile, the
 * raw text, and whatever went to stderr.
 */
async function stdoutOf(
  work: () => Promise<unknown>,
): Promise<{ lines: Json[]; text: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const into = (chunks: string[]) => (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(into(out)),
    jest.spyOn(process.stderr, 'write').mockImplementation(into(err)),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const text = out.join('');
  const lines = text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line): Json => JSON.parse(line));
  return { lines, text, stderr: err.join('') };
}

const requestLines = (lines: Json[]) => lines.filter((l) => l.message === 'graphql request');
const emf = (lines: Json[]) => lines.filter((l) => l._aws);

/** The metrics of EMF lines as CloudWatch extracts them: name, value, and each dimension set's values. */
function metricsOf(lines: Json[]) {
  return emf(lines).flatMap((line) =>
    (line._aws.CloudWatchMetrics as Json[]).flatMap((directive) =>
      (directive.Metrics as Json[]).map((metric) => ({
        namespace: directive.Namespace as string,
        name: metric.Name as string,
        unit: metric.Unit as string,
        value: line[metric.Name] as number,
        dimensionSets: (directive.Dimensions as string[][]).map((set) =>
          Object.fromEntries(set.map((dimension) => [dimension, line[dimension]])),
        ),
      })),
    ),
  );
}

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  let map: Json;
  first = await stdoutOf(async () => {
    map = await createMap(editor, { title: CONTENT[0], template: 'FIVE_STAGES' });
  });
  mapId = map.id;
  await addTouchpoint(editor, mapId, map.stages[0].id, CONTENT[1], { description: CONTENT[2] });
});

describe('The request log', () => {
  it('writes one line per request with who, what, how long and what DynamoDB did', async () => {
    api.requests.reset();
    const { lines } = await stdoutOf(() => editor.ok(MAP_QUERY, { id: mapId }));
    const sent = api.requests.commands.length;

    const [line, ...others] = requestLines(lines);
    expect(others).toEqual([]);
    expect(line).toMatchObject({
      level: 'INFO',
      service: 'journey-map-api',
      method: 'POST',
      status: 200,
      operationType: 'query',
      operationName: 'Map',
      fields: ['journeyMap'],
      workspaceId: editor.workspaceId,
      role: 'EDITOR',
      errorCode: 'OK',
      errorCodes: [],
      lambdaRequestId: 'test',
    });
    expect(line.requestId).toMatch(/^req-/);
    expect(line.durationMs).toBeGreaterThan(0);
    expect(sent).toBeGreaterThan(0);
    expect(line.dynamodb.requests).toBe(sent);
    // DynamoDB reports the capacity of each read: at least half a unit per request.
    expect(line.dynamodb.capacityUnits).toBeGreaterThanOrEqual(sent / 2);
  });

  it('says the error code of a refused request, and who was refused', async () => {
    const viewer = api.caller('VIEWER', editor.workspaceId);
    const { lines } = await stdoutOf(() =>
      viewer.send(
        `mutation Drop($id: ID!) { deleteJourneyMap(input: { id: $id }) { deletedId } }`,
        {
          id: mapId,
        },
      ),
    );
    expect(requestLines(lines)).toEqual([
      expect.objectContaining({
        operationType: 'mutation',
        operationName: 'Drop',
        fields: ['deleteJourneyMap'],
        role: 'VIEWER',
        errorCode: 'FORBIDDEN',
        errorCodes: ['FORBIDDEN'],
        dynamodb: { requests: 0, capacityUnits: 0 },
      }),
    ]);
  });

  it('logs an unauthenticated request without a workspace or the token it carried', async () => {
    const forged = `${editor.token.slice(0, -4)}AAAA`;
    const { lines, text } = await stdoutOf(() =>
      api.invoke(
        apiGatewayEvent({
          headers: { authorization: `Bearer ${forged}` },
          body: JSON.stringify({ query: '{ viewer { userId } }' }),
        }),
      ),
    );
    const [line] = requestLines(lines);
    expect(line).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED', fields: [] });
    expect(line.workspaceId).toBeUndefined();
    expect(text).not.toContain(forged.split('.')[1]);
  });

  it('never writes the token, the body or the map content', async () => {
    const { lines, text } = await stdoutOf(async () => {
      await editor.ok(MAP_QUERY, { id: mapId });
      await editor.send(
        `mutation($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }`,
        { i: { id: mapId, title: CONTENT[0], expectedRevision: 999 } },
      );
    });
    expect(requestLines(lines)).toHaveLength(2);
    for (const part of editor.token.split('.')) expect(text).not.toContain(part);
    for (const word of CONTENT) expect(text).not.toContain(word);
    expect(text).not.toContain('journeyMap(id');
  });
});

describe('The metrics (Embedded Metric Format)', () => {
  it('counts the request by operation and error code, with its DynamoDB requests', async () => {
    api.requests.reset();
    const { lines, stderr } = await stdoutOf(() => editor.ok(MAP_QUERY, { id: mapId }));
    const sent = api.requests.commands.length;
    expect(stderr).toBe('');
    const metrics = metricsOf(lines);
    for (const metric of metrics) expect(metric.namespace).toBe('JourneyMapApi');

    const requests = metrics.filter((m) => m.name === 'Requests');
    expect(requests).toEqual([
      expect.objectContaining({
        unit: 'Count',
        value: 1,
        dimensionSets: [
          { service: 'journey-map-api', stage: 'dev', operation: 'journeyMap', errorCode: 'OK' },
        ],
      }),
      expect.objectContaining({
        unit: 'Count',
        value: 1,
        dimensionSets: [{ service: 'journey-map-api', stage: 'dev', errorCode: 'OK' }],
      }),
    ]);
    const dynamo = metrics.find((m) => m.name === 'DynamoDBRequests');
    expect(dynamo).toMatchObject({
      unit: 'Count',
      value: sent,
      dimensionSets: [{ service: 'journey-map-api', stage: 'dev' }],
    });
    expect(metrics.find((m) => m.name === 'DynamoDBCapacityUnits')?.value).toBeGreaterThan(0);
    expect(metrics.find((m) => m.name === 'RequestDuration')?.unit).toBe('Milliseconds');
  });

  it('counts an error code on its own dimension set, for alarms', async () => {
    const outsider = api.caller('VIEWER');
    const { lines, stderr } = await stdoutOf(() =>
      outsider.send(`query($id: ID!) { journeyMap(id: $id) { id } }`, { id: mapId }),
    );
    expect(stderr).toBe('');
    const requests = metricsOf(lines).filter((m) => m.name === 'Requests');
    expect(requests.flatMap((m) => m.dimensionSets)).toEqual([
      { service: 'journey-map-api', stage: 'dev', operation: 'journeyMap', errorCode: 'NOT_FOUND' },
      { service: 'journey-map-api', stage: 'dev', errorCode: 'NOT_FOUND' },
    ]);
  });

  it('counts the cold start once, on the container’s first request', async () => {
    expect(first.stderr).toBe('');
    expect(metricsOf(first.lines).filter((m) => m.name === 'ColdStart')).toEqual([
      expect.objectContaining({
        value: 1,
        dimensionSets: [{ service: 'journey-map-api', stage: 'dev' }],
      }),
    ]);
    expect(requestLines(first.lines)).toEqual([
      expect.objectContaining({ coldStart: true, fields: ['createJourneyMap'] }),
    ]);
    const { lines } = await stdoutOf(() => editor.ok(MAP_QUERY, { id: mapId }));
    expect(metricsOf(lines).filter((m) => m.name === 'ColdStart')).toEqual([]);
    expect(requestLines(lines)).toEqual([expect.objectContaining({ coldStart: false })]);
  });
});
