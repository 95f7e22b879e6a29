import { buildMapView } from '../../../domain/maps/mapView';
import { posterInputFromView } from '../../../domain/pictures/posterInputFromView';
import { make, testId } from '../support/records';

const S1 = testId(10);
const S2 = testId(11);
const T1 = testId(20);
const T2 = testId(21);
const T3 = testId(22);

const view = () =>
  buildMapView(
    make.contents({
      header: make.header({ title: 'Souscription – Marie', revision: 4 }),
      stages: [
        make.stage({ id: S2, name: 'Achat', orderKey: 'X' }),
        make.stage({ id: S1, name: 'Découverte', orderKey: 'V', customerGoal: 'Comprendre' }),
      ],
      touchpoints: [
        make.touchpoint({ id: T2, stageId: S1, orderKey: 'X', emotionScore: -1 }),
        make.touchpoint({
          id: T1,
          stageId: S1,
          orderKey: 'V',
          emotionScore: 2,
          channel: 'STORE',
          mode: 'OFFLINE',
        }),
        make.touchpoint({ id: T3, stageId: S2, isMomentOfTruth: true }),
      ],
      painPoints: [make.painPoint({ id: testId(30), touchpointId: T2, severity: 'CRITICAL' })],
      kpis: [
        make.kpi({
          id: testId(40),
          stageId: S1,
          type: 'CHURN_RATE',
          unit: '%',
          target: 2,
          history: [
            { value: 1.5, measuredAt: '2025-02-01T00:00:00.000Z', source: null },
            { value: 3, measuredAt: '2025-01-01T00:00:00.000Z', source: null },
          ],
        }),
      ],
      improvements: [
        make.improvement({ id: `${testId(1)}:${testId(50)}`, impact: 2, effort: 4 }),
        make.improvement({ id: `${testId(1)}:${testId(51)}`, impact: 5, effort: 1 }),
      ],
    }),
  );

describe('posterInputFromView', () => {
  const input = posterInputFromView(
    view(),
    [make.persona({ name: 'Marie', jobTitle: 'CMO' })],
    null,
  );

  it('puts stages and their touchpoints in journey order', () => {
    expect(input.stages.map((s) => s.name)).toEqual(['Découverte', 'Achat']);
    expect(input.stages[0]?.touchpoints.map((t) => t.id)).toEqual([T1, T2]);
  });

  it('colours scores and stage averages as the API does (average 0.5 rounds to +1: GREEN)', () => {
    expect(input.stages[0]?.touchpoints.map((t) => t.emotionColor)).toEqual(['GREEN', 'RED']);
    expect(input.stages[0]).toMatchObject({ averageEmotion: 0.5, emotionColor: 'GREEN' });
    expect(input.stages[1]).toMatchObject({ averageEmotion: null, emotionColor: null });
  });

  it('keeps channels, modes, moments of truth and pain points', () => {
    expect(input.stages[0]?.touchpoints[0]).toMatchObject({ channel: 'STORE', mode: 'OFFLINE' });
    expect(input.stages[0]?.touchpoints[1]?.painPoints).toEqual([
      { description: 'The form asks for the same data twice', severity: 'CRITICAL' },
    ]);
    expect(input.stages[1]?.touchpoints[0]?.isMomentOfTruth).toBe(true);
  });

  it("takes a KPI's latest measurement by date, and its target status from its direction", () => {
    expect(input.stages[0]?.kpis).toEqual([
      {
        name: `KPI ${testId(40)}`,
        type: 'CHURN_RATE',
        unit: '%',
        current: 1.5,
        target: 2,
        targetReached: true,
      },
    ]);
  });

  it('lists the backlog in backlog order with quadrants and priority scores', () => {
    expect(input.improvements.map((i) => [i.quadrant, i.priorityScore])).toEqual([
      ['QUICK_WIN', 25],
      ['AVOID', 4],
    ]);
  });

  it('gives the header, the personas and the version drawn', () => {
    expect(input).toMatchObject({ title: 'Souscription – Marie', revision: 4, version: null });
    expect(input.personas).toEqual([{ name: 'Marie', jobTitle: 'CMO', quote: null }]);
    const version = posterInputFromView(view(), [], { number: 2, label: 'v2 2025' });
    expect(version.version).toEqual({ number: 2, label: 'v2 2025' });
  });
});
