import { buildMapView, emotionCurve, stageAverageEmotion } from '../../../../domain/maps/mapView';
import { make, testId } from '../../support/records';

const [S1, S2, S3, GONE] = [testId(11), testId(12), testId(13), testId(19)];
const [T1, T2, T3, T4, ORPHAN_T] = [testId(21), testId(22), testId(23), testId(24), testId(29)];

/** Three stages given out of order (S2, S3, S1 by key: S1 < S2 < S3). */
const stages = [
  make.stage({ id: S3, name: 'Purchase', orderKey: 'c' }),
  make.stage({ id: S1, name: 'Discovery', orderKey: 'a' }),
  make.stage({ id: S2, name: 'Research', orderKey: 'b' }),
];

describe('The map view', () => {
  describe('stages', () => {
    it('come in order-key order with dense positions, whatever the input order', () => {
      const view = buildMapView(make.contents({ stages }));
      expect(view.stages.map((s) => s.id)).toEqual([S1, S2, S3]);
      expect(view.stages.map((s) => view.positionOf.get(s.id))).toEqual([0, 1, 2]);
    });

    it('with equal order keys are ordered by id', () => {
      const view = buildMapView(
        make.contents({
          stages: [make.stage({ id: S2, orderKey: 'k' }), make.stage({ id: S1, orderKey: 'k' })],
        }),
      );
      expect(view.stages.map((s) => s.id)).toEqual([S1, S2]);
      expect(view.positionOf.get(S2)).toBe(1);
    });

    it('leave the records they are built from in their given order', () => {
      const given = [...stages];
      buildMapView(make.contents({ stages: given }));
      expect(given.map((s) => s.id)).toEqual([S3, S1, S2]);
    });

    it('are found by id', () => {
      const view = buildMapView(make.contents({ stages }));
      expect(view.stageById.get(S2)?.name).toBe('Research');
    });
  });

  describe('touchpoints', () => {
    const touchpoints = [
      make.touchpoint({ id: T3, stageId: S1, orderKey: 'z' }),
      make.touchpoint({ id: T1, stageId: S1, orderKey: 'm' }),
      make.touchpoint({ id: T4, stageId: S2, orderKey: 'a' }),
      make.touchpoint({ id: T2, stageId: S1, orderKey: 'q' }),
    ];

    it('are grouped by stage and ordered within it', () => {
      const view = buildMapView(make.contents({ stages, touchpoints }));
      expect(view.touchpointsByStage.get(S1)?.map((t) => t.id)).toEqual([T1, T2, T3]);
      expect(view.touchpointsByStage.get(S2)?.map((t) => t.id)).toEqual([T4]);
      expect(view.touchpointsByStage.get(S3)).toBeUndefined();
    });

    it('get dense positions within their stage', () => {
      const view = buildMapView(make.contents({ stages, touchpoints }));
      expect([T1, T2, T3, T4].map((id) => view.positionOf.get(id))).toEqual([0, 1, 2, 0]);
    });

    it('whose stage is missing are hidden', () => {
      const view = buildMapView(
        make.contents({
          stages,
          touchpoints: [...touchpoints, make.touchpoint({ id: ORPHAN_T, stageId: GONE })],
        }),
      );
      expect(view.touchpointById.has(ORPHAN_T)).toBe(false);
      expect(view.touchpointsByStage.has(GONE)).toBe(false);
      expect(view.positionOf.has(ORPHAN_T)).toBe(false);
      expect(view.touchpointById.size).toBe(4);
    });
  });

  describe('pain points', () => {
    it('are grouped by touchpoint, oldest (smallest ULID) first', () => {
      const [P1, P2, P3] = [testId(31), testId(32), testId(33)];
      const view = buildMapView(
        make.contents({
          stages,
          touchpoints: [make.touchpoint({ id: T1, stageId: S1 })],
          painPoints: [
            make.painPoint({ id: P3, touchpointId: T1 }),
            make.painPoint({ id: P1, touchpointId: T1 }),
            make.painPoint({ id: P2, touchpointId: T1 }),
          ],
        }),
      );
      expect(view.painPointsByTouchpoint.get(T1)?.map((p) => p.id)).toEqual([P1, P2, P3]);
      expect(view.painPointById.get(P2)?.touchpointId).toBe(T1);
    });

    it('whose touchpoint is missing, or itself orphaned, are hidden', () => {
      const [LIVE, NO_TOUCHPOINT, UNDER_ORPHAN] = [testId(31), testId(38), testId(39)];
      const view = buildMapView(
        make.contents({
          stages,
          touchpoints: [
            make.touchpoint({ id: T1, stageId: S1 }),
            make.touchpoint({ id: ORPHAN_T, stageId: GONE }),
          ],
          painPoints: [
            make.painPoint({ id: LIVE, touchpointId: T1 }),
            make.painPoint({ id: NO_TOUCHPOINT, touchpointId: testId(28) }),
            make.painPoint({ id: UNDER_ORPHAN, touchpointId: ORPHAN_T }),
          ],
        }),
      );
      expect([...view.painPointById.keys()]).toEqual([LIVE]);
      expect(view.painPointsByTouchpoint.has(ORPHAN_T)).toBe(false);
    });
  });

  describe('KPIs', () => {
    it('are grouped by stage, oldest first', () => {
      const [K1, K2] = [testId(41), testId(42)];
      const view = buildMapView(
        make.contents({
          stages,
          kpis: [make.kpi({ id: K2, stageId: S2 }), make.kpi({ id: K1, stageId: S2 })],
        }),
      );
      expect(view.kpisByStage.get(S2)?.map((k) => k.id)).toEqual([K1, K2]);
    });

    it('without their stage are hidden', () => {
      const [LIVE, ORPHAN] = [testId(41), testId(49)];
      const view = buildMapView(
        make.contents({
          stages,
          kpis: [make.kpi({ id: LIVE, stageId: S1 }), make.kpi({ id: ORPHAN, stageId: GONE })],
        }),
      );
      expect([...view.kpiById.keys()]).toEqual([LIVE]);
      expect(view.kpisByStage.has(GONE)).toBe(false);
    });
  });

  describe('emotions', () => {
    const scored = make.contents({
      stages,
      touchpoints: [
        make.touchpoint({ id: T1, stageId: S1, orderKey: 'a', emotionScore: 2 }),
        make.touchpoint({ id: T2, stageId: S1, orderKey: 'b', emotionScore: null }),
        make.touchpoint({ id: T3, stageId: S1, orderKey: 'c', emotionScore: -1 }),
        make.touchpoint({ id: T4, stageId: S2, orderKey: 'a', emotionScore: null }),
        make.touchpoint({ id: testId(25), stageId: S3, orderKey: 'a', emotionScore: 1 }),
        make.touchpoint({ id: testId(26), stageId: S3, orderKey: 'b', emotionScore: -2 }),
        make.touchpoint({ id: ORPHAN_T, stageId: GONE, emotionScore: -2 }),
      ],
    });

    it("average a stage's scored touchpoints, ignoring unscored ones", () => {
      expect(stageAverageEmotion(buildMapView(scored), S1)).toBe(0.5);
    });

    it('are null for a stage with no scored touchpoint, or none at all', () => {
      const view = buildMapView(scored);
      expect(stageAverageEmotion(view, S2)).toBeNull();
      expect(stageAverageEmotion(buildMapView(make.contents({ stages })), S1)).toBeNull();
    });

    it('make a curve of every stage in order, with averages and colours', () => {
      expect(emotionCurve(buildMapView(scored))).toEqual([
        {
          stageId: S1,
          stageName: 'Discovery',
          position: 0,
          averageEmotion: 0.5,
          emotionColor: 'GREEN',
        },
        {
          stageId: S2,
          stageName: 'Research',
          position: 1,
          averageEmotion: null,
          emotionColor: null,
        },
        {
          stageId: S3,
          stageName: 'Purchase',
          position: 2,
          averageEmotion: -0.5,
          emotionColor: 'RED',
        },
      ]);
    });

    it('is an empty curve for a map without stages', () => {
      expect(emotionCurve(buildMapView(make.contents()))).toEqual([]);
    });
  });

  describe('improvements', () => {
    const [P1, P2] = [testId(31), testId(32)];
    const imp = (
      n: number,
      impact: number,
      effort: number,
      links: Partial<{ t: string[]; p: string[] }>,
    ) =>
      make.improvement({
        id: `${testId(1)}:${testId(n)}`,
        impact,
        effort,
        touchpointIds: links.t ?? [],
        painPointIds: links.p ?? [],
      });
    const low = imp(61, 1, 5, { t: [T1] });
    const high = imp(62, 5, 1, { t: [T1, T2], p: [P1] });
    const middle = imp(63, 3, 3, { p: [P1, P2] });

    it('come in backlog order, highest priority first', () => {
      const view = buildMapView(make.contents({ improvements: [low, middle, high] }));
      expect(view.improvements.map((i) => i.id)).toEqual([high.id, middle.id, low.id]);
      expect(view.improvementById.get(middle.id)).toEqual(middle);
    });

    it('are listed under every touchpoint and pain point they address, in backlog order', () => {
      const view = buildMapView(make.contents({ improvements: [low, middle, high] }));
      expect(view.improvementsByTouchpoint.get(T1)?.map((i) => i.id)).toEqual([high.id, low.id]);
      expect(view.improvementsByTouchpoint.get(T2)?.map((i) => i.id)).toEqual([high.id]);
      expect(view.improvementsByPainPoint.get(P1)?.map((i) => i.id)).toEqual([high.id, middle.id]);
      expect(view.improvementsByPainPoint.get(P2)?.map((i) => i.id)).toEqual([middle.id]);
    });
  });

  describe('version and frozen personas', () => {
    it('are null for the draft', () => {
      const view = buildMapView(make.contents());
      expect(view.version).toBeNull();
      expect(view.frozenPersonas).toBeNull();
    });

    it('are kept for a published version', () => {
      const personas = [make.persona()];
      const view = buildMapView(make.contents(), 3, personas);
      expect(view.version).toBe(3);
      expect(view.frozenPersonas).toEqual(personas);
    });
  });
});
