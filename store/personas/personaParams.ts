/** Pure builders of the persona requests: keys, conditions and expressions, no I/O. */
import type { PersonaRecord } from '../../domain/records';
import { PERSONA_PREFIX, personaKey, personasPartition } from '../keys';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { ITEM_TYPE } from '../items/itemCodec';

export const getPersonaParams = (table: string, workspaceId: string, id: string) => ({
  TableName: table,
  Key: personaKey(workspaceId, id),
  ConsistentRead: true,
});

export function putPersonaParams(table: string, workspaceId: string, persona: PersonaRecord) {
  const { ConditionExpression, ExpressionAttributeNames } = new ExpressionBuilder()
    .notExists()
    .build();
  return {
    TableName: table,
    Item: { ...personaKey(workspaceId, persona.id), entityType: ITEM_TYPE.persona, ...persona },
    ConditionExpression,
    ExpressionAttributeNames,
  };
}

export function updatePersonaParams(
  table: string,
  workspaceId: string,
  id: string,
  set: Partial<PersonaRecord>,
  expectedRevision: number | null,
  now: string,
) {
  const expression = new ExpressionBuilder()
    .setAll({ ...set, updatedAt: now })
    .increment('revision')
    .exists();
  if (expectedRevision !== null) expression.equals('revision', expectedRevision);
  return {
    TableName: table,
    Key: personaKey(workspaceId, id),
    ...expression.build(),
    ReturnValues: 'ALL_NEW' as const,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

export function deletePersonaParams(
  table: string,
  workspaceId: string,
  id: string,
  expectedRevision: number | null,
) {
  const expression = new ExpressionBuilder().exists();
  if (expectedRevision !== null) expression.equals('revision', expectedRevision);
  return {
    TableName: table,
    Key: personaKey(workspaceId, id),
    ...expression.build(),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
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
