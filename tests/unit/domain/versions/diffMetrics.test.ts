import type { KpiRecord } from '../../../../domain/kpis/kpi';
import type { MapContents } from '../../../../domain/maps/mapContents';
import { emotionDeltas, kpiDeltas } from '../../../../domain/versions/diffMetrics';
import { byId, make, testId } from '../../support/records';
import * as journey from './journey';

const emotionsAfter = (edit: (c: MapContents) => void) =>
  emotionDeltas(journey.view(journey.contents()), journey.view(journey.edited(edit)));
const kpisAfter = (edit: (c: MapContents) => void) =>
  kpiDeltas(journey.view(journey.contents()), journey.view(journey.edited(edit)));

const LOYALTY = testId(14);
const JUNE = '2025-06-30T00:00:00.000Z';
const measure = (kpi: KpiRecord, value: number, measuredAt = JUNE) =>
  kpi.history.push({ value, measuredAt, source: null });

describe('emotionDeltas', () => {
  it('gives every stage its average before and after, the delta and both colours', () => {
    const deltas = emotionsAfter((c) => {
      byId(c.touchpoints, journey.WEBSITE).emotionScore = 0; // Découverte: 0 → 0.5
      byId(c.touchpoints, journey.CHECKOUT).emotionScore = -1; // Achat: −2 → −1
    });
    expect(deltas).toEqual([
      {
        stageId: journey.DISCOVERY,
        stageName: 'Découverte',
        before: 0,
        after: 0.5,
        delta: 0.5,
        colorBefore: 'ORANGE',
        colorAfter: 'GREEN',
      },
      {
        stageId: journey.EVALUATION,
        stageName: 'Évaluation',
        before: 1,
        after: 1,
        delta: 0,
        colorBefore: 'GREEN',
        colorAfter: 'GREEN',
      },
      {
        stageId: journey.PURCHASE,
        stageName: 'Achat',
        before: -2,
        after: -1,
        delta: 1,
        colorBefore: 'RED',
        colorAfter: 'RED',
      },
    ]);
  });

  it('lists the newer side’s stages in order, then the stages only the older side had', () => {
    const deltas = emotionsAfter((c) => {
      c.stages = c.stages.filter((s) => s.id !== journey.EVALUATION);
      byId(c.stages, journey.PURCHASE).orderKey = '0';
      c.stages.push(make.stage({ id: LOYALTY, name: 'Fidélisation', orderKey: 'z' }));
    });
    expect(deltas.map((d) => d.stageId)).toEqual([
      journey.PURCHASE,
      journey.DISCOVERY,
      LOYALTY,
      journey.EVALUATION,
    ]);
  });

  it('gives a stage only in the newer side no value before and no delta', () => {
    const deltas = emotionsAfter((c) => {
      c.stages.push(make.stage({ id: LOYALTY, name: 'Fidélisation', orderKey: 'z' }));
      c.touchpoints.push(
        make.touchpoint({ id: testId(29), stageId: LOYALTY, emotionScore: 2, orderKey: 'a' }),
      );
    });
    expect(deltas.find((d) => d.stageId === LOYALTY)).toMatchObject({
      before: null,
      after: 2,
      delta: null,
      colorBefore: null,
      colorAfter: 'GREEN',
    });
  });

  it('gives a stage only in the older side no value after and no delta', () => {
    const deltas = emotionsAfter((c) => {
      c.stages = c.stages.filter((s) => s.id !== journey.EVALUATION);
    });
    expect(deltas.at(-1)).toEqual({
      stageId: journey.EVALUATION,
      stageName: 'Évaluation',
      before: 1,
      after: null,
      delta: null,
      colorBefore: 'GREEN',
      colorAfter: null,
    });
  });

  it('gives a stage whose touchpoints lost their scores no value after and no colour after', () => {
    const deltas = emotionsAfter((c) => {
      for (const t of c.touchpoints) if (t.stageId === journey.EVALUATION) t.emotionScore = null;
    });
    expect(deltas[1]).toMatchObject({ before: 1, after: null, delta: null, colorAfter: null });
  });

  it('gives a stage scored on neither side no values, no delta and no colours', () => {
    const unscored = () =>
      journey.edited((c) => {
        for (const t of c.touchpoints) if (t.stageId === journey.EVALUATION) t.emotionScore = null;
      });
    expect(emotionDeltas(journey.view(unscored()), journey.view(unscored()))[1]).toEqual({
      stageId: journey.EVALUATION,
      stageName: 'Évaluation',
      before: null,
      after: null,
      delta: null,
      colorBefore: null,
      colorAfter: null,
    });
  });

  it('names each stage as the newer side does', () => {
    const deltas = emotionsAfter((c) => {
      byId(c.stages, journey.DISCOVERY).name = 'Prise de conscience';
    });
    expect(deltas[0]?.stageName).toBe('Prise de conscience');
  });

  it('rounds deltas to 9 decimals (thirds do not add up exactly)', () => {
    /** Évaluation with three touchpoints scored `scores`. */
    const scored = (scores: [number, number, number]) =>
      journey.edited((c) => {
        c.touchpoints.push(
          make.touchpoint({ id: testId(29), stageId: journey.EVALUATION, orderKey: 'c' }),
        );
        [journey.DEMO, journey.TRIAL, testId(29)].forEach((id, i) => {
          byId(c.touchpoints, id).emotionScore = scores[i]!;
        });
      });
    const deltas = emotionDeltas(journey.view(scored([1, 0, 0])), journey.view(scored([1, 1, 0])));
    expect(deltas[1]).toMatchObject({ before: 1 / 3, after: 2 / 3, delta: 0.333333333 });
  });
});

describe('kpiDeltas', () => {
  it('gives the current value before and after, the delta and the newer side’s target', () => {
    const deltas = kpisAfter((c) => measure(byId(c.kpis, journey.NPS), 52));
    expect(deltas[0]).toEqual({
      kpiId: journey.NPS,
      name: 'NPS clients premium',
      type: 'NPS',
      before: 38,
      after: 52,
      delta: 14,
      target: 50,
      targetReached: true,
    });
  });

  it('takes the latest measurement by date, not the last one recorded', () => {
    const deltas = kpisAfter((c) =>
      measure(byId(c.kpis, journey.NPS), 90, '2025-01-31T00:00:00.000Z'),
    );
    expect(deltas[0]).toMatchObject({ before: 38, after: 38, delta: 0 });
  });

  describe('targetReached', () => {
    it('for a KPI where higher is better: true at or above the target, false below', () => {
      expect(kpisAfter((c) => measure(byId(c.kpis, journey.NPS), 50))[0]?.targetReached).toBe(true);
      expect(kpisAfter((c) => measure(byId(c.kpis, journey.NPS), 45))[0]?.targetReached).toBe(
        false,
      );
    });

    it('for a KPI where lower is better: true at or below the target, false above', () => {
      // Abandon de panier: baseline 72 %, target 55 %.
      const cart = (value: number) =>
        kpisAfter((c) => measure(byId(c.kpis, journey.CART_ABANDONMENT), value)).find(
          (d) => d.kpiId === journey.CART_ABANDONMENT,
        );
      expect(cart(55)?.targetReached).toBe(true);
      expect(cart(54)?.targetReached).toBe(true);
      expect(cart(60)).toMatchObject({ before: 70, after: 60, delta: -10, targetReached: false });
    });

    it('follows an explicit direction over what baseline and target suggest', () => {
      const deltas = kpisAfter((c) => {
        const nps = byId(c.kpis, journey.NPS);
        nps.direction = 'LOWER_IS_BETTER';
        measure(nps, 45);
      });
      expect(deltas[0]?.targetReached).toBe(true);
    });

    it('derives the direction from the KPI type when baseline and target do not tell', () => {
      const churn = (value: number) =>
        kpisAfter((c) => {
          const kpi = byId(c.kpis, journey.CART_ABANDONMENT);
          Object.assign(kpi, { type: 'CHURN_RATE', baseline: null, target: 5 });
          measure(kpi, value);
        }).find((d) => d.kpiId === journey.CART_ABANDONMENT)?.targetReached;
      expect(churn(4)).toBe(true);
      expect(churn(6)).toBe(false);
    });

    it('uses the newer side’s target', () => {
      const deltas = kpisAfter((c) => {
        const nps = byId(c.kpis, journey.NPS);
        nps.target = 40;
        measure(nps, 45);
      });
      expect(deltas[0]).toMatchObject({ target: 40, targetReached: true });
    });

    it('is null without a target or without a measurement', () => {
      expect(
        kpisAfter((c) => (byId(c.kpis, journey.NPS).target = null))[0]?.targetReached,
      ).toBeNull();
      expect(kpisAfter((c) => (byId(c.kpis, journey.NPS).history = []))[0]).toMatchObject({
        before: 38,
        after: null,
        delta: null,
        targetReached: null,
      });
    });
  });

  it('gives a KPI only in the newer side no value before and no delta', () => {
    const csat = make.kpi({
      id: testId(43),
      stageId: journey.EVALUATION,
      type: 'CSAT',
      target: 4,
      history: [{ value: 4.2, measuredAt: JUNE, source: null }],
    });
    const deltas = kpisAfter((c) => c.kpis.push(csat));
    expect(deltas.find((d) => d.kpiId === csat.id)).toMatchObject({
      before: null,
      after: 4.2,
      delta: null,
      targetReached: true,
    });
  });

  it('gives a KPI only in the older side its value before, its target, and nothing after', () => {
    const deltas = kpisAfter((c) => {
      c.kpis = c.kpis.filter((k) => k.id !== journey.NPS);
    });
    expect(deltas.at(-1)).toEqual({
      kpiId: journey.NPS,
      name: 'NPS clients premium',
      type: 'NPS',
      before: 38,
      after: null,
      delta: null,
      target: 50,
      targetReached: null,
    });
  });

  it('lists the newer side’s KPIs in journey order, then the KPIs only the older side had', () => {
    const csat = make.kpi({ id: testId(43), stageId: journey.EVALUATION, type: 'CSAT' });
    const deltas = kpisAfter((c) => {
      c.kpis = c.kpis.filter((k) => k.id !== journey.NPS);
      c.kpis.push(csat);
      byId(c.stages, journey.PURCHASE).orderKey = '0';
    });
    expect(deltas.map((d) => d.kpiId)).toEqual([journey.CART_ABANDONMENT, csat.id, journey.NPS]);
  });

  it('names a KPI as the newer side does', () => {
    const deltas = kpisAfter((c) => {
      Object.assign(byId(c.kpis, journey.NPS), { name: 'NPS', type: 'CSAT' });
    });
    expect(deltas[0]).toMatchObject({ name: 'NPS', type: 'CSAT' });
  });
});
