import { ITEM_TYPE } from '../../../../store/items/itemCodec';
import * as keys from '../../../../store/keys';
import { deleteMapSteps } from '../../../../store/maps/deleteMapSteps';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { testId } from '../../support/records';
import { MAP, NOW, TABLE, WS } from '../../support/table';
import { keyConditionHolds } from '../queries';

const storedHeader = (fields: Item = {}): Item => ({
  ...keys.mapHeaderKey(WS, MAP),
  ...keys.mapsListKey(WS, MAP),
  entityType: ITEM_TYPE.header,
  id: MAP,
  title: 'Souscription SaaS',
  revision: 3,
  changeSeq: 12,
  ...fields,
});

const ACTOR = { kind: 'USER', id: 'owner-1' } as const;
const steps = (expectedRevision: number | null = null) =>
  deleteMapSteps(TABLE, WS, MAP, expectedRevision, {
    actor: ACTOR,
    history: {
      operation: 'deleteJourneyMap',
      entity: 'JourneyMap',
      entityId: MAP,
      summary: 'Map deleted',
    },
    now: NOW,
  });

const markDeleted = (expectedRevision: number | null = null) => {
  const update = steps(expectedRevision).markDeleted.Update;
  if (!update) throw new Error('markDeleted is not an Update');
  return update;
};

describe('deleteMapSteps', () => {
  it('addresses the map’s header', () => {
    expect(steps().headerKey).toEqual(keys.mapHeaderKey(WS, MAP));
    expect(markDeleted().Key).toEqual(keys.mapHeaderKey(WS, MAP));
    expect(markDeleted().TableName).toBe(TABLE);
  });

  describe('marking the map deleted', () => {
    it('stamps the deletion and takes the map off the workspace list, keeping the rest', () => {
      const after = applyUpdate(storedHeader(), markDeleted());
      expect(after.deletedAt).toBe(NOW);
      expect(after).not.toHaveProperty('wsPK');
      expect(after).not.toHaveProperty('wsSK');
      expect(after).toMatchObject({ id: MAP, title: 'Souscription SaaS', revision: 3 });
    });

    it('takes the map off the review reminders', () => {
      const after = applyUpdate(
        storedHeader({ ...keys.reviewAlertKey('2025-06-30T00:00:00.000Z') }),
        markDeleted(),
      );
      expect(after).not.toHaveProperty('reviewPK');
      expect(after).not.toHaveProperty('reviewAlertAt');
    });

    it('records the deletion as the map’s last change, for the table’s stream', () => {
      const after = applyUpdate(storedHeader(), markDeleted());
      expect(after.changeSeq).toBe(13);
      expect(after.lastChange).toMatchObject({
        at: NOW,
        actorKind: 'USER',
        actorId: 'owner-1',
        operation: 'deleteJourneyMap',
        changes: [{ entity: 'JourneyMap', entityId: MAP, change: 'DELETED', fields: [] }],
      });
    });

    it('applies only to a live map: not to a missing or already deleted one', () => {
      expect(conditionHolds(storedHeader(), markDeleted())).toBe(true);
      expect(conditionHolds(null, markDeleted())).toBe(false);
      expect(conditionHolds(storedHeader({ deletedAt: NOW }), markDeleted())).toBe(false);
    });

    it('holds at any revision when none is expected', () => {
      expect(conditionHolds(storedHeader({ revision: 99 }), markDeleted())).toBe(true);
    });

    it('with an expected revision, fails when the map is at another one', () => {
      expect(conditionHolds(storedHeader({ revision: 3 }), markDeleted(3))).toBe(true);
      expect(conditionHolds(storedHeader({ revision: 4 }), markDeleted(3))).toBe(false);
    });
  });

  describe('listing what to sweep', () => {
    const { listKeys } = steps();

    it('selects every item of the map’s partition: header, parts, history and versions', () => {
      for (const key of [
        keys.mapHeaderKey(WS, MAP),
        keys.partKey(WS, MAP, 'stage', testId(11)),
        keys.partKey(WS, MAP, 'improvement', `${MAP}:${testId(51)}`),
        keys.historyKey(WS, MAP, testId(3)),
        keys.versionMetaKey(WS, MAP, 1),
        keys.versionListKey(WS, MAP, 1),
        keys.versionChunkKey(WS, MAP, 1, 'token', 0),
      ]) {
        expect(keyConditionHolds({ ...key }, listKeys)).toBe(true);
      }
    });

    it('selects nothing of another map or of another workspace', () => {
      expect(keyConditionHolds({ ...keys.mapHeaderKey(WS, testId(2)) }, listKeys)).toBe(false);
      expect(keyConditionHolds({ ...keys.mapHeaderKey('other', MAP) }, listKeys)).toBe(false);
    });

    it('reads only the keys of the items', () => {
      const projected = listKeys.ProjectionExpression?.split(',').map(
        (name) => listKeys.ExpressionAttributeNames?.[name.trim()],
      );
      expect(projected).toEqual(['PK', 'SK']);
    });
  });
});
