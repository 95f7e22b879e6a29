/**
 * Pure builders of the Idempotency-Key requests (no I/O). One item per key of
 * a caller, in one of three states:
 * - `IN_PROGRESS`: a request holds the key (`leaseToken`) until `leaseUntil`;
 * - `COMMITTED`: its change was applied (marked in the change's transaction);
 * - `COMPLETED`: its response is kept, to be replayed.
 * `ttl` (epoch seconds, DynamoDB's TTL attribute) is 24 hours after the
 * key's first use; an item past it counts as absent even before DynamoDB
 * deletes it (which can take a day or two).
 */
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { ITEM_TYPE } from '../items/itemCodec';
import { idempotencyKey, type TableKey } from '../keys';

export const IDEMPOTENCY_STATES = ['IN_PROGRESS', 'COMMITTED', 'COMPLETED'] as const;
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];

/** How long a key is remembered after its first use. */
export const RETENTION_SECONDS = 24 * 60 * 60;
/**
 * How long a request holds a key before another may take it over: beyond the
 * function's 15-second timeout, so only a request that died loses it. A
 * request that lost its key cannot commit (its marker's condition fails).
 */
export const LEASE_MS = 30_000;

export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/** Claims the key: absent, expired, or held by a request that died before committing. */
export function claimParams(
  table: string,
  key: TableKey,
  claim: {
    caller: string;
    idempotencyKey: string;
    fingerprint: string;
    leaseToken: string;
    now: Date;
  },
) {
  const b = new ExpressionBuilder();
  const state = b.name('state');
  const leaseUntil = b.name('leaseUntil');
  b.condition(
    `(attribute_not_exists(${b.name('PK')}) OR ${b.name('ttl')} <= ${b.value(epochSeconds(claim.now))} OR (${state} = ${b.value('IN_PROGRESS')} AND ${leaseUntil} < ${b.value(claim.now.toISOString())}))`,
  );
  const { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = b.build();
  return {
    TableName: table,
    Item: {
      ...key,
      entityType: ITEM_TYPE.idempotency,
      caller: claim.caller,
      idempotencyKey: claim.idempotencyKey,
      fingerprint: claim.fingerprint,
      state: 'IN_PROGRESS' satisfies IdempotencyState,
      leaseToken: claim.leaseToken,
      leaseUntil: new Date(claim.now.getTime() + LEASE_MS).toISOString(),
      firstSeenAt: claim.now.toISOString(),
      ttl: epochSeconds(claim.now) + RETENTION_SECONDS,
    },
    ConditionExpression,
    ExpressionAttributeNames,
    ExpressionAttributeValues,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** Marks the key committed, if this request still holds it. */
function commitExpression(leaseToken: string, now: string) {
  const b = new ExpressionBuilder();
  const committedAt = b.name('committedAt');
  return b
    .setAll({ state: 'COMMITTED' satisfies IdempotencyState })
    .setClause(`${committedAt} = if_not_exists(${committedAt}, ${b.value(now)})`)
    .equals('leaseToken', leaseToken)
    .build();
}

/** The operation added to the transaction that commits the request's change. */
export const commitOperation = (
  table: string,
  key: TableKey,
  leaseToken: string,
  now: string,
): TransactItem => ({
  Update: {
    TableName: table,
    Key: key,
    ...commitExpression(leaseToken, now),
  } as TransactItem['Update'],
});

/** The same mark as a request of its own, after a write that was not a transaction. */
export const commitParams = (table: string, key: TableKey, leaseToken: string, now: string) => ({
  TableName: table,
  Key: key,
  ...commitExpression(leaseToken, now),
});

/** Keeps the response of a committed request (gzipped body, or none when too large to keep). */
export function completeParams(
  table: string,
  key: TableKey,
  leaseToken: string,
  response: { status: number; headers: Record<string, string>; body: Uint8Array | null },
  now: string,
) {
  const b = new ExpressionBuilder().setAll({
    state: 'COMPLETED' satisfies IdempotencyState,
    completedAt: now,
    responseStatus: response.status,
    responseHeaders: response.headers,
    responseKept: response.body !== null,
    ...(response.body !== null ? { responseBody: response.body } : {}),
  });
  return { TableName: table, Key: key, ...b.equals('leaseToken', leaseToken).build() };
}

/** Frees the key of a request that wrote nothing, so that a retry runs again. */
export function releaseParams(table: string, key: TableKey, leaseToken: string) {
  const b = new ExpressionBuilder()
    .equals('leaseToken', leaseToken)
    .equals('state', 'IN_PROGRESS' satisfies IdempotencyState);
  const { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = b.build();
  return {
    TableName: table,
    Key: key,
    ConditionExpression,
    ExpressionAttributeNames,
    ExpressionAttributeValues,
  };
}

export { idempotencyKey };
