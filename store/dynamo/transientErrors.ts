/**
 * Which DynamoDB failures a later attempt of the very same request can get
 * past: throttling, timeouts, connection failures and errors on the service's
 * side. Anything else (a failed condition, a validation error) is an answer,
 * not a failure, and is never retried.
 */

interface AwsError {
  name?: string;
  code?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  // Another request with the same ClientRequestToken is still being applied.
  'TransactionInProgressException',
]);

/**
 * A single-item write (PutItem, UpdateItem, DeleteItem) on an item that a
 * transaction is changing at that moment is refused, not applied: sent again
 * once the transaction is done, it goes through.
 */
const CONFLICTS = new Set(['TransactionConflictException']);

const SERVER_SIDE = new Set([
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/**
 * Note: the SDK wraps an error it does not recognise as an Error (one from
 * another realm, as under a test runner's sandbox) into a plain Error whose
 * message alone keeps what happened: "AWS SDK error wrapper for TimeoutError: …".
 */
const WRAPPED_NETWORK_FAILURE =
  /^AWS SDK error wrapper for .*\b(TimeoutError|socket hang up|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)\b/;

export function isThrottling(error: unknown): boolean {
  const name = (error as AwsError | null)?.name;
  return typeof name === 'string' && THROTTLING.has(name);
}

/** True when the same request may succeed if sent again. */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as AwsError & { message?: string };
  if (isThrottling(e)) return true;
  if (e.name && CONFLICTS.has(e.name)) return true;
  if (e.name && (SERVER_SIDE.has(e.name) || NETWORK_NAMES.has(e.name))) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && WRAPPED_NETWORK_FAILURE.test(e.message)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  return e.$retryable !== undefined && e.$retryable !== false;
}
