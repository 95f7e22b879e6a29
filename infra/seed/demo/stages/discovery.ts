/** Phase 1 of seed 004, Découverte (awareness): a mostly positive start, GREEN on average. */
import type { DemoStage } from '../../demoTypes';

export const DISCOVERY: DemoStage = {
  id: '01J7X10N70DEM0ST0000000001',
  name: 'Découverte',
  description:
    'Marie prend conscience qu’elle perd des leads faute de relances automatisées et découvre l’outil par la publicité, le contenu et les salons.',
  customerGoal:
    'Trouver une façon de générer et de relancer plus de leads sans alourdir sa charge de travail.',
  owner: 'Léa Martin, responsable acquisition',
  touchpoints: [
    {
      id: '01J7X12FT0DEM0TP0000000001',
      name: 'Campagne LinkedIn Ads',
      description:
        'Publicité sponsorisée ciblant les responsables marketing de PME industrielles, qui renvoie vers le livre blanc « Relancer ses leads sans y passer ses soirées ».',
      channel: 'ONLINE_ADS',
      actions: [
        'Voit la publicité dans son fil LinkedIn, entre deux posts de confrères',
        'Clique vers la page du livre blanc',
      ],
      thoughts: [
        '« Encore un outil de plus ? »',
        '« Le cas client d’une PME industrielle me parle. »',
      ],
      emotionScore: 1,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
    {
      id: '01J7X14AD0DEM0TP0000000002',
      name: 'Article de blog SEO',
      description:
        'Article « 5 scénarios d’emailing pour relancer vos leads », en première page de Google sur « relance leads automatique ».',
      channel: 'SEARCH_ENGINE',
      actions: [
        'Cherche « automatiser relance leads PME » sur Google',
        'Lit l’article jusqu’au bout et télécharge le livre blanc',
      ],
      thoughts: ['« Enfin du concret, avec des exemples chiffrés. »'],
      emotionScore: 2,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
    {
      id: '01J7X16500DEM0TP0000000003',
      name: 'Salon professionnel',
      description:
        'Stand au salon e-marketing de Paris : échange avec un commercial, plaquette, promesse d’un rappel.',
      channel: 'EVENT',
      actions: [
        'Passe au stand entre deux conférences',
        'Échange dix minutes avec un commercial et laisse sa carte de visite',
      ],
      thoughts: [
        '« Le commercial connaît bien les PME. »',
        '« Dommage qu’on ne puisse pas voir l’outil sur le stand. »',
      ],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing événementiel',
      painPoints: [
        {
          id: '01J7X17ZK0DEM0PP0000000001',
          description:
            'Rappel promis sur le stand mais arrivé trois semaines après le salon, quand Marie avait déjà commencé à comparer d’autres solutions.',
          severity: 'LOW',
          evidence: [
            'CRM HubSpot : 21 jours en moyenne entre le scan du badge et le premier appel (salon de mars 2024)',
            'Verbatim interview, juin 2024 : « On m’a rappelée quand je ne m’en souvenais plus. »',
          ],
        },
      ],
    },
    {
      id: '01J7X19T60DEM0TP0000000004',
      name: 'Séquence d’emails du livre blanc',
      description:
        'Quatre emails automatiques envoyés sur deux semaines après le téléchargement du livre blanc.',
      channel: 'EMAIL',
      actions: ['Ouvre le deuxième email, qui présente un cas client', 'Ignore les deux suivants'],
      thoughts: ['« Un peu insistant, mais le cas client est utile. »'],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
  ],
  kpis: [
    {
      id: '01J7X1BMS0DEM0KP0000000001',
      name: 'Trafic par source : SEO organique',
      type: 'TRAFFIC',
      unit: 'visites / mois',
      baseline: 6200,
      target: 9000,
      measurements: [
        {
          value: 6200,
          measuredAt: '2025-03-31T16:00:00.000Z',
          source: 'Google Analytics 4 – T1 2025',
        },
        {
          value: 6900,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T2 2025',
        },
        {
          value: 7400,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T3 2025',
        },
        {
          value: 8100,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Google Analytics 4 – T4 2025',
        },
      ],
    },
    {
      id: '01J7X1DFC0DEM0KP0000000002',
      name: 'Trafic par source : LinkedIn Ads',
      type: 'TRAFFIC',
      unit: 'visites / mois',
      baseline: 1800,
      target: 2500,
      measurements: [
        {
          value: 1800,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T2 2025',
        },
        {
          value: 2150,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T3 2025',
        },
        {
          value: 2600,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Google Analytics 4 – T4 2025',
        },
      ],
    },
    {
      id: '01J7X1F9Z0DEM0KP0000000003',
      name: 'Taux de clic des campagnes LinkedIn Ads',
      type: 'CLICK_THROUGH_RATE',
      unit: '%',
      baseline: 0.45,
      target: 0.8,
      measurements: [
        {
          value: 0.45,
          measuredAt: '2025-03-31T16:00:00.000Z',
          source: 'LinkedIn Campaign Manager',
        },
        {
          value: 0.52,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'LinkedIn Campaign Manager',
        },
        {
          value: 0.61,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'LinkedIn Campaign Manager',
        },
        {
          value: 0.66,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'LinkedIn Campaign Manager',
        },
      ],
    },
  ],
};
