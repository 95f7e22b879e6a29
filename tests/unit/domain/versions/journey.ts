/**
 * A small SaaS subscription journey (three stages, five touchpoints, pain
 * points, KPIs and a backlog) that the version tests change field by field.
 * Every call builds fresh records, so a test may edit its copy freely.
 * Tests import it whole: `journey.contents()`, `journey.CHECKOUT`.
 */
import type { MapContents } from '../../../../domain/maps/mapContents';
import { buildMapView, type MapView } from '../../../../domain/maps/mapView';
import { make, testId } from '../../support/records';

export const MAP = testId(1);
export const [DISCOVERY, EVALUATION, PURCHASE] = [testId(11), testId(12), testId(13)];
export const [SEARCH, WEBSITE, DEMO, TRIAL, CHECKOUT] = [
  testId(21),
  testId(22),
  testId(23),
  testId(24),
  testId(25),
];
export const [LONG_FORM, HIDDEN_FEES] = [testId(31), testId(32)];
export const [NPS, CART_ABANDONMENT] = [testId(41), testId(42)];
/** Improvement ids are `<mapId>:<ulid>`. */
export const improvementId = (n: number): string => `${MAP}:${testId(n)}`;
export const [SHORTER_FORM, SHOW_FEES] = [improvementId(51), improvementId(52)];
export const [MARIE, YOUSSEF] = [testId(901), testId(902)];

/** The journey as a map's contents. */
export function contents(): MapContents {
  return make.contents({
    header: make.header({
      id: MAP,
      title: 'Souscription SaaS',
      personaIds: [MARIE, YOUSSEF],
      tags: ['saas'],
      changeSeq: 12,
      latestVersion: 2,
    }),
    stages: [
      make.stage({ id: DISCOVERY, name: 'Découverte', orderKey: 'a' }),
      make.stage({ id: EVALUATION, name: 'Évaluation', orderKey: 'b' }),
      make.stage({ id: PURCHASE, name: 'Achat', orderKey: 'c' }),
    ],
    touchpoints: [
      make.touchpoint({
        id: SEARCH,
        stageId: DISCOVERY,
        name: 'Recherche Google',
        channel: 'SEARCH_ENGINE',
        orderKey: 'a',
        emotionScore: 1,
      }),
      make.touchpoint({
        id: WEBSITE,
        stageId: DISCOVERY,
        name: 'Site web',
        orderKey: 'b',
        emotionScore: -1,
      }),
      make.touchpoint({
        id: DEMO,
        stageId: EVALUATION,
        name: 'Démo commerciale',
        channel: 'SALES_MEETING',
        mode: 'OFFLINE',
        orderKey: 'a',
        emotionScore: 0,
      }),
      make.touchpoint({
        id: TRIAL,
        stageId: EVALUATION,
        name: 'Essai gratuit',
        channel: 'MOBILE_APP',
        orderKey: 'b',
        emotionScore: 2,
      }),
      make.touchpoint({
        id: CHECKOUT,
        stageId: PURCHASE,
        name: 'Paiement',
        orderKey: 'a',
        emotionScore: -2,
      }),
    ],
    painPoints: [
      make.painPoint({
        id: LONG_FORM,
        touchpointId: WEBSITE,
        description: 'Formulaire de devis de plus de 10 champs',
        severity: 'HIGH',
      }),
      make.painPoint({
        id: HIDDEN_FEES,
        touchpointId: CHECKOUT,
        description: 'Frais cachés au paiement',
        severity: 'CRITICAL',
      }),
    ],
    kpis: [
      make.kpi({
        id: NPS,
        stageId: DISCOVERY,
        name: 'NPS clients premium',
        type: 'NPS',
        baseline: 35,
        target: 50,
        history: [{ value: 38, measuredAt: '2025-03-31T00:00:00.000Z', source: 'Enquête' }],
      }),
      make.kpi({
        id: CART_ABANDONMENT,
        stageId: PURCHASE,
        name: 'Abandon de panier',
        type: 'CART_ABANDONMENT_RATE',
        unit: '%',
        baseline: 72,
        target: 55,
        history: [{ value: 70, measuredAt: '2025-03-31T00:00:00.000Z', source: null }],
      }),
    ],
    improvements: [
      make.improvement({
        id: SHORTER_FORM,
        mapId: MAP,
        title: 'Formulaire en 3 champs',
        impact: 4,
        effort: 2,
        status: 'IN_PROGRESS',
        stageId: DISCOVERY,
        touchpointIds: [WEBSITE],
        painPointIds: [LONG_FORM],
        kpiId: NPS,
      }),
      make.improvement({
        id: SHOW_FEES,
        mapId: MAP,
        title: 'Afficher les frais dès la page prix',
        impact: 5,
        effort: 1,
        status: 'PLANNED',
        stageId: PURCHASE,
        touchpointIds: [CHECKOUT],
        painPointIds: [HIDDEN_FEES],
        kpiId: CART_ABANDONMENT,
      }),
    ],
  });
}

/** The journey after `edit` changed a deep copy of it. */
export function edited(edit: (map: MapContents) => void, base = contents()): MapContents {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

export const view = (map: MapContents): MapView => buildMapView(map);
