/** Pure builder of the transaction that creates a map with its first stages. */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { notFound } from '../../domain/errors';
import type { Actor, HistoryNote } from '../../domain/ports';
import type { MapContents } from '../../domain/records';
import { ITEM_TYPE } from '../itemCodec';
import { mapHeaderKey, mapsListKey, partKey, personaKey } from '../keys';
import { ExpressionBuilder } from '../updateExpression';
import { historyItem } from './historyItem';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export function buildCreateMapTransaction(
  table: string,
  workspaceId: string,
  contents: MapContents,
  meta: { actor: Actor; history: HistoryNote },
): { items: TransactItem[]; meanings: (() => Error)[] } {
  const { header } = contents;
  const mustBeNew = new ExpressionBuilder().notExists().build();
  const mustExist = new ExpressionBuilder().exists().build();
  const parts = [
    ...contents.stages.map((record) => ({ part: 'stage' as const, record })),
    ...contents.touchpoints.map((record) => ({ part: 'touchpoint' as const, record })),
    ...contents.painPoints.map((record) => ({ part: 'painPoint' as const, record })),
    ...contents.kpis.map((record) => ({ part: 'kpi' as const, record })),
  ];
  const items: TransactItem[] = [
    {
      Put: {
        TableName: table,
        Item: {
          ...mapHeaderKey(workspaceId, header.id),
          ...mapsListKey(workspaceId, header.id),
          entityType: ITEM_TYPE.header,
          ...header,
          partCount: parts.length,
        },
        ConditionExpression: mustBeNew.ConditionExpression,
        ExpressionAttributeNames: mustBeNew.ExpressionAttributeNames,
      },
    },
    ...parts.map(({ part, record }) => ({
      Put: {
        TableName: table,
        Item: {
          ...partKey(workspaceId, header.id, part, record.id),
          entityType: ITEM_TYPE[part],
          ...record,
        },
      },
    })),
    ...header.personaIds.map((personaId) => ({
      ConditionCheck: {
        TableName: table,
        Key: personaKey(workspaceId, personaId),
        ...mustExist,
      } as TransactItem['ConditionCheck'],
    })),
    {
      Put: {
        TableName: table,
        Item: historyItem(workspaceId, header.id, meta.actor, meta.history, header.createdAt),
      },
    },
  ];
  const meanings = items.map((_, i) => {
    const personaIndex = i - 1 - parts.length;
    const personaId = header.personaIds[personaIndex];
    return personaId !== undefined
      ? () => notFound('Persona', personaId)
      : () => new Error('map creation failed');
  });
  return { items, meanings };
}
