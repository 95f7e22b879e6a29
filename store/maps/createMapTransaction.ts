/**
 * Pure builder of a map creation. A small map (a new map, a template) is one
 * transaction. A large one (a duplicate of a big map) cannot be: its parts are
 * put first, invisible while the map has no header; the transaction that puts
 * the header makes the whole map appear at once. Improvements are first put
 * without their backlog index keys, so that backlog listings cannot show them
 * before their map exists, and indexed right after.
 */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { notFound } from '../../domain/errors';
import type { Actor, HistoryNote } from '../../domain/ports';
import type { MapContents, MapPartKind, MapPartRecords } from '../../domain/records';
import { ITEM_TYPE, type Item } from '../itemCodec';
import { mapHeaderKey, mapsListKey, partKey, personaKey } from '../keys';
import { partItem } from '../partItem';
import { ExpressionBuilder } from '../updateExpression';
import { historyItem } from './historyItem';
import { TRANSACTION_ITEM_LIMIT } from './mapWriteTransaction';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface CreateMapSteps {
  /** Parts to put before the transaction (none for a small map). */
  staged: Item[];
  items: TransactItem[];
  /** What each transaction item's failure means (the header's: the id is taken). */
  meanings: (() => Error)[];
  /** Improvements to put again, with their index keys, after the transaction. */
  indexAfter: Item[];
}

const partsOf = (
  contents: MapContents,
): { part: MapPartKind; record: MapPartRecords[MapPartKind] }[] => [
  ...contents.stages.map((record) => ({ part: 'stage' as const, record })),
  ...contents.touchpoints.map((record) => ({ part: 'touchpoint' as const, record })),
  ...contents.painPoints.map((record) => ({ part: 'painPoint' as const, record })),
  ...contents.kpis.map((record) => ({ part: 'kpi' as const, record })),
  ...contents.improvements.map((record) => ({ part: 'improvement' as const, record })),
];

export function buildCreateMapTransaction(
  table: string,
  workspaceId: string,
  contents: MapContents,
  meta: { actor: Actor; history: HistoryNote },
): CreateMapSteps {
  const { header } = contents;
  const mustBeNew = new ExpressionBuilder().notExists().build();
  const mustExist = new ExpressionBuilder().exists().build();
  const parts = partsOf(contents);
  const fixed: TransactItem[] = [
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
  const meanings = fixed.map((_, i) => {
    const personaId = header.personaIds[i - 1];
    return i > 0 && personaId !== undefined
      ? () => notFound('Persona', personaId)
      : () => new Error('map creation failed');
  });
  const full = parts.map(({ part, record }) => partItem(workspaceId, header.id, part, record));
  if (fixed.length + full.length <= TRANSACTION_ITEM_LIMIT) {
    return {
      staged: [],
      items: [...fixed, ...full.map((Item) => ({ Put: { TableName: table, Item } }))],
      meanings,
      indexAfter: [],
    };
  }
  const improvements = full.filter((item) => item.entityType === ITEM_TYPE.improvement);
  const unindexed = (item: Item): Item => ({
    ...partKey(workspaceId, header.id, 'improvement', String(item.id)),
    ...Object.fromEntries(Object.entries(item).filter(([k]) => !/PK$|SK$/.test(k))),
  });
  return {
    staged: full.map((item) =>
      item.entityType === ITEM_TYPE.improvement ? unindexed(item) : item,
    ),
    items: fixed,
    meanings,
    indexAfter: improvements,
  };
}
