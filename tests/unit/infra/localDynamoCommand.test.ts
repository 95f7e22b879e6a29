/**
 * infra/localDynamoCommand.ts: DynamoDB Local is started on the loopback
 * interface only, without telemetry, whichever way this machine runs it.
 * (tests/integration/localDynamoLoopback.test.ts checks the running server.)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  compiledLauncher,
  dockerCommand,
  javaCommand,
  javacRuns,
} from '../../../infra/localDynamoCommand';

describe('DynamoDB Local with Docker', () => {
  it('publishes the container port on 127.0.0.1 only', () => {
    const { command, args } = dockerCommand({ port: 8123 });
    expect(command).toBe('docker');
    const publish = args[args.indexOf('--publish') + 1];
    expect(publish).toBe('127.0.0.1:8123:8000');
    expect(args.filter((a) => a === '--publish' || a === '-p')).toHaveLength(1);
    expect(args).toEqual(expect.arrayContaining(['-inMemory', '-sharedDb', '-disableTelemetry']));
  });

  it('keeps a data directory in a bind mount', () => {
    const { args } = dockerCommand({ port: 8123, dataDir: '/home/me/.data/dynamodb' });
    expect(args).toContain(
      'source=/home/me/.data/dynamodb,target=/home/dynamodblocal/db,type=bind',
    );
    expect(args.slice(-4)).toEqual([
      '-dbPath',
      '/home/dynamodblocal/db',
      '-sharedDb',
      '-disableTelemetry',
    ]);
  });
});

describe('DynamoDB Local with Java', () => {
  it('runs the loopback launcher, not the jar’s own main', () => {
    const { command, args, cwd } = javaCommand({ port: 8123 }, '/cache/launcher', '/pkg/lib/ddb');
    expect(command).toBe('java');
    expect(args).not.toContain('-jar');
    expect(args[args.indexOf('-cp') + 1]).toBe(
      `/cache/launcher${delimiter}/pkg/lib/ddb/DynamoDBLocal.jar`,
    );
    expect(args.slice(args.indexOf('LoopbackDynamoDBLocal'))).toEqual([
      'LoopbackDynamoDBLocal',
      '-port',
      '8123',
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
    ]);
    expect(cwd).toBe('/pkg/lib/ddb');
  });

  (javacRuns() ? it : it.skip)(
    'compiles the launcher once per version of its source',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'launcher-cache-'));
      try {
        const dir = compiledLauncher(cache);
        expect(existsSync(join(dir, 'LoopbackDynamoDBLocal.class'))).toBe(true);
        expect(compiledLauncher(cache)).toBe(dir);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
