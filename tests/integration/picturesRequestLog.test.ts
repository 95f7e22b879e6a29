/**
 * The pictures function writes what /graphql writes for each request: one
 * JSON log line (`"message": "pictures request"`) and its EMF metrics, with
 * the route as the operation, and never a share link's secret.
 */
import { captureLogs } from '../support/captureLogs';
import { createMap } from '../support/fixtures';
import { pathAndQuery, picturesApi, type PicturesGet } from '../support/picturesApi';
import { useEnvironment } from '../support/environment';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

// The request log's level and metrics, on for this file only.
useEnvironment({ LOG_LEVEL: 'INFO', PUBLISH_METRICS: 'true' });

let api: TestApi;
let get: PicturesGet;
let editor: Caller;
let mapId: string;

/** The JSON lines written while `work` runs. */
async function linesOf(work: () => Promise<unknown>): Promise<{ lines: Json[]; text: string }> {
  const capture = captureLogs();
  try {
    await work();
  } finally {
    capture.stop();
  }
  const text = capture.lines().join('\n');
  const lines = capture
    .lines()
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  return { lines, text };
}

const requestLines = (lines: Json[]) => lines.filter((l) => l.message === 'pictures request');
/** The `Requests` metrics' dimension sets, as CloudWatch reads them from the EMF lines. */
const requestDimensions = (lines: Json[]) =>
  lines
    .filter((l) => l._aws && typeof l.Requests === 'number')
    .map((l) => ({ operation: l.operation, errorCode: l.errorCode }));

beforeAll(async () => {
  api = await startTestApi();
  get = await picturesApi();
  editor = api.caller('EDITOR');
  mapId = (await createMap(editor, { title: 'Carte', template: 'FIVE_STAGES' })).id;
});

describe('The pictures request log', () => {
  it('says which picture, for whom, how long and what DynamoDB did', async () => {
    api.requests.reset();
    const { lines } = await linesOf(() => get(`/maps/${mapId}/curve.svg`, { token: editor.token }));
    const sent = api.requests.commands.length;
    expect(requestLines(lines)).toEqual([
      expect.objectContaining({
        level: 'INFO',
        service: 'journey-map-api',
        method: 'GET',
        status: 200,
        fields: ['emotionCurveSvg'],
        workspaceId: editor.workspaceId,
        role: 'EDITOR',
        errorCode: 'OK',
        dynamodb: expect.objectContaining({ requests: sent }),
      }),
    ]);
    expect(sent).toBeGreaterThan(0);
    expect(requestDimensions(lines)).toEqual([
      { operation: 'emotionCurveSvg', errorCode: 'OK' },
      { operation: undefined, errorCode: 'OK' },
    ]);
  });

  it('says the code of a refused request', async () => {
    const { lines } = await linesOf(() => get(`/maps/${mapId}/poster.svg`));
    expect(requestLines(lines)).toEqual([
      expect.objectContaining({ status: 401, errorCode: 'UNAUTHENTICATED', fields: [] }),
    ]);
  });

  it('names a share page by its route, never by the secret in its path', async () => {
    const { url } = (
      await editor.ok(
        `mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }`,
        { i: { mapId } },
      )
    ).createShareLink as { url: string };
    const secret = url.slice(url.lastIndexOf('/') + 1);
    const { lines, text } = await linesOf(() => get(pathAndQuery(url).path));
    expect(requestLines(lines)).toEqual([
      expect.objectContaining({ status: 200, fields: ['sharePage'], errorCode: 'OK' }),
    ]);
    expect(text).not.toContain(secret);
  });
});
