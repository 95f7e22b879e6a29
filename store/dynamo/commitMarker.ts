/**
 * How a unit of work that serves a request with an `Idempotency-Key` records
 * that its change committed. The record of the key rides in the change's own
 * transaction (one more operation, conditioned on the request still holding
 * the key), so a crash can never leave a change without its key, nor a key
 * marked committed without its change; and a request that lost the key to
 * another (its lease ran out) has its transaction cancelled, so one key never
 * commits two changes. Writes that are not transactions (a persona's or an
 * API key's single item) mark the key with one request right after.
 */
import type { TransactItem } from './transactionLimits';

export interface CommitMarker {
  /** The operation that marks the key committed, added to each transaction that commits a change. */
  operation(): TransactItem;
  /** A transaction carrying `operation()` was applied. */
  committedWithMarker(): void;
  /** A change was applied without the marker (a single-item write, a full transaction): mark it now. */
  committedWithoutMarker(): Promise<void>;
}
