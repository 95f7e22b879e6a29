/**
 * Structured logs: one JSON line per event on stdout, as CloudWatch Logs
 * Insights reads them (`level`, `message`, `timestamp`, `service`, then the
 * details). `log` is for what went wrong (level ERROR); the line every
 * request writes is http/requestLog.ts's. The level is LOG_LEVEL's (INFO
 * unless set; the tests set WARN), or the function's log level when Lambda's
 * advanced logging controls set one (AWS_LAMBDA_LOG_LEVEL).
 *
 * Note: written here rather than with Powertools' Logger, which gave the same
 * lines but cost a cold start 3.5 % of its instructions (constructor,
 * environment probing, its console) for the two levels and one format we use.
 *
 * Nothing logged may carry a credential or map content: callers pass
 * identifiers, codes and error messages only, and every line goes through
 * `maskCredentials`, which blanks fields named like a secret and anything
 * shaped like a bearer token, an API key header or a JWT.
 */

/** The `service` of every log line and metric. */
export const SERVICE_NAME = 'journey-map-api';

const SECRET_FIELD = /authorization|token|secret|password|api_?key|cookie/i;
const CREDENTIAL = /\b(Bearer|ApiKey)\s+[^\s"',]+|\beyJ[\w-]*\.[\w-]+\.[\w-]*/gi;

/** JSON replacer of every log line: credentials never reach the log. */
export function maskCredentials(key: string, value: unknown): unknown {
  if (key !== '' && SECRET_FIELD.test(key) && value !== undefined && value !== null)
    return '[masked]';
  if (typeof value === 'string' && value.length >= 10) {
    return value.replace(CREDENTIAL, (_match, scheme?: string) =>
      scheme ? `${scheme} [masked]` : '[masked]',
    );
  }
  return value;
}

const LEVELS = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20 } as const;
export type LogLevel = keyof typeof LEVELS;

const isLevel = (name: string | undefined): name is LogLevel =>
  name !== undefined && Object.hasOwn(LEVELS, name);

/** The lowest level written: Lambda's setting, else LOG_LEVEL, else INFO. */
export function logLevelOf(env: NodeJS.ProcessEnv): LogLevel {
  for (const name of [env.AWS_LAMBDA_LOG_LEVEL, env.LOG_LEVEL]) {
    const level = name?.toUpperCase();
    if (isLevel(level)) return level;
  }
  return 'INFO';
}

/** The fields every line starts with; a detail of the same name is renamed `detail_<name>`. */
const RESERVED = new Set(['level', 'message', 'timestamp', 'service', 'xray_trace_id']);

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/**
 * A logger writing one JSON line per call on `write` (stdout by default).
 * The level is read at each call, so that a test can change it.
 */
export function createLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
  env: NodeJS.ProcessEnv = process.env,
): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, details: Record<string, unknown> = {}): void => {
      if (LEVELS[level] < LEVELS[logLevelOf(env)]) return;
      const line: Record<string, unknown> = {
        level,
        message,
        timestamp: new Date().toISOString(),
        service: SERVICE_NAME,
      };
      // Lambda's trace id (set per invocation when tracing is on) ties the line to its trace.
      const trace = env._X_AMZN_TRACE_ID?.split(';')[0]?.replace('Root=', '');
      if (trace) line.xray_trace_id = trace;
      for (const [key, value] of Object.entries(details)) {
        line[RESERVED.has(key) ? `detail_${key}` : key] = value;
      }
      write(`${JSON.stringify(line, maskCredentials)}\n`);
    };
  return { info: at('INFO'), warn: at('WARN'), error: at('ERROR') };
}

/** The process's logger (module scope: one per container). */
export const logger = createLogger();

/** Logs an error with its details (identifiers and messages, never content or credentials). */
export function log(message: string, details: Record<string, unknown> = {}): void {
  logger.error(message, details);
}
