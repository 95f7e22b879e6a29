/**
 * Structured logs: one JSON line per event on stdout, as CloudWatch Logs
 * Insights reads them, written by AWS Lambda Powertools' Logger. `log` is
 * for what went wrong (level ERROR); the line every request writes is
 * http/requestLog.ts's. The level is POWERTOOLS_LOG_LEVEL's (INFO unless set;
 * the tests set WARN).
 *
 * Nothing logged may carry a credential or map content: callers pass
 * identifiers, codes and error messages only, and every line goes through
 * `maskCredentials`, which blanks fields named like a secret and anything
 * shaped like a bearer token, an API key header or a JWT.
 */
import { Logger } from '@aws-lambda-powertools/logger';

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

/**
 * The process's logger (module scope: made once per container). No stage in
 * each line: every stage has log groups of its own.
 */
export const logger = new Logger({ serviceName: SERVICE_NAME, jsonReplacerFn: maskCredentials });

/** Powertools keeps these for itself and would drop a detail of the same name. */
const RESERVED = new Set(['level', 'message', 'sampling_rate', 'service', 'timestamp']);

/** Logs an error with its details (identifiers and messages, never content or credentials). */
export function log(message: string, details: Record<string, unknown> = {}): void {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    fields[RESERVED.has(key) ? `detail_${key}` : key] = value;
  }
  logger.error(message, fields);
}
