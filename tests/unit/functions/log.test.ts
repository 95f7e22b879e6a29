/**
 * functions/log.ts: errors as one JSON line each (Powertools' Logger), with
 * their details kept whatever their names, and no credential in them.
 */
import { log, maskCredentials } from '../../../functions/log';

/** Every line written on stdout and stderr while `work` runs. */
function outputOf(work: () => void): string {
  const chunks: string[] = [];
  const capture = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    work();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return chunks.join('');
}

const JWT =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVz';

describe('log', () => {
  it('writes one JSON line at level ERROR with the details, renaming those Powertools reserves', () => {
    const output = outputOf(() =>
      log('internal error', { requestId: 'req-1', message: 'boom', path: ['journeyMap'] }),
    );
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 'ERROR',
      message: 'internal error',
      service: 'journey-map-api',
      requestId: 'req-1',
      detail_message: 'boom',
      path: ['journeyMap'],
    });
  });

  it('masks bearer tokens, API keys, JWTs and fields named like secrets', () => {
    const output = outputOf(() =>
      log('internal error', {
        message: `verify failed for Bearer ${JWT}`,
        cause: `header was ApiKey jm_live_0123456789abcdef and ${JWT}`,
        authorization: 'Basic dXNlcjpwYXNz',
        apiKey: 'jm_live_secret',
      }),
    );
    const line = JSON.parse(output);
    expect(line).toMatchObject({
      detail_message: 'verify failed for Bearer [masked]',
      cause: 'header was ApiKey [masked] and [masked]',
      authorization: '[masked]',
      apiKey: '[masked]',
    });
    for (const secret of ['eyJ', 'jm_live', 'dXNlcjpwYXNz']) expect(output).not.toContain(secret);
  });
});

describe('maskCredentials', () => {
  it('leaves identifiers, codes and messages alone', () => {
    const line = { requestId: 'req-1', workspaceId: 'ws-1', errorCode: 'NOT_FOUND', note: 'x' };
    expect(JSON.parse(JSON.stringify(line, maskCredentials))).toEqual(line);
  });
});
