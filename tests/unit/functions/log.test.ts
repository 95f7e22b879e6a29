/**
 * functions/log.ts: errors as one JSON line each, with
 * their details kept whatever their names, and no credential in them.
 */
import { createLogger, log, maskCredentials, type Logger } from '../../../functions/log';

type Json = Record<string, unknown>;

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
  it('writes one JSON line at level ERROR with the details, renaming those the line starts with', () => {
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

describe('createLogger', () => {
  const linesOf = (env: NodeJS.ProcessEnv, work: (logger: Logger) => void): Json[] => {
    const lines: string[] = [];
    work(createLogger((line) => lines.push(line), env));
    return lines.map((line) => JSON.parse(line) as Json);
  };

  it('writes the levels from LOG_LEVEL up (INFO when unset), Lambda’s own setting first', () => {
    const all = (logger: Logger) => {
      logger.info('i');
      logger.warn('w');
      logger.error('e');
    };
    expect(linesOf({}, all).map((l) => l.level)).toEqual(['INFO', 'WARN', 'ERROR']);
    expect(linesOf({ LOG_LEVEL: 'warn' }, all).map((l) => l.level)).toEqual(['WARN', 'ERROR']);
    expect(
      linesOf({ LOG_LEVEL: 'WARN', AWS_LAMBDA_LOG_LEVEL: 'ERROR' }, all).map((l) => l.level),
    ).toEqual(['ERROR']);
    expect(linesOf({ LOG_LEVEL: 'LOUD' }, all)).toHaveLength(3);
  });

  it('starts each line with level, message, time and service, then the trace id under tracing', () => {
    const [line] = linesOf(
      { _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1' },
      (logger) => logger.info('graphql request', { requestId: 'r-1', timestamp: 'x' }),
    );
    expect(Object.keys(line ?? {}).slice(0, 4)).toEqual([
      'level',
      'message',
      'timestamp',
      'service',
    ]);
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'graphql request',
      service: 'journey-map-api',
      xray_trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      requestId: 'r-1',
      detail_timestamp: 'x',
    });
    expect(Date.parse(String(line?.timestamp))).not.toBeNaN();
  });
});
