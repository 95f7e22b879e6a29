import type { MapContents } from '../../../../domain/maps/mapContents';
import { diffMaps } from '../../../../domain/versions/diffMaps';
import { summarize, type DiffSummary } from '../../../../domain/versions/summarizeDiff';
import { byId, make, testId } from '../../support/records';
import * as journey from './journey';

const summaryOf = (from: MapContents, to: MapContents): DiffSummary => {
  const older = journey.view(from);
  const newer = journey.view(to);
  return summarize(diffMaps(older, newer), older, newer);
};
const summaryAfter = (edit: (c: MapContents) => void) =>
  summaryOf(journey.contents(), journey.edited(edit));

const NOTHING = {
  stagesAdded: 0,
  stagesRemoved: 0,
  stagesChanged: 0,
  touchpointsAdded: 0,
  touchpointsRemoved: 0,
  touchpointsChanged: 0,
  painPointsAdded: 0,
  painPointsRemoved: 0,
  painPointsChanged: 0,
  improvementsAdded: 0,
  improvementsRemoved: 0,
  improvementsStatusChanged: 0,
  improvementsChanged: 0,
  improvementsCompleted: 0,
  mapFieldsChanged: 0,
  kpisAdded: 0,
  kpisRemoved: 0,
  kpisRedefined: 0,
  kpisChanged: 0,
};

describe('summarize', () => {
  describe('identical', () => {
    it('is true for a diff of a view with itself, with every count at zero', () => {
      const v = journey.view(journey.contents());
      expect(summarize(diffMaps(v, v), v, v)).toEqual({
        ...NOTHING,
        // Neither KPI reaches its target (NPS 38 < 50, abandonment 70 % > 55 %).
        kpisReachingTarget: 0,
        averageEmotionBefore: 0,
        averageEmotionAfter: 0,
        identical: true,
      });
    });

    it('is true for two reads of the same content, whatever their bookkeeping', () => {
      const summary = summaryAfter((c) => {
        c.header.changeSeq += 4;
        byId(c.touchpoints, journey.DEMO).revision = 8;
      });
      expect(summary.identical).toBe(true);
    });

    it('is true for a map without any scored touchpoint compared with itself', () => {
      const unscored = () =>
        journey.edited((c) => {
          for (const t of c.touchpoints) t.emotionScore = null;
        });
      expect(summaryOf(unscored(), unscored())).toMatchObject({
        averageEmotionBefore: null,
        averageEmotionAfter: null,
        identical: true,
      });
    });

    it('is false when one field of the map changed', () => {
      const summary = summaryAfter((c) => (c.header.title = 'Souscription SaaS v2'));
      expect(summary).toMatchObject({ ...NOTHING, mapFieldsChanged: 1, identical: false });
    });

    it('is false when one emotion score changed', () => {
      const summary = summaryAfter((c) => (byId(c.touchpoints, journey.SEARCH).emotionScore = 2));
      expect(summary).toMatchObject({ ...NOTHING, touchpointsChanged: 1, identical: false });
    });

    it('is false when only a KPI’s current value changed', () => {
      const summary = summaryAfter((c) =>
        byId(c.kpis, journey.NPS).history.push({
          value: 41,
          measuredAt: '2025-06-30T00:00:00.000Z',
          source: null,
        }),
      );
      expect(summary).toMatchObject({ ...NOTHING, kpisChanged: 1, identical: false });
    });

    it('is false when only an improvement’s status changed', () => {
      const summary = summaryAfter(
        (c) => (byId(c.improvements, journey.SHOW_FEES).status = 'IN_PROGRESS'),
      );
      expect(summary).toMatchObject({
        ...NOTHING,
        improvementsStatusChanged: 1,
        identical: false,
      });
    });

    it('is false when only a touchpoint moved', () => {
      const summary = summaryAfter((c) => {
        byId(c.touchpoints, journey.SEARCH).orderKey = 'c';
      });
      expect(summary).toMatchObject({ touchpointsChanged: 1, identical: false });
    });

    // A quarterly measurement equal to the previous one, or a back-dated one,
    // leaves the current value as it was but changes the map's content.
    it('is false when a KPI got a new measurement equal to its current value', () => {
      const summary = summaryAfter((c) =>
        byId(c.kpis, journey.NPS).history.push({
          value: 38,
          measuredAt: '2025-06-30T00:00:00.000Z',
          source: 'Enquête T2',
        }),
      );
      expect(summary.identical).toBe(false);
    });
  });

  it('counts every kind of change the diff holds', () => {
    const summary = summaryAfter((c) => {
      c.header.title = 'Souscription SaaS v2';
      c.header.tags = ['saas', 'b2b'];
      c.stages.push(make.stage({ id: testId(14), orderKey: 'd' }));
      byId(c.stages, journey.DISCOVERY).customerGoal = 'Trouver un outil simple';
      c.stages = c.stages.filter((s) => s.id !== journey.EVALUATION); // removes Démo and Essai too
      c.touchpoints.push(
        make.touchpoint({ id: testId(29), stageId: journey.DISCOVERY, orderKey: 'c' }),
      );
      byId(c.touchpoints, journey.CHECKOUT).emotionScore = -1;
      c.painPoints = c.painPoints.filter((p) => p.id !== journey.LONG_FORM);
      c.painPoints.push(make.painPoint({ id: testId(33), touchpointId: journey.SEARCH }));
      byId(c.painPoints, journey.HIDDEN_FEES).severity = 'HIGH';
      c.kpis = c.kpis.filter((k) => k.id !== journey.NPS);
      c.kpis.push(make.kpi({ id: testId(43), stageId: journey.DISCOVERY }));
      byId(c.kpis, journey.CART_ABANDONMENT).unit = 'pourcentage';
      byId(c.kpis, journey.CART_ABANDONMENT).history.push({
        value: 50,
        measuredAt: '2025-06-30T00:00:00.000Z',
        source: null,
      });
      const form = byId(c.improvements, journey.SHORTER_FORM);
      form.status = 'DONE';
      form.effort = 1;
      byId(c.improvements, journey.SHOW_FEES).status = 'DROPPED';
      c.improvements.push(make.improvement({ id: journey.improvementId(53), mapId: journey.MAP }));
    });
    expect(summary).toEqual({
      stagesAdded: 1,
      stagesRemoved: 1,
      stagesChanged: 1,
      touchpointsAdded: 1,
      touchpointsRemoved: 2,
      touchpointsChanged: 1,
      painPointsAdded: 1,
      painPointsRemoved: 1,
      painPointsChanged: 1,
      improvementsAdded: 1,
      improvementsRemoved: 0,
      improvementsStatusChanged: 2,
      improvementsChanged: 1,
      improvementsCompleted: 1,
      mapFieldsChanged: 2,
      kpisAdded: 1,
      kpisRemoved: 1,
      kpisRedefined: 1,
      // Abandonment 70 → 50, and the NPS removed (38 → nothing).
      kpisChanged: 2,
      kpisReachingTarget: 1,
      // Scores 1, −1, 0, 2, −2 before; 1, −1, −1 after (Démo and Essai left with their stage).
      averageEmotionBefore: 0,
      averageEmotionAfter: -0.333333333,
      identical: false,
    });
  });

  it('counts as completed only the improvements that became DONE', () => {
    const summary = summaryAfter((c) => {
      byId(c.improvements, journey.SHORTER_FORM).status = 'DONE';
      byId(c.improvements, journey.SHOW_FEES).status = 'DROPPED';
    });
    expect(summary).toMatchObject({ improvementsStatusChanged: 2, improvementsCompleted: 1 });
  });

  it('counts the KPIs at or past their target in the newer side', () => {
    const summary = summaryAfter((c) => {
      const at = '2025-06-30T00:00:00.000Z';
      byId(c.kpis, journey.NPS).history.push({ value: 50, measuredAt: at, source: null });
      byId(c.kpis, journey.CART_ABANDONMENT).history.push({
        value: 56,
        measuredAt: at,
        source: null,
      });
    });
    expect(summary).toMatchObject({ kpisChanged: 2, kpisReachingTarget: 1 });
  });

  it('averages the scored touchpoints of the whole map on each side', () => {
    const summary = summaryAfter((c) => {
      byId(c.touchpoints, journey.WEBSITE).emotionScore = null;
      byId(c.touchpoints, journey.CHECKOUT).emotionScore = 1;
    });
    // Before: (1 − 1 + 0 + 2 − 2) / 5; after: (1 + 0 + 2 + 1) / 4.
    expect(summary).toMatchObject({ averageEmotionBefore: 0, averageEmotionAfter: 1 });
  });
});
