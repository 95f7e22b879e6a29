import { backlogSortKey, byBacklogOrder } from '../../../../domain/backlog/priority';
import { backlogIndexAttributes } from '../../../../store/backlog/improvementItem';
import { partItem } from '../../../../store/items/partItem';
import { backlogPartitions, partKey } from '../../../../store/keys';
import { make, testId } from '../../support/records';
import { MAP, WS } from '../../support/table';

const STAGE = testId(11);
const improvement = (n: number, fields: Parameters<typeof make.improvement>[0] | object = {}) =>
  make.improvement({ id: `${MAP}:${testId(n)}`, mapId: MAP, ...fields });

describe('backlogIndexAttributes', () => {
  it('puts an improvement in the backlog of its workspace, its map, its stage, its quadrant and its status', () => {
    const record = improvement(51, { impact: 5, effort: 1, status: 'PLANNED', stageId: STAGE });
    const sortKey = backlogSortKey(record);
    expect(backlogIndexAttributes(WS, record)).toEqual({
      wsPK: backlogPartitions.workspace(WS),
      wsSK: sortKey,
      backlogSK: sortKey,
      quadrantPK: backlogPartitions.workspaceQuadrant(WS, 'QUICK_WIN'),
      statusPK: backlogPartitions.workspaceStatus(WS, 'PLANNED'),
      mapBacklogPK: backlogPartitions.map(WS, MAP),
      mapQuadrantPK: backlogPartitions.mapQuadrant(WS, MAP, 'QUICK_WIN'),
      mapStatusPK: backlogPartitions.mapStatus(WS, MAP, 'PLANNED'),
      stagePK: backlogPartitions.stage(WS, STAGE),
    });
  });

  it.each([
    [5, 1, 'QUICK_WIN'],
    [3, 2, 'QUICK_WIN'],
    [3, 3, 'STRATEGIC_PROJECT'],
    [2, 2, 'FILL_IN'],
    [1, 5, 'AVOID'],
  ] as const)('files impact %i and effort %i under %s', (impact, effort, expected) => {
    const attributes = backlogIndexAttributes(WS, improvement(51, { impact, effort }));
    expect(attributes.quadrantPK).toBe(backlogPartitions.workspaceQuadrant(WS, expected));
    expect(attributes.mapQuadrantPK).toBe(backlogPartitions.mapQuadrant(WS, MAP, expected));
  });

  it('moves to another quadrant and status partition when the estimates and status change', () => {
    const before = backlogIndexAttributes(WS, improvement(51, { impact: 5, effort: 1 }));
    const after = backlogIndexAttributes(
      WS,
      improvement(51, { impact: 5, effort: 5, status: 'DONE' }),
    );
    expect(after.quadrantPK).not.toBe(before.quadrantPK);
    expect(after.mapStatusPK).toBe(backlogPartitions.mapStatus(WS, MAP, 'DONE'));
    expect(after.backlogSK).not.toBe(before.backlogSK);
  });

  it('puts an improvement without a stage in no stage’s backlog', () => {
    const attributes = backlogIndexAttributes(WS, improvement(51, { stageId: null }));
    expect(attributes).not.toHaveProperty('stagePK');
  });

  it('keeps every index partition in the workspace', () => {
    const attributes = backlogIndexAttributes(WS, improvement(51, { stageId: STAGE }));
    for (const [name, value] of Object.entries(attributes)) {
      if (name.endsWith('PK')) expect(value.startsWith(`W#${WS}#`)).toBe(true);
    }
  });

  it('gives sort keys that order the backlog: best score first, then impact, then oldest', () => {
    const records = [
      improvement(60, { impact: 2, effort: 4 }), // score 4
      improvement(61, { impact: 5, effort: 1 }), // score 25
      improvement(62, { impact: 4, effort: 1 }), // score 20
      improvement(63, { impact: 5, effort: 2 }), // score 20, more impact
      improvement(64, { impact: 4, effort: 1, createdAt: '2024-01-01T00:00:00.000Z' }), // older
    ];
    const byKey = [...records].sort((a, b) => {
      const [ka, kb] = [a, b].map((r) => backlogIndexAttributes(WS, r).backlogSK);
      return ka! < kb! ? -1 : 1;
    });
    expect(byKey.map((r) => r.id)).toEqual([...records].sort(byBacklogOrder).map((r) => r.id));
    expect(byKey.map((r) => r.id)).toEqual([61, 63, 64, 62, 60].map((n) => `${MAP}:${testId(n)}`));
  });

  it('is part of the item an improvement is stored as', () => {
    const record = improvement(51, { stageId: STAGE });
    expect(partItem(WS, MAP, 'improvement', record)).toEqual({
      ...partKey(WS, MAP, 'improvement', record.id),
      entityType: 'Improvement',
      ...record,
      ...backlogIndexAttributes(WS, record),
    });
  });
});
