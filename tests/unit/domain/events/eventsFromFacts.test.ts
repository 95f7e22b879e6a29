import type { ChangeFact, KpiUpdatedFact } from '../../../../domain/events/changeFacts';
import { eventsFromFact } from '../../../../domain/events/eventsFromFacts';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW, WS } from '../../support/table';

const source = { PK: `W#${WS}#MAP#${MAP}`, SK: 'C#KPI#x', version: '2' };
const KPI = testId(41);
const kpiFact = (before: number[], after: number[], fields = {}): KpiUpdatedFact => {
  const measurement = (value: number) => ({ value, measuredAt: NOW, source: null });
  return {
    kind: 'kpiUpdated',
    workspaceId: WS,
    mapId: MAP,
    source,
    actor: ACTOR,
    before: make.kpi({ id: KPI, stageId: testId(11), history: before.map(measurement), ...fields }),
    after: make.kpi({
      id: KPI,
      stageId: testId(11),
      history: after.map(measurement),
      revision: 2,
      ...fields,
    }),
  };
};

describe('eventsFromFact', () => {
  it('gives one KpiMeasured per measurement appended, reached or not in the KPI’s direction', () => {
    const events = eventsFromFact(kpiFact([40], [40, 45, 55], { type: 'NPS', target: 50 }));
    expect(events.map((e) => [e.detailType, 'value' in e.detail ? e.detail.value : null])).toEqual([
      ['KpiMeasured', 45],
      ['KpiMeasured', 55],
    ]);
    expect(
      events.map((e) => ('targetReached' in e.detail ? e.detail.targetReached : 'none')),
    ).toEqual([false, true]);
    const lower = eventsFromFact(kpiFact([], [4], { type: 'CHURN_RATE', target: 5 }));
    expect(lower[0]?.detail).toMatchObject({ direction: 'LOWER_IS_BETTER', targetReached: true });
  });

  it('says nothing of a KPI whose history did not grow by appending (an edit, a restore)', () => {
    expect(eventsFromFact(kpiFact([1, 2], [1, 2]))).toEqual([]);
    expect(eventsFromFact(kpiFact([1, 2, 3], [1]))).toEqual([]);
    expect(eventsFromFact(kpiFact([1, 2], [9, 2, 3]))).toEqual([]);
  });

  it('has no target to reach without a target', () => {
    expect(eventsFromFact(kpiFact([], [3]))[0]?.detail).toMatchObject({
      target: null,
      targetReached: null,
    });
  });

  it('gives an ImprovementStatusChanged only when the status differs', () => {
    const improvement = make.improvement({ id: `${MAP}:${testId(51)}` });
    const fact = (status: 'IDEA' | 'DONE'): ChangeFact => ({
      kind: 'improvementUpdated',
      workspaceId: WS,
      mapId: MAP,
      source,
      actor: ACTOR,
      before: improvement,
      after: { ...improvement, status, revision: 2 },
    });
    expect(eventsFromFact(fact('IDEA'))).toEqual([]);
    expect(eventsFromFact(fact('DONE'))[0]).toMatchObject({
      detailType: 'ImprovementStatusChanged',
      detail: { before: 'IDEA', after: 'DONE', improvementRevision: 2, actor: ACTOR },
    });
  });

  it('gives ids that depend on the record and the event’s place only', () => {
    const a = eventsFromFact(kpiFact([], [1, 2]));
    const b = eventsFromFact(kpiFact([], [1, 2]));
    expect(a.map((e) => e.detail.eventId)).toEqual(b.map((e) => e.detail.eventId));
    expect(new Set(a.map((e) => e.detail.eventId)).size).toBe(2);
    const other = eventsFromFact({ ...kpiFact([], [1, 2]), source: { ...source, version: '3' } });
    expect(other[0]?.detail.eventId).not.toBe(a[0]?.detail.eventId);
    expect(a[0]?.detail.eventId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
