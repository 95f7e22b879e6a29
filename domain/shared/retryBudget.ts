/**
 * The one retry policy of the API. Every layer that may try again draws from
 * one budget per unit of work (a GraphQL request, a script's step): the store
 * re-sending a request DynamoDB throttled, timed out or cancelled on a
 * transaction conflict, a batch asking again for unprocessed items, a use case
 * redoing a read-then-write whose read went stale. The layers therefore never
 * multiply: a unit of work makes at most `maxRetries` retries in all, none
 * starting after `budgetMs`. Delays use full jitter (a random wait between 0
 * and an exponentially growing ceiling), which spreads contending writers best.
 */

export interface RetryPolicy {
  /** Retries in all, across every layer (first attempts are not retries). */
  maxRetries: number;
  /** Ceiling of the first retry's random delay; it doubles with every retry. */
  baseDelayMs: number;
  /** The ceiling never grows past this. */
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the budget was opened. */
  budgetMs: number;
}

/**
 * The API's policy: at most 8 retries within 5 s per request, well inside the
 * function's 15 s timeout and API Gateway's 30 s. A contended blind write thus
 * sends at most 9 transactions; a read-then-write at most 9 reads and 9 writes.
 */
export const RETRY_POLICY: RetryPolicy = {
  maxRetries: 8,
  baseDelayMs: 25,
  maxDelayMs: 800,
  budgetMs: 5_000,
};

export interface RetryClock {
  now(): number;
  random(): number;
  sleep(ms: number): Promise<void>;
}

const systemRetryClock: RetryClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RetryBudget {
  private retries = 0;
  private readonly openedAt: number;

  constructor(
    readonly policy: RetryPolicy = RETRY_POLICY,
    private readonly clock: RetryClock = systemRetryClock,
  ) {
    this.openedAt = clock.now();
  }

  /** Retries spent so far. */
  get used(): number {
    return this.retries;
  }

  /**
   * Waits before another attempt and resolves true, or resolves false at
   * once when the budget is spent (then the caller gives up).
   */
  async retry(): Promise<boolean> {
    const { maxRetries, baseDelayMs, maxDelayMs, budgetMs } = this.policy;
    if (this.retries >= maxRetries) return false;
    const delay = this.clock.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** this.retries);
    if (this.clock.now() + delay - this.openedAt > budgetMs) return false;
    this.retries += 1;
    await this.clock.sleep(delay);
    return true;
  }
}
