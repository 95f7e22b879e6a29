import type { MapFilter } from '../../../../domain/ports/mapStore';
import { ITEM_TYPE } from '../../../../store/items/itemCodec';
import { partItem } from '../../../../store/items/partItem';
import * as keys from '../../../../store/keys';
import {
  deletePendingHeaderParams,
  listMapsParams,
  readHeaderParams,
  readMapParams,
} from '../../../../store/maps/mapParams';
import { conditionHolds, type Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { MAP, TABLE, WS } from '../../support/table';
import { filterHolds, keyConditionHolds, queryReturns } from '../queries';

const OTHER_MAP = testId(2);
const [STAGE, TOUCHPOINT] = [testId(11), testId(21)];
const [MARIE, YOUSSEF] = [testId(901), testId(902)];

/** A map's header as stored: listed in the Workspace index. */
const headerItem = (ws = WS, id = MAP, fields: Item = {}): Item => ({
  ...keys.mapHeaderKey(ws, id),
  ...keys.mapsListKey(ws, id),
  entityType: ITEM_TYPE.header,
  ...make.header({ id }),
  partCount: 0,
  ...fields,
});

/** One item of each kind a map's partition holds. */
const partitionItems = (ws: string, mapId: string) => ({
  content: [
    headerItem(ws, mapId),
    partItem(ws, mapId, 'stage', make.stage({ id: STAGE })),
    partItem(ws, mapId, 'touchpoint', make.touchpoint({ id: TOUCHPOINT, stageId: STAGE })),
    partItem(ws, mapId, 'painPoint', make.painPoint({ id: testId(31), touchpointId: TOUCHPOINT })),
    partItem(ws, mapId, 'kpi', make.kpi({ id: testId(41), stageId: STAGE })),
    partItem(ws, mapId, 'improvement', make.improvement({ id: `${mapId}:${testId(51)}`, mapId })),
  ],
  other: [
    { ...keys.historyKey(ws, mapId, testId(3)), entityType: ITEM_TYPE.history },
    { ...keys.versionMetaKey(ws, mapId, 1), entityType: ITEM_TYPE.version },
    { ...keys.versionListKey(ws, mapId, 1), entityType: ITEM_TYPE.version },
    { ...keys.versionChunkKey(ws, mapId, 1, 'token', 0), entityType: ITEM_TYPE.versionChunk },
  ],
});

const NO_FILTER: MapFilter = {
  status: null,
  state: null,
  personaId: null,
  tag: null,
  reviewDueBefore: null,
};
const list = (filter: Partial<MapFilter> = {}, after: string | null = null, limit?: number) =>
  listMapsParams(TABLE, WS, { ...NO_FILTER, ...filter }, after, limit);

describe('Map request builders', () => {
  describe('readMapParams', () => {
    const params = readMapParams(TABLE, WS, MAP);

    it('reads the header and every part of the map', () => {
      for (const item of partitionItems(WS, MAP).content) {
        expect([item.SK, keyConditionHolds(item, params)]).toEqual([item.SK, true]);
      }
    });

    it('leaves out the history and the published versions that share the partition', () => {
      for (const item of partitionItems(WS, MAP).other) {
        expect([item.SK, keyConditionHolds(item, params)]).toEqual([item.SK, false]);
      }
    });

    it('reads nothing of another map, or of the same map id in another workspace', () => {
      const foreign = [
        ...partitionItems(WS, OTHER_MAP).content,
        ...partitionItems('other', MAP).content,
      ];
      for (const item of foreign) expect(keyConditionHolds(item, params)).toBe(false);
    });

    it('is strongly consistent, from the table itself', () => {
      expect(params).toMatchObject({ TableName: TABLE, ConsistentRead: true });
      expect(params.IndexName).toBeUndefined();
      expect(params.FilterExpression).toBeUndefined();
    });
  });

  describe('readHeaderParams', () => {
    it('gets the header of the map in the caller’s workspace, strongly consistent', () => {
      expect(readHeaderParams(TABLE, WS, MAP)).toEqual({
        TableName: TABLE,
        Key: keys.mapHeaderKey(WS, MAP),
        ConsistentRead: true,
      });
    });
  });

  describe('listMapsParams', () => {
    it('queries the Workspace index, newest first', () => {
      const params = list();
      expect(params).toMatchObject({
        TableName: TABLE,
        IndexName: keys.WORKSPACE_INDEX,
        ScanIndexForward: false,
      });
    });

    it('selects the workspace’s map headers, not its improvements, nor other workspaces’ maps', () => {
      const params = list();
      expect(keyConditionHolds(headerItem(), params)).toBe(true);
      expect(keyConditionHolds(headerItem(WS, OTHER_MAP), params)).toBe(true);
      const improvement = partitionItems(WS, MAP).content.at(-1)!;
      expect(improvement.wsPK).toBeDefined();
      expect(keyConditionHolds(improvement, params)).toBe(false);
      expect(keyConditionHolds(headerItem('other'), params)).toBe(false);
    });

    it('filters nothing without a filter', () => {
      expect(list().FilterExpression).toBeUndefined();
    });

    it('passes the limit when one is given, and none otherwise', () => {
      expect(list({}, null, 21).Limit).toBe(21);
      expect(list()).not.toHaveProperty('Limit');
    });

    const cases: [string, Partial<MapFilter>, Item, Item][] = [
      ['status', { status: 'ACTIVE' }, { status: 'ACTIVE' }, { status: 'DRAFT' }],
      ['state', { state: 'FUTURE' }, { state: 'FUTURE' }, { state: 'CURRENT' }],
      [
        'personaId',
        { personaId: MARIE },
        { personaIds: [YOUSSEF, MARIE] },
        { personaIds: [YOUSSEF] },
      ],
      ['tag', { tag: 'b2b' }, { tags: ['saas', 'b2b'] }, { tags: ['saas', 'b2b2c'] }],
      [
        'reviewDueBefore',
        { reviewDueBefore: '2025-07-01T00:00:00.000Z' },
        { nextReviewAt: '2025-06-30T23:59:59.999Z' },
        { nextReviewAt: '2025-07-01T00:00:00.000Z' },
      ],
    ];

    it.each(cases)(
      'with a %s filter, keeps the maps that match and drops the others',
      (_, filter, matching, other) => {
        const params = list(filter);
        expect(queryReturns(headerItem(WS, MAP, matching), params)).toBe(true);
        expect(queryReturns(headerItem(WS, MAP, other), params)).toBe(false);
      },
    );

    it('with every filter at once, keeps only the maps that match them all', () => {
      const all = Object.assign({}, ...cases.map(([, filter]) => filter)) as Partial<MapFilter>;
      const matching = Object.assign({}, ...cases.map(([, , match]) => match)) as Item;
      const params = list(all);
      expect(queryReturns(headerItem(WS, MAP, matching), params)).toBe(true);
      for (const [name, , , other] of cases) {
        expect([name, filterHolds(headerItem(WS, MAP, { ...matching, ...other }), params)]).toEqual(
          [name, false],
        );
      }
    });

    it('starts after the cursor’s map, at its keys in the caller’s workspace', () => {
      const params = list({}, OTHER_MAP);
      expect(params.ExclusiveStartKey).toEqual({
        ...keys.mapHeaderKey(WS, OTHER_MAP),
        ...keys.mapsListKey(WS, OTHER_MAP),
      });
      const start = params.ExclusiveStartKey as Item;
      const listed = headerItem(WS, OTHER_MAP);
      expect(start).toEqual({ PK: listed.PK, SK: listed.SK, wsPK: listed.wsPK, wsSK: listed.wsSK });
      expect(String(start.PK).startsWith('W#acme#')).toBe(true);
      expect(String(start.wsPK).startsWith('W#acme#')).toBe(true);
      expect(keyConditionHolds(listed, params)).toBe(true);
    });

    it('starts from the beginning without a cursor', () => {
      expect(list()).not.toHaveProperty('ExclusiveStartKey');
    });
  });

  describe('deletePendingHeaderParams', () => {
    it('deletes the pending header only while it is still this creation’s', () => {
      const params = deletePendingHeaderParams(TABLE, WS, MAP, 'token-1');
      expect(params.Key).toEqual(keys.mapHeaderKey(WS, MAP));
      expect(conditionHolds(headerItem(WS, MAP, { pendingCreation: 'token-1' }), params)).toBe(
        true,
      );
      expect(conditionHolds(headerItem(WS, MAP, { pendingCreation: 'token-2' }), params)).toBe(
        false,
      );
      // A creation that completed (unmarked) is no longer pending: it is never deleted here.
      expect(conditionHolds(headerItem(), params)).toBe(false);
      expect(conditionHolds(null, params)).toBe(false);
    });
  });
});
