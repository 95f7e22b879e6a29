import { writeChanges } from '../../../../domain/events/writeChanges';
import type { MapWrite } from '../../../../domain/ports/mapWrite';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW } from '../../support/table';

const write = (fields: Partial<MapWrite>): MapWrite => ({
  now: NOW,
  actor: ACTOR,
  changes: [],
  history: { operation: 'op', entity: 'JourneyMap', entityId: MAP, summary: '' },
  ...fields,
});
const [STAGE, TP, KPI] = [testId(11), testId(21), testId(41)];

describe('writeChanges: the entities a write changes', () => {
  it('names each created, updated and deleted part, with the fields an update sets', () => {
    const result = writeChanges(
      MAP,
      write({
        changes: [
          { kind: 'create', part: 'stage', record: make.stage({ id: STAGE }) },
          {
            kind: 'update',
            part: 'touchpoint',
            id: TP,
            set: { emotionScore: 1, name: 'x' },
            revision: null,
          },
          { kind: 'delete', part: 'kpi', id: KPI, revision: null },
        ],
      }),
    );
    expect(result).toEqual({
      changes: [
        { entity: 'Stage', entityId: STAGE, change: 'CREATED', fields: [] },
        { entity: 'Touchpoint', entityId: TP, change: 'UPDATED', fields: ['emotionScore', 'name'] },
        { entity: 'Kpi', entityId: KPI, change: 'DELETED', fields: [] },
      ],
      omitted: 0,
    });
  });

  it('calls an order key a position, and a measurement a change of the history', () => {
    const { changes } = writeChanges(
      MAP,
      write({
        changes: [
          {
            kind: 'update',
            part: 'touchpoint',
            id: TP,
            set: { orderKey: 'a0', stageId: STAGE },
            revision: null,
          },
          {
            kind: 'appendMeasurement',
            part: 'kpi',
            id: KPI,
            measurements: [{ value: 1, measuredAt: NOW, source: null }],
          },
        ],
      }),
    );
    expect(changes.map((c) => c.fields)).toEqual([['position', 'stageId'], ['history']]);
  });

  it('leaves out checks, and lists the parts a removal takes with it', () => {
    const { changes } = writeChanges(
      MAP,
      write({
        changes: [
          { kind: 'require', part: 'stage', id: STAGE },
          { kind: 'delete', part: 'stage', id: testId(12), revision: null },
        ],
        cleanup: [{ part: 'touchpoint', id: TP }],
      }),
    );
    expect(changes.map((c) => [c.entity, c.change])).toEqual([
      ['Stage', 'DELETED'],
      ['Touchpoint', 'DELETED'],
    ]);
  });

  it('names the map’s own fields, the review date only when one of its sources changed', () => {
    const saved = writeChanges(MAP, write({ header: { title: 'T', nextReviewAt: NOW } }));
    expect(saved.changes).toEqual([
      { entity: 'JourneyMap', entityId: MAP, change: 'UPDATED', fields: ['title'] },
    ]);
    const reviewed = writeChanges(
      MAP,
      write({ header: { lastReviewedAt: NOW, nextReviewAt: NOW } }),
    );
    expect(reviewed.changes[0]?.fields).toEqual(['lastReviewedAt', 'nextReviewAt']);
  });

  it('keeps the first 100 entities and counts the rest', () => {
    const cleanup = Array.from({ length: 130 }, (_, i) => ({
      part: 'painPoint' as const,
      id: testId(100 + i),
    }));
    const result = writeChanges(MAP, write({ cleanup }));
    expect(result.changes).toHaveLength(100);
    expect(result.omitted).toBe(30);
  });
});
