/**
 * Thrown by a store when the database did not answer usefully within the
 * retry budget (unreachable, throttled, timing out, failing on its side).
 * Nothing half-written is left behind (every write is one transaction or
 * idempotent), so the caller may retry: the API answers SERVICE_UNAVAILABLE,
 * retryable, never an internal error. `cause` keeps what the database said,
 * for the log only.
 */
export class StorageUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StorageUnavailableError';
  }
}
