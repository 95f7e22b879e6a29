/**
 * Pure builders of the persona requests: keys, conditions and expressions, no
 * I/O. Single-item writes carry a `writeToken`: a write re-sent after a lost
 * answer (dynamoClient.ts retries timeouts) finds its own token on the item
 * and knows it already landed, so it is applied once.
 */
import type { PersonaRecord } from '../../domain/personas/persona';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { putNewItemParams } from '../items/newItemPut';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ITEM_TYPE } from '../items/itemCodec';
import { PERSONA_PREFIX, personaKey, personasPartition } from '../keys';

export const getPersonaParams = (table: string, workspaceId: string, id: string) => ({
  TableName: table,
  Key: personaKey(workspaceId, id),
  ConsistentRead: true,
});

export const putPersonaParams = (
  table: string,
  workspaceId: string,
  persona: PersonaRecord,
  writeToken: string,
) =>
  putNewItemParams(
    table,
    personaKey(workspaceId, persona.id),
    ITEM_TYPE.persona,
    persona,
    writeToken,
  );

export function updatePersonaParams(
  table: string,
  workspaceId: string,
  id: string,
  change: { set: Partial<PersonaRecord>; expectedRevision: number | null; now: string },
  writeToken: string,
) {
  const expression = new ExpressionBuilder()
    .setAll({ ...change.set, updatedAt: change.now, writeToken })
    .increment('revision')
    .exists();
  if (change.expectedRevision !== null) expression.equals('revision', change.expectedRevision);
  const token = expression.name('writeToken');
  expression.condition(
    `(attribute_not_exists(${token}) OR ${token} <> ${expression.value(writeToken)})`,
  );
  return {
    TableName: table,
    Key: personaKey(workspaceId, id),
    ...expression.build(),
    ReturnValues: 'ALL_NEW' as const,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** A delete leaves no item to find a token on: it is a one-item transaction, idempotent by its token. */
export function deletePersonaOperation(
  table: string,
  workspaceId: string,
  id: string,
  expectedRevision: number | null,
): TransactItem {
  const expression = new ExpressionBuilder().exists();
  if (expectedRevision !== null) expression.equals('revision', expectedRevision);
  return {
    Delete: {
      TableName: table,
      Key: personaKey(workspaceId, id),
      ...expression.build(),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

export function listPersonasParams(
  table: string,
  workspaceId: string,
  limit: number,
  afterSk: string | null,
) {
  return {
    TableName: table,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
    ExpressionAttributeValues: { ':pk': personasPartition(workspaceId), ':prefix': PERSONA_PREFIX },
    Limit: limit,
    ...(afterSk ? { ExclusiveStartKey: { PK: personasPartition(workspaceId), SK: afterSk } } : {}),
  };
}
