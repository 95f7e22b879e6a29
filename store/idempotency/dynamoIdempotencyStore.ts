/**
 * The Idempotency-Key records of requests (idempotencyParams.ts). A request
 * claims its key with one conditional PutItem, which on failure returns what
 * holds the key (ReturnValuesOnConditionCheckFailure), so a replay costs one
 * request; the change's transaction marks the key committed at no extra
 * request (commitMarker.ts); one more request keeps the response, or frees
 * the key of a request that wrote nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteCommand, PutCommand, UpdateCommand } from '../dynamo/commands';
import type { CommitMarker } from '../dynamo/commitMarker';
import type { Dynamo } from '../dynamo/dynamoClient';
import { conditionFailedItem, isConditionFailed } from '../dynamo/dynamoErrors';
import type { Item } from '../items/itemCodec';
import { idempotencyKey, type TableKey } from '../keys';
import {
  claimParams,
  commitOperation,
  commitParams,
  completeParams,
  epochSeconds,
  releaseParams,
} from './idempotencyParams';

/** Whose key it is: keys of different callers never meet. */
export interface IdempotencyScope {
  workspaceId: string;
  /** `USER#<id>` or `API_KEY#<id>`. */
  caller: string;
  /** The Idempotency-Key header. */
  key: string;
}

/** A response as the API answered it. */
export interface KeptResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A response kept for replays is at most this large once gzipped (DynamoDB
 * items hold 400 KB). GraphQL JSON compresses about tenfold, so only a
 * mutation answering megabytes is not kept.
 */
export const KEPT_RESPONSE_MAX_BYTES = 350_000;

/** A request's hold on its key. */
export interface IdempotencyLease {
  /** What the unit of work adds to its committing transaction. */
  marker: CommitMarker;
  /** Whether a change of the request was applied. */
  readonly committed: boolean;
  /**
   * Keeps the response (after a commit; null: the change stands, its
   * response is not kept) or frees the key (nothing was written).
   */
  finish(response: KeptResponse | null): Promise<void>;
}

export type IdempotencyClaim =
  | { kind: 'started'; lease: IdempotencyLease }
  /** Same request, answered before: its response. */
  | { kind: 'replay'; response: KeptResponse; firstSeenAt: string }
  /** The key was used with another request. */
  | { kind: 'mismatch'; firstSeenAt: string }
  /** The first request with this key is still running. */
  | { kind: 'inFlight'; leaseUntil: string }
  /** The change was applied but its response was not kept (lost in a crash, or too large). */
  | { kind: 'unanswered'; committedAt: string };

/** A stored text attribute, or `fallback` when it is missing. */
const textOf = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

/** The hash that names a caller's key: keys are the caller's text, of any characters. */
const scopeHash = (scope: IdempotencyScope): string =>
  createHash('sha256').update(`${scope.caller}\n${scope.key}`, 'utf8').digest('base64url');

export class DynamoIdempotencyStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async claim(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    const key = idempotencyKey(scope.workspaceId, scopeHash(scope));
    const leaseToken = randomUUID();
    try {
      await this.dynamo.doc.send(
        new PutCommand(
          claimParams(this.table, key, {
            caller: scope.caller,
            idempotencyKey: scope.key,
            fingerprint,
            leaseToken,
            now,
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const found = conditionFailedItem(error);
      // Our own claim, re-sent after its answer was lost, landed: it is ours.
      if (!found || found.leaseToken !== leaseToken) return this.held(found, fingerprint, now);
    }
    return { kind: 'started', lease: this.lease(key, leaseToken) };
  }

  /** What holds the key, as the answer to a request that could not claim it. */
  private held(found: Item | null, fingerprint: string, now: Date): IdempotencyClaim {
    const firstSeenAt = textOf(found?.firstSeenAt, now.toISOString());
    if (!found || Number(found.ttl) <= epochSeconds(now)) {
      // Expired between the condition and now, or deleted meanwhile: as good as in flight.
      return { kind: 'inFlight', leaseUntil: now.toISOString() };
    }
    if (found.fingerprint !== fingerprint) return { kind: 'mismatch', firstSeenAt };
    if (found.state === 'COMPLETED' && found.responseKept === true) {
      const body = found.responseBody as Uint8Array;
      return {
        kind: 'replay',
        firstSeenAt,
        response: {
          status: Number(found.responseStatus),
          headers: found.responseHeaders as Record<string, string>,
          body: gunzipSync(body).toString('utf8'),
        },
      };
    }
    const leaseUntil = textOf(found.leaseUntil, '');
    if (
      found.state === 'COMPLETED' ||
      (found.state === 'COMMITTED' && leaseUntil < now.toISOString())
    ) {
      return { kind: 'unanswered', committedAt: textOf(found.committedAt, firstSeenAt) };
    }
    return { kind: 'inFlight', leaseUntil };
  }

  private lease(key: TableKey, leaseToken: string): IdempotencyLease {
    const { dynamo, table } = this;
    let committed = false;
    const marker: CommitMarker = {
      operation: () => commitOperation(table, key, leaseToken, new Date().toISOString()),
      committedWithMarker: () => {
        committed = true;
      },
      async committedWithoutMarker() {
        committed = true;
        try {
          await dynamo.doc.send(
            new UpdateCommand(commitParams(table, key, leaseToken, new Date().toISOString())),
          );
        } catch (error) {
          // Taken over by another request: only possible past the lease, which a function outlives.
          if (!isConditionFailed(error)) throw error;
        }
      },
    };
    return {
      marker,
      get committed() {
        return committed;
      },
      async finish(response) {
        try {
          if (!committed) {
            await dynamo.doc.send(new DeleteCommand(releaseParams(table, key, leaseToken)));
            return;
          }
          const gzipped = response ? gzipSync(response.body) : null;
          const body = gzipped && gzipped.byteLength <= KEPT_RESPONSE_MAX_BYTES ? gzipped : null;
          await dynamo.doc.send(
            new UpdateCommand(
              completeParams(
                table,
                key,
                leaseToken,
                { status: response?.status ?? 0, headers: response?.headers ?? {}, body },
                new Date().toISOString(),
              ),
            ),
          );
        } catch (error) {
          if (!isConditionFailed(error)) throw error;
        }
      },
    };
  }
}
