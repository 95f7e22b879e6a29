import type { RestoreMeta } from '../../../../domain/ports/mapStore';
import type { RestorePlan } from '../../../../domain/versions/planRestore';
import type { TransactItem } from '../../../../store/dynamo/transactionLimits';
import { ITEM_TYPE } from '../../../../store/items/itemCodec';
import { partItem } from '../../../../store/items/partItem';
import * as keys from '../../../../store/keys';
import { mapHeaderKey, mapsListKey, partKey } from '../../../../store/keys';
import {
  STALE_RESTORE_MS,
  commitRestore,
  headerMeaning,
  markRestoring,
  singleRestoreTransaction,
} from '../../../../store/maps/restoreSteps';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW, TABLE, WS } from '../../support/table';

const TARGET = { table: TABLE, workspaceId: WS, mapId: MAP };
const [STAGE, TOUCHPOINT, KPI, MARIE] = [testId(11), testId(21), testId(41), testId(901)];
const IMPROVEMENT = `${MAP}:${testId(51)}`;
const minutesBefore = (minutes: number, ms = 0) =>
  new Date(Date.parse(NOW) - minutes * 60_000 - ms).toISOString();

const stage = make.stage({ id: STAGE, name: 'Découverte' });
const touchpoint = make.touchpoint({ id: TOUCHPOINT, stageId: STAGE, emotionScore: -1 });
const improvement = make.improvement({ id: IMPROVEMENT, mapId: MAP, stageId: STAGE });

/** Version 2 puts back a touchpoint and an improvement, keeps the stage, and drops a KPI. */
const plan: RestorePlan = {
  header: {
    title: 'Souscription SaaS — v2',
    status: 'ACTIVE',
    personaIds: [MARIE],
    lastReviewedAt: '2025-03-01T00:00:00.000Z',
    nextReviewAt: '2025-05-30T00:00:00.000Z',
  },
  puts: [
    { part: 'touchpoint', record: touchpoint },
    { part: 'improvement', record: improvement },
  ],
  deletes: [{ part: 'kpi', id: KPI }],
  all: [
    { part: 'stage', record: stage },
    { part: 'touchpoint', record: touchpoint },
    { part: 'improvement', record: improvement },
  ],
};

const meta = (fields: Partial<RestoreMeta> = {}): RestoreMeta => ({
  version: 2,
  seenChangeSeq: 12,
  revision: { expected: 3, source: 'read' },
  now: NOW,
  actor: ACTOR,
  history: {
    operation: 'restoreJourneyMapVersion',
    entity: 'JourneyMap',
    entityId: MAP,
    summary: 'Draft restored to version 2 "v2 2025" (2 part(s) written, 1 removed)',
  },
  ...fields,
});

/** The draft's header as stored, read at changeSeq 12 and revision 3. */
const storedHeader = (fields: Item = {}): Item => ({
  ...mapHeaderKey(WS, MAP),
  ...mapsListKey(WS, MAP),
  entityType: ITEM_TYPE.header,
  id: MAP,
  title: 'Brouillon',
  status: 'DRAFT',
  personaIds: [],
  revision: 3,
  changeSeq: 12,
  partCount: 9,
  updatedAt: '2025-05-01T00:00:00.000Z',
  ...fields,
});

const updateOf = (item: TransactItem | undefined) => {
  if (!item?.Update) throw new Error('not an Update');
  return item.Update;
};

describe('Restore steps', () => {
  describe('singleRestoreTransaction', () => {
    const items = singleRestoreTransaction(TARGET, plan, meta());
    const header = updateOf(items[0]);

    it('starts with the map’s header, and asks for it as it was when its condition fails', () => {
      expect(header.Key).toEqual(mapHeaderKey(WS, MAP));
      expect(header.TableName).toBe(TABLE);
      expect(header.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    });

    it('sets the header back, counts the restored parts, and bumps the revision and change counter', () => {
      expect(applyUpdate(storedHeader(), header)).toEqual({
        ...storedHeader(),
        ...plan.header,
        updatedAt: NOW,
        partCount: 3,
        revision: 4,
        changeSeq: 13,
        lastChange: expect.objectContaining({
          operation: 'restoreJourneyMapVersion',
          actorId: 'user-42',
          changes: [{ entity: 'JourneyMap', entityId: MAP, change: 'UPDATED', fields: [] }],
        }),
        ...(plan.header.nextReviewAt ? keys.reviewAlertKey(plan.header.nextReviewAt) : {}),
      });
    });

    it('applies only to the map as read: same change counter, same revision, live, not being restored', () => {
      expect(conditionHolds(storedHeader(), header)).toBe(true);
      expect(conditionHolds(storedHeader({ changeSeq: 13 }), header)).toBe(false);
      expect(conditionHolds(storedHeader({ revision: 4 }), header)).toBe(false);
      expect(conditionHolds(storedHeader({ deletedAt: NOW }), header)).toBe(false);
      expect(conditionHolds(null, header)).toBe(false);
      expect(
        conditionHolds(
          storedHeader({ restoringFrom: 1, restoreStartedAt: minutesBefore(10) }),
          header,
        ),
      ).toBe(false);
    });

    it('puts back each written part whole, an improvement with its backlog index keys', () => {
      expect(items.slice(1, 3)).toEqual([
        {
          Put: {
            TableName: TABLE,
            Item: { ...partItem(WS, MAP, 'touchpoint', touchpoint), changedBy: ACTOR },
          },
        },
        {
          Put: {
            TableName: TABLE,
            Item: { ...partItem(WS, MAP, 'improvement', improvement), changedBy: ACTOR },
          },
        },
      ]);
      expect(items[2]?.Put?.Item).toHaveProperty('mapBacklogPK');
    });

    it('deletes the parts the version did not have', () => {
      expect(items[3]).toEqual({
        Delete: { TableName: TABLE, Key: partKey(WS, MAP, 'kpi', KPI) },
      });
    });

    it('writes nothing for the parts that already match', () => {
      const written = items.flatMap((i) => [i.Put?.Item?.SK, i.Delete?.Key?.SK]);
      expect(written).not.toContain(partKey(WS, MAP, 'stage', STAGE).SK);
      expect(items).toHaveLength(1 + 2 + 1 + 1);
    });

    it('ends with the history entry: who, when and what', () => {
      expect(items.at(-1)?.Put?.Item).toMatchObject({
        PK: mapHeaderKey(WS, MAP).PK,
        entityType: ITEM_TYPE.history,
        at: NOW,
        actorKind: 'USER',
        actorId: 'user-42',
        operation: 'restoreJourneyMapVersion',
        entity: 'JourneyMap',
        entityId: MAP,
      });
    });
  });

  describe('markRestoring', () => {
    const mark = updateOf(markRestoring(TARGET, meta()));

    it('marks the header with the version and the start time, and bumps the change counter only', () => {
      expect(applyUpdate(storedHeader(), mark)).toEqual({
        ...storedHeader(),
        restoringFrom: 2,
        restoreStartedAt: NOW,
        changeSeq: 13,
      });
      expect(mark.Key).toEqual(mapHeaderKey(WS, MAP));
      expect(mark.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    });

    it('holds the map only as read: same change counter, same revision, live', () => {
      expect(conditionHolds(storedHeader(), mark)).toBe(true);
      expect(conditionHolds(storedHeader({ changeSeq: 13 }), mark)).toBe(false);
      expect(conditionHolds(storedHeader({ revision: 2 }), mark)).toBe(false);
      expect(conditionHolds(storedHeader({ deletedAt: NOW }), mark)).toBe(false);
      expect(conditionHolds(null, mark)).toBe(false);
    });

    describe('when another restore holds the map', () => {
      const heldSince = (startedAt: string) =>
        storedHeader({ restoringFrom: 1, restoreStartedAt: startedAt });

      it('deems a marker stale after two minutes', () => {
        expect(STALE_RESTORE_MS).toBe(2 * 60 * 1000);
      });

      it('waits for a restore that started less than two minutes ago', () => {
        expect(conditionHolds(heldSince(minutesBefore(1)), mark)).toBe(false);
        expect(conditionHolds(heldSince(minutesBefore(0)), mark)).toBe(false);
      });

      it('waits still at exactly two minutes', () => {
        expect(conditionHolds(heldSince(minutesBefore(2)), mark)).toBe(false);
      });

      it('takes over a restore that started more than two minutes ago (it was interrupted)', () => {
        expect(conditionHolds(heldSince(minutesBefore(2, 1)), mark)).toBe(true);
        const after = applyUpdate(heldSince(minutesBefore(30)), mark);
        expect(after).toMatchObject({ restoringFrom: 2, restoreStartedAt: NOW, changeSeq: 13 });
      });
    });
  });

  describe('commitRestore', () => {
    const [commit, history] = commitRestore(TARGET, plan, meta());
    const update = updateOf(commit);
    const marked = () => applyUpdate(storedHeader(), updateOf(markRestoring(TARGET, meta())));

    it('after markRestoring, sets the header back and unmarks it: one revision and two changes later', () => {
      const after = applyUpdate(marked(), update);
      expect(after).toEqual({
        ...storedHeader(),
        ...plan.header,
        updatedAt: NOW,
        partCount: 3,
        revision: 4,
        changeSeq: 14,
        lastChange: expect.objectContaining({
          operation: 'restoreJourneyMapVersion',
          actorId: 'user-42',
          changes: [{ entity: 'JourneyMap', entityId: MAP, change: 'UPDATED', fields: [] }],
        }),
        ...(plan.header.nextReviewAt ? keys.reviewAlertKey(plan.header.nextReviewAt) : {}),
      });
      expect(after).not.toHaveProperty('restoringFrom');
      expect(after).not.toHaveProperty('restoreStartedAt');
    });

    it('applies only while the map is held by this very restore', () => {
      expect(conditionHolds(marked(), update)).toBe(true);
      const takenOver = { ...marked(), restoreStartedAt: '2025-06-01T12:03:00.000Z' };
      expect(conditionHolds(takenOver, update)).toBe(false);
      expect(conditionHolds({ ...marked(), restoringFrom: 1 }, update)).toBe(false);
      expect(conditionHolds(storedHeader(), update)).toBe(false);
      expect(conditionHolds({ ...marked(), deletedAt: NOW }, update)).toBe(false);
      expect(conditionHolds(null, update)).toBe(false);
    });

    it('writes the history entry with it', () => {
      expect(history?.Put?.Item).toMatchObject({
        entityType: ITEM_TYPE.history,
        at: NOW,
        operation: 'restoreJourneyMapVersion',
      });
    });
  });

  describe('headerMeaning', () => {
    const meaning = headerMeaning(MAP, meta({ revision: { expected: 3, source: 'caller' } }));

    it('reads a missing or deleted header as a map not found', () => {
      const notFound = { reason: 'notFound', entity: 'JourneyMap', id: MAP };
      expect(meaning(null)).toEqual(notFound);
      expect(meaning(storedHeader({ deletedAt: NOW }))).toEqual(notFound);
    });

    it('reads another revision as a revision mismatch, with the current one', () => {
      expect(meaning(storedHeader({ revision: 5 }))).toEqual({
        reason: 'revisionMismatch',
        entity: 'JourneyMap',
        id: MAP,
        check: { expected: 3, source: 'caller' },
        current: 5,
      });
    });

    it('reads anything else as a map that changed since it was read', () => {
      expect(meaning(storedHeader({ changeSeq: 13 }))).toEqual({ reason: 'mapChanged' });
      expect(meaning(storedHeader({ restoringFrom: 1 }))).toEqual({ reason: 'mapChanged' });
    });
  });
});
