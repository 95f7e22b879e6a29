/**
 * Pure builder of a map creation. A small map (a new map, a template) is one
 * transaction. A large one (a duplicate of a big map) cannot be, so:
 *   1. `reserve` puts the header, marked pending: the id is taken, but
 *      readers and writers treat the map as absent;
 *   2. the parts are put (`staged`); improvements without their backlog
 *      index keys, so backlog listings cannot show them yet;
 *   3. `items` (one transaction) unmarks the header and lists the map: the
 *      whole map appears at once, with its history entry;
 *   4. `indexAfter` puts the improvements again, with their index keys.
 * A failure before step 3 deletes what was staged and the pending header.
 */
import type { WriteRejection } from '../../domain/ports/writeOutcome';
import type { Actor } from '../../domain/context/actor';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import type { MapContents } from '../../domain/maps/mapContents';
import type { PersonaRecord } from '../../domain/personas/persona';
import type { MapPartKind, MapPartRecords } from '../../domain/parts/mapParts';
import { ITEM_TYPE, type Item } from '../items/itemCodec';
import { putPersonaParams } from '../personas/personaParams';
import { mapHeaderKey, mapsListKey, partKey, personaKey } from '../keys';
import { partItem } from '../items/partItem';
import { fitsInOneTransaction, type TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { historyItem } from '../history/historyItem';
import { lastChangeAttribute } from '../history/lastChange';
import { reviewAlertAttributes } from '../reviews/reviewAlert';

/** A pending header older than this belongs to a creation that died; its id may be taken again. */
export const STALE_PENDING_MS = 2 * 60 * 1000;

export interface CreateMapSteps {
  /** Step 1 of a large creation (null for a small one). */
  reserve: TransactItem | null;
  /** Step 2: parts to put before the transaction (none for a small map). */
  staged: Item[];
  /** Step 3: the transaction. */
  items: TransactItem[];
  /** What each transaction item's failure means. */
  meanings: (() => WriteRejection)[];
  /** Step 4: improvements to put again, with their index keys. */
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

/** True for a header left pending by a creation that died (older than STALE_PENDING_MS). */
export function isAbandoned(header: Item | null, now: string): boolean {
  if (!header?.pendingCreation || typeof header.pendingSince !== 'string') return false;
  return header.pendingSince < new Date(Date.parse(now) - STALE_PENDING_MS).toISOString();
}

const taken = (id: string) => (): WriteRejection => ({
  reason: 'alreadyExists',
  entity: 'JourneyMap',
  id,
});

export function buildCreateMapTransaction(
  table: string,
  workspaceId: string,
  contents: MapContents,
  meta: {
    actor: Actor;
    history: HistoryNote;
    now: string;
    token: string;
    /** Personas created with the map (an import): put in its visible step, not checked. */
    newPersonas?: readonly PersonaRecord[];
  },
  /** Take the steps even for a small map (to take over the id of a creation that died). */
  options: { inSteps?: boolean } = {},
): CreateMapSteps {
  const { header } = contents;
  const parts = partsOf(contents);
  const history = historyItem(workspaceId, header.id, meta.actor, meta.history, header.createdAt);
  // Note: a creation is one change of the map as a whole, however many parts it starts with.
  const lastChange = lastChangeAttribute(history.id, meta.actor, meta.history, header.createdAt, {
    changes: [{ entity: 'JourneyMap', entityId: header.id, change: 'CREATED', fields: [] }],
    omitted: 0,
  });
  /** What makes the map visible: listed, due for review, its creation recorded. */
  const visible = {
    ...mapsListKey(workspaceId, header.id),
    ...reviewAlertAttributes(header.nextReviewAt),
    lastChange,
  };
  const headerItem = {
    ...mapHeaderKey(workspaceId, header.id),
    ...visible,
    entityType: ITEM_TYPE.header,
    ...header,
    partCount: parts.length,
  };
  const mustExist = new ExpressionBuilder().exists().build();
  const created = new Map((meta.newPersonas ?? []).map((p) => [p.id, p]));
  const checks: TransactItem[] = [
    ...header.personaIds.map((personaId): TransactItem => {
      const persona = created.get(personaId);
      if (persona) {
        return { Put: putPersonaParams(table, workspaceId, persona, meta.token) };
      }
      return {
        ConditionCheck: {
          TableName: table,
          Key: personaKey(workspaceId, personaId),
          ...mustExist,
        } as TransactItem['ConditionCheck'],
      };
    }),
    { Put: { TableName: table, Item: history } },
  ];
  const checkMeanings = header.personaIds.map((personaId) => (): WriteRejection => ({
    reason: created.has(personaId) ? 'alreadyExists' : 'notFound',
    entity: 'Persona',
    id: personaId,
  }));
  const full = parts.map(({ part, record }) => partItem(workspaceId, header.id, part, record));

  const mustBeNew = new ExpressionBuilder().notExists().build();
  const small: TransactItem[] = [
    {
      Put: {
        TableName: table,
        Item: headerItem,
        ConditionExpression: mustBeNew.ConditionExpression,
        ExpressionAttributeNames: mustBeNew.ExpressionAttributeNames,
        // Note: says whether the id is taken by a map or by a creation that died (isAbandoned).
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    ...checks,
    ...full.map((Item) => ({ Put: { TableName: table, Item } })),
  ];
  if (!options.inSteps && fitsInOneTransaction(small)) {
    // The header's failure means the id is taken (the caller says so); the rest are persona checks.
    return {
      reserve: null,
      staged: [],
      items: small,
      meanings: [taken(header.id), ...checkMeanings],
      indexAfter: [],
    };
  }

  const unlisted: Item = Object.fromEntries(
    Object.entries(headerItem).filter(([name]) => !(name in visible)),
  );
  const reserveCondition = new ExpressionBuilder();
  const staleBefore = new Date(Date.parse(meta.now) - STALE_PENDING_MS).toISOString();
  reserveCondition.condition(
    `attribute_not_exists(${reserveCondition.name('PK')}) OR ${reserveCondition.name('pendingSince')} < ${reserveCondition.value(staleBefore)}`,
  );
  const reserve: TransactItem = {
    Put: {
      TableName: table,
      Item: { ...unlisted, pendingCreation: meta.token, pendingSince: meta.now },
      ...reserveCondition.build(),
    },
  };
  const publish = new ExpressionBuilder()
    .setAll(visible)
    .removeAll(['pendingCreation', 'pendingSince'])
    .equals('pendingCreation', meta.token);
  const unindexed = (item: Item): Item => ({
    ...partKey(workspaceId, header.id, 'improvement', String(item.id)),
    ...Object.fromEntries(Object.entries(item).filter(([k]) => !/PK$|SK$/.test(k))),
  });
  return {
    reserve,
    staged: full.map((item) =>
      item.entityType === ITEM_TYPE.improvement ? unindexed(item) : item,
    ),
    items: [
      {
        Update: {
          TableName: table,
          Key: mapHeaderKey(workspaceId, header.id),
          ...publish.build(),
        } as TransactItem['Update'],
      },
      ...checks,
    ],
    // Another creation took the pending header over (this one was too slow): the id is taken.
    meanings: [taken(header.id), ...checkMeanings],
    indexAfter: full.filter((item) => item.entityType === ITEM_TYPE.improvement),
  };
}
