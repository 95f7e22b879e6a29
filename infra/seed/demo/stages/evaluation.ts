/**
 * Phase 2 of seed 004, Recherche et évaluation (consideration): strong
 * content and a good demo, but the 14-field quote form is the map's first RED
 * moment of truth. ORANGE on average (0.4).
 */
import type { DemoStage } from '../../demoTypes';

export const EVALUATION: DemoStage = {
  id: '01J7X1H4J0DEM0ST0000000002',
  name: 'Recherche et évaluation',
  description:
    'Marie compare trois solutions pendant trois semaines : site, tarifs, avis, webinar, demande de devis et démo commerciale.',
  customerGoal:
    'Se convaincre que l’outil tiendra ses promesses pour une équipe de deux personnes, à un prix qu’elle pourra défendre.',
  owner: 'Hugo Bernard, responsable product marketing',
  touchpoints: [
    {
      id: '01J7X1JZ50DEM0TP0000000005',
      name: 'Site web – page Tarifs',
      description:
        'Page Tarifs à trois offres (Essentiel, Pro, Premium) ; le prix de l’offre Pro n’est pas affiché.',
      channel: 'WEBSITE',
      actions: [
        'Compare les trois offres',
        'Cherche le prix de l’offre Pro pour 5 utilisateurs',
        'Ouvre la FAQ pour savoir s’il y a des frais de mise en service',
      ],
      thoughts: [
        '« Pourquoi l’offre Pro est-elle “sur devis” ? »',
        '« Y a-t-il des frais cachés ? »',
      ],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [
        {
          id: '01J7X1MSR0DEM0PP0000000002',
          description:
            'Prix de l’offre Pro non affiché : « sur devis » dès 4 utilisateurs, sans fourchette indicative.',
          severity: 'MEDIUM',
          evidence: [
            'Avis Capterra, mars 2024 : « Impossible de connaître le prix sans passer par un commercial. »',
            'Chat pré-vente : « Combien coûte l’offre Pro ? » est le 2e motif de contact (T3 2024)',
          ],
        },
      ],
    },
    {
      id: '01J7X1PMB0DEM0TP0000000006',
      name: 'Avis G2 / Capterra',
      description: 'Avis clients publiés sur G2 et Capterra (note moyenne 4,1 / 5 début 2025).',
      channel: 'REVIEW_SITE',
      actions: [
        'Lit une vingtaine d’avis sur G2 et Capterra',
        'Filtre les avis d’entreprises de 50 à 200 salariés',
      ],
      thoughts: [
        '« Les utilisateurs saluent la simplicité… »',
        '« … mais plusieurs se plaignent du support. »',
      ],
      emotionScore: 1,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
    {
      id: '01J7X1REY0DEM0TP0000000007',
      name: 'Webinar de démonstration',
      description:
        'Webinar mensuel « Automatiser ses relances en 30 minutes », animé par une experte produit.',
      channel: 'WEBINAR',
      actions: [
        'S’inscrit au webinar',
        'Pose deux questions dans le chat, qui reçoivent une réponse en direct',
      ],
      thoughts: ['« Les scénarios présentés correspondent exactement à mon besoin. »'],
      emotionScore: 2,
      isMomentOfTruth: false,
      ownerTeam: 'Product marketing',
      painPoints: [],
    },
    {
      id: '01J7X1T9H0DEM0TP0000000008',
      name: 'Formulaire de demande de devis (14 champs)',
      description:
        'Seul moyen d’obtenir le prix de l’offre Pro : 14 champs obligatoires, dont le chiffre d’affaires, le SIRET et le budget annuel.',
      channel: 'WEBSITE',
      actions: [
        'Remplit le formulaire pour obtenir le tarif de l’offre Pro',
        'Abandonne une première fois au champ « Budget annuel »',
        'Revient deux jours plus tard et l’envoie',
      ],
      thoughts: [
        '« Pourquoi me demander mon chiffre d’affaires pour un simple prix ? »',
        '« Je vais être harcelée par un commercial. »',
      ],
      emotionScore: -2,
      isMomentOfTruth: true,
      ownerTeam: 'Marketing / Sales ops',
      painPoints: [
        {
          id: '01J7X1W440DEM0PP0000000003',
          description:
            'Formulaire de demande de devis trop long : 14 champs obligatoires (plus de 10), avant tout accès au prix.',
          severity: 'CRITICAL',
          evidence: [
            'Google Analytics 4 : 68 % d’abandon du formulaire, dont 41 % au champ « Budget annuel » (T4 2024)',
            'Hotjar : 3 min 40 s en moyenne pour le remplir sur mobile',
            'Verbatim interview, juin 2024 : « J’ai abandonné deux fois avant d’envoyer ce formulaire. »',
          ],
        },
        {
          id: '01J7X1XYQ0DEM0PP0000000004',
          description:
            'Trois jours ouvrés en moyenne avant le premier contact commercial après l’envoi du formulaire.',
          severity: 'HIGH',
          evidence: [
            'CRM HubSpot : délai médian de premier contact de 3,2 jours (T4 2024)',
            'Verbatim : « Quand le commercial m’a rappelée, j’avais déjà démarré l’essai d’un concurrent. »',
          ],
        },
      ],
    },
    {
      id: '01J7X1ZSA0DEM0TP0000000009',
      name: 'Démo commerciale en visio',
      description:
        'Démonstration personnalisée de 45 minutes avec un commercial, sur les propres scénarios de relance de Marie.',
      channel: 'SALES_MEETING',
      // Note: a sales meeting is offline by default; this one happens by video call.
      mode: 'ONLINE',
      actions: [
        'Assiste à la démo avec son alternante',
        'Montre son fichier de leads et son cycle de vente',
      ],
      thoughts: ['« Il a pris le temps de comprendre notre cycle de vente. »'],
      emotionScore: 1,
      isMomentOfTruth: true,
      ownerTeam: 'Sales',
      painPoints: [],
    },
  ],
  kpis: [
    {
      id: '01J7X21KX0DEM0KP0000000004',
      name: 'Taux de demande de démo',
      type: 'CONVERSION_RATE',
      unit: '% des visiteurs de la page Tarifs',
      baseline: 2.1,
      target: 3.5,
      measurements: [
        { value: 2.1, measuredAt: '2025-03-31T16:00:00.000Z', source: 'HubSpot – T1 2025' },
        { value: 2.4, measuredAt: '2025-06-30T16:00:00.000Z', source: 'HubSpot – T2 2025' },
        { value: 2.6, measuredAt: '2025-09-30T16:00:00.000Z', source: 'HubSpot – T3 2025' },
        { value: 2.9, measuredAt: '2025-12-31T16:00:00.000Z', source: 'HubSpot – T4 2025' },
      ],
    },
    {
      id: '01J7X23EG0DEM0KP0000000005',
      name: 'Taux d’abandon du formulaire de devis',
      type: 'CUSTOM',
      unit: '%',
      // Note: a CUSTOM KPI has no default direction; stating it keeps it right without a baseline.
      direction: 'LOWER_IS_BETTER',
      baseline: 68,
      target: 35,
      measurements: [
        {
          value: 68,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T2 2025',
        },
        {
          value: 66,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T3 2025',
        },
        {
          value: 65,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Google Analytics 4 – T4 2025',
        },
      ],
    },
  ],
};
