import type { ImprovementRecord } from '../../../../domain/backlog/improvement';
import { quadrant } from '../../../../domain/backlog/priority';
import type { BacklogFilter } from '../../../../domain/ports/backlogStore';
import type { ImprovementStatus } from '../../../../domain/shared/enums';
import {
  backlogQueryParams,
  chooseBacklogIndex,
  type IndexChoice,
} from '../../../../store/backlog/backlogParams';
import { partItem } from '../../../../store/items/partItem';
import { BACKLOG_INDEX, backlogPartitions, type BacklogIndex } from '../../../../store/keys';
import type { Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { TABLE, WS } from '../../support/table';
import { queryReturns } from '../queries';

const [M1, M2] = [testId(1), testId(2)];
const [S1, S2] = [testId(11), testId(12)];

/** Impact and effort of one improvement per quadrant. */
const ESTIMATES: [number, number][] = [
  [5, 1], // QUICK_WIN
  [4, 4], // STRATEGIC_PROJECT
  [1, 2], // FILL_IN
  [2, 5], // AVOID
];
const STATUSES: ImprovementStatus[] = ['IDEA', 'IN_PROGRESS', 'DONE'];

/** Improvements of every map, stage (or none), quadrant and status, in two workspaces. */
function universe(): { ws: string; record: ImprovementRecord; item: Item }[] {
  const all: { ws: string; record: ImprovementRecord; item: Item }[] = [];
  let n = 100;
  for (const ws of [WS, 'other']) {
    for (const [mapId, stages] of [
      [M1, [S1, null]],
      [M2, [S2, S1]],
    ] as const) {
      for (const stageId of stages) {
        for (const [impact, effort] of ESTIMATES) {
          for (const status of STATUSES) {
            const record = make.improvement({
              id: `${mapId}:${testId(n++)}`,
              mapId,
              stageId,
              impact,
              effort,
              status,
            });
            all.push({ ws, record, item: partItem(ws, mapId, 'improvement', record) });
          }
        }
      }
    }
  }
  return all;
}

const matches = (ws: string, record: ImprovementRecord, filter: BacklogFilter): boolean =>
  ws === WS &&
  (filter.mapId === null || record.mapId === filter.mapId) &&
  (filter.quadrant === null || quadrant(record.impact, record.effort) === filter.quadrant) &&
  (filter.status === null || record.status === filter.status) &&
  (filter.stageId === null || record.stageId === filter.stageId);

/** Every combination of the four filters, each absent or set. */
const FILTERS: BacklogFilter[] = [];
for (const mapId of [null, M1])
  for (const q of [null, 'QUICK_WIN'] as const)
    for (const status of [null, 'DONE'] as const)
      for (const stageId of [null, S1]) FILTERS.push({ mapId, quadrant: q, status, stageId });

const describeFilter = (f: BacklogFilter) =>
  Object.entries(f)
    .filter(([, v]) => v !== null)
    .map(([k]) => k)
    .join(' + ') || 'no filter';

/** The index whose partition is exactly the filter, and what is left to filter. */
const EXPECTED: Record<string, [BacklogIndex, string[]]> = {
  'no filter': ['workspace', []],
  status: ['workspaceStatus', []],
  quadrant: ['workspaceQuadrant', []],
  'quadrant + status': ['workspaceQuadrant', ['status']],
  mapId: ['map', []],
  'mapId + status': ['mapStatus', []],
  'mapId + quadrant': ['mapQuadrant', []],
  'mapId + quadrant + status': ['mapQuadrant', ['status']],
  stageId: ['stage', []],
  'status + stageId': ['stage', ['status']],
  'quadrant + stageId': ['stage', ['quadrant']],
  'quadrant + status + stageId': ['stage', ['quadrant', 'status']],
  'mapId + stageId': ['stage', ['mapId']],
  'mapId + status + stageId': ['stage', ['mapId', 'status']],
  'mapId + quadrant + stageId': ['stage', ['mapId', 'quadrant']],
  'mapId + quadrant + status + stageId': ['stage', ['mapId', 'quadrant', 'status']],
};

const partitionOf = (index: BacklogIndex, f: BacklogFilter): string => {
  const p = backlogPartitions;
  switch (index) {
    case 'workspace':
      return p.workspace(WS);
    case 'workspaceQuadrant':
      return p.workspaceQuadrant(WS, f.quadrant!);
    case 'workspaceStatus':
      return p.workspaceStatus(WS, f.status!);
    case 'map':
      return p.map(WS, f.mapId!);
    case 'mapQuadrant':
      return p.mapQuadrant(WS, f.mapId!, f.quadrant!);
    case 'mapStatus':
      return p.mapStatus(WS, f.mapId!, f.status!);
    case 'stage':
      return p.stage(WS, f.stageId!);
  }
};

const query = (choice: IndexChoice, after: Parameters<typeof backlogQueryParams>[3] = null) =>
  backlogQueryParams(TABLE, WS, choice, after, undefined);

describe('Backlog request builders', () => {
  describe('chooseBacklogIndex', () => {
    it('is checked against all 16 combinations of filters', () => {
      expect(new Set(FILTERS.map(describeFilter))).toEqual(new Set(Object.keys(EXPECTED)));
    });

    it.each(FILTERS.map((f) => [describeFilter(f), f] as const))(
      'for %s, picks the index whose partition is exactly that filter, and filters the rest',
      (name, filter) => {
        const [index, residual] = EXPECTED[name]!;
        const choice = chooseBacklogIndex(WS, filter);
        expect(choice.index).toBe(index);
        expect(choice.partition).toBe(partitionOf(index, filter));
        expect(choice.residual).toEqual(
          Object.fromEntries(residual.map((key) => [key, filter[key as keyof BacklogFilter]])),
        );
      },
    );
  });

  describe('backlogQueryParams', () => {
    const items = universe();

    it.each(FILTERS.map((f) => [describeFilter(f), f] as const))(
      'for %s, returns exactly the workspace’s improvements that match the filter',
      (_, filter) => {
        const params = query(chooseBacklogIndex(WS, filter));
        const returned = items.filter(({ item }) => queryReturns(item, params));
        const expected = items.filter(({ ws, record }) => matches(ws, record, filter));
        expect(expected.length).toBeGreaterThan(0);
        expect(returned.map(({ record }) => record.id)).toEqual(
          expected.map(({ record }) => record.id),
        );
      },
    );

    it('queries the chosen index of the table, with the page size when one is given', () => {
      const choice = chooseBacklogIndex(WS, {
        mapId: M1,
        quadrant: null,
        status: null,
        stageId: null,
      });
      const params = backlogQueryParams(TABLE, WS, choice, null, 21);
      expect(params).toMatchObject({
        TableName: TABLE,
        IndexName: BACKLOG_INDEX.map.name,
        Limit: 21,
      });
      expect(query(choice)).not.toHaveProperty('Limit');
    });

    it('filters nothing when the index partition is the whole filter', () => {
      const choice = chooseBacklogIndex(WS, {
        mapId: M1,
        quadrant: 'QUICK_WIN',
        status: null,
        stageId: null,
      });
      expect(query(choice).FilterExpression).toBeUndefined();
    });

    it('starts from the beginning without a cursor', () => {
      expect(query(chooseBacklogIndex(WS, FILTERS[0]!))).not.toHaveProperty('ExclusiveStartKey');
    });

    it.each(FILTERS.map((f) => [describeFilter(f), f] as const))(
      'for %s, starts after the cursor’s improvement at its exact key in the index',
      (_, filter) => {
        const choice = chooseBacklogIndex(WS, filter);
        const index = BACKLOG_INDEX[choice.index];
        const { item, record } = items.find(({ ws, record }) => matches(ws, record, filter))!;
        const params = query(choice, {
          sortKey: String(item[index.sk]),
          improvementId: record.id,
        });
        expect(params.ExclusiveStartKey).toEqual({
          PK: item.PK,
          SK: item.SK,
          [index.pk]: item[index.pk],
          [index.sk]: item[index.sk],
        });
      },
    );

    it('keeps the start key in the caller’s workspace, whatever map the cursor names', () => {
      const choice = chooseBacklogIndex(WS, FILTERS[0]!);
      const params = query(choice, {
        sortKey: '05#0#2025-01-15T09:00:00.000Z#x',
        improvementId: `${M2}:${testId(5)}`,
      });
      const start = params.ExclusiveStartKey as Item;
      expect(String(start.PK).startsWith(`W#${WS}#`)).toBe(true);
      expect(String(start.wsPK).startsWith(`W#${WS}#`)).toBe(true);
    });
  });
});
