/**
 * Phase 5 of seed 004, Recommandation & advocacy: three months in, Marie is
 * satisfied enough to review the tool and recommend it to a peer, though the
 * referral programme is hard to find. GREEN on average (0.5, rounded half
 * away from zero). Holds the map's NPS, from 38 towards 50.
 */
import type { DemoStage } from '../../demoTypes';

export const ADVOCACY: DemoStage = {
  id: '01J7X3FCR0DEM0ST0000000005',
  name: 'Recommandation & advocacy',
  description:
    'Trois mois après la souscription, Marie évalue l’outil publiquement et le recommande autour d’elle.',
  customerGoal:
    'Partager une bonne solution avec ses pairs et en tirer de la reconnaissance (ou un mois offert).',
  owner: 'Camille Laurent, CX owner',
  touchpoints: [
    {
      id: '01J7X3H7B0DEM0TP0000000019',
      name: 'Enquête NPS trimestrielle',
      description:
        'Question envoyée par email chaque trimestre : « Sur une échelle de 0 à 10, recommanderiez-vous l’outil à un collègue ? »',
      channel: 'EMAIL',
      actions: [
        'Donne la note de 8 sur 10',
        'Écrit que le produit est bon mais le support trop lent',
      ],
      thoughts: ['« L’outil est bon, le support beaucoup moins. »'],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Customer Success',
      painPoints: [],
    },
    {
      id: '01J7X3K1Y0DEM0TP0000000020',
      name: 'Avis en ligne sur G2',
      description: 'Avis déposé sur G2 à l’invitation de l’équipe marketing.',
      channel: 'REVIEW_SITE',
      actions: ['Laisse un avis de 4 sur 5 sur G2', 'Cite l’import de contacts et les tutoriels'],
      thoughts: ['« Je veux être juste : le produit mérite mieux que son support. »'],
      emotionScore: 1,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
    {
      id: '01J7X3MWH0DEM0TP0000000021',
      name: 'Programme de parrainage',
      description:
        'Un mois d’abonnement offert au parrain et au filleul pour chaque recommandation aboutie.',
      channel: 'CUSTOMER_PORTAL',
      actions: [
        'Cherche le lien de parrainage, caché dans les paramètres du compte',
        'Ne trouve pas quand la récompense est versée',
      ],
      thoughts: ['« Je ne savais même pas que ce programme existait. »'],
      emotionScore: -1,
      isMomentOfTruth: false,
      ownerTeam: 'Marketing',
      painPoints: [
        {
          id: '01J7X3PQ40DEM0PP0000000011',
          description:
            'Programme de parrainage peu visible : lien caché dans les paramètres du compte, récompense jamais expliquée.',
          severity: 'MEDIUM',
          evidence: [
            'Analytics produit : 4 % des clients ont ouvert la page Parrainage (T3 2025)',
            'Verbatim interview : « Je ne savais même pas qu’il existait un programme de parrainage. »',
          ],
        },
      ],
    },
    {
      id: '01J7X3RHQ0DEM0TP0000000022',
      name: 'Recommandation à une consœur',
      description:
        'Bouche-à-oreille : Marie recommande l’outil à une responsable marketing de son réseau.',
      channel: 'WORD_OF_MOUTH',
      actions: [
        'Recommande l’outil à une consœur lors d’un afterwork du club marketing local',
        'Lui transfère son lien de parrainage',
      ],
      thoughts: ['« Avec une bonne prise en main, elle gagnera des semaines. »'],
      emotionScore: 2,
      isMomentOfTruth: true,
      ownerTeam: 'Marketing',
      painPoints: [],
    },
  ],
  kpis: [
    {
      id: '01J7X3TCA0DEM0KP0000000012',
      name: 'NPS des clients PME',
      type: 'NPS',
      unit: 'points',
      baseline: 38,
      target: 50,
      measurements: [
        {
          value: 38,
          measuredAt: '2025-03-31T16:00:00.000Z',
          source: 'Enquête NPS T1 2025 (n = 187)',
        },
        {
          value: 40,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Enquête NPS T2 2025 (n = 203)',
        },
        {
          value: 43,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Enquête NPS T3 2025 (n = 196)',
        },
        {
          value: 45,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Enquête NPS T4 2025 (n = 221)',
        },
      ],
    },
    {
      id: '01J7X3W6X0DEM0KP0000000013',
      name: 'Note moyenne des avis G2 / Capterra',
      type: 'CUSTOM',
      unit: '/ 5',
      baseline: 4.1,
      target: 4.5,
      measurements: [
        { value: 4.1, measuredAt: '2025-03-31T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 4.2, measuredAt: '2025-06-30T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 4.2, measuredAt: '2025-09-30T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 4.3, measuredAt: '2025-12-31T16:00:00.000Z', source: 'G2 et Capterra' },
      ],
    },
    {
      id: '01J7X3Y1G0DEM0KP0000000014',
      name: 'Volume d’avis publiés',
      type: 'CUSTOM',
      unit: 'avis / trimestre',
      baseline: 9,
      target: 25,
      measurements: [
        { value: 9, measuredAt: '2025-03-31T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 12, measuredAt: '2025-06-30T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 15, measuredAt: '2025-09-30T16:00:00.000Z', source: 'G2 et Capterra' },
        { value: 19, measuredAt: '2025-12-31T16:00:00.000Z', source: 'G2 et Capterra' },
      ],
    },
    {
      id: '01J7X3ZW30DEM0KP0000000015',
      name: 'Taux d’utilisation du programme de parrainage',
      type: 'CUSTOM',
      unit: '% des clients',
      baseline: 3,
      target: 10,
      measurements: [
        { value: 3, measuredAt: '2025-06-30T16:00:00.000Z', source: 'Analytics produit – T2 2025' },
        {
          value: 4.1,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Analytics produit – T3 2025',
        },
        {
          value: 4.8,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Analytics produit – T4 2025',
        },
      ],
    },
  ],
};
