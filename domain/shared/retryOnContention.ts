/**
 * Runs a read-then-write use case again when its write lost a race
 * (ContentionError), with jittered exponential back-off. Concurrent writers
 * without an expectedRevision thus all land; only when contention outlasts
 * every attempt does the caller get CONFLICT.
 */
import { ContentionError, DomainError } from './errors';

const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 10;
const MAX_DELAY_MS = 400;
/** Past this, the caller hears CONFLICT rather than wait on: well within the function's timeout. */
const DEADLINE_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryOnContention<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ContentionError)) throw error;
      if (i >= MAX_ATTEMPTS || Date.now() > deadline) {
        throw new DomainError('CONFLICT', 'The map is being changed by others; retry shortly.');
      }
      const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** i);
      await sleep(Math.random() * ceiling);
    }
  }
}
