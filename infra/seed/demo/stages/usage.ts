/**
 * Phase 4 of seed 004, Expérience d’usage & fidélisation: the bottom of the
 * emotion curve. Good in-app tutorials cannot make up for a thin onboarding,
 * a support that answers after more than 48 h and no way to reach a human.
 * RED on average (−0.6).
 */
import type { DemoStage } from '../../demoTypes';

export const USAGE: DemoStage = {
  id: '01J7X2QK10DEM0ST0000000004',
  name: 'Expérience d’usage & fidélisation',
  description:
    'Après la souscription : onboarding, prise en main, support et premières mesures de satisfaction, qui décident du renouvellement.',
  customerGoal:
    'Lancer ses premières campagnes automatisées en moins d’un mois et obtenir de l’aide rapidement quand quelque chose bloque.',
  owner: 'Thomas Petit, responsable Customer Success',
  touchpoints: [
    {
      id: '01J7X2SDM0DEM0TP0000000014',
      name: 'Email de bienvenue et onboarding',
      description:
        'Email de bienvenue générique avec un lien vers le centre d’aide ; aucun rendez-vous de prise en main n’est proposé.',
      channel: 'EMAIL',
      actions: [
        'Lit l’email de bienvenue',
        'Cherche en vain comment réserver une session de formation',
      ],
      thoughts: ['« Et maintenant, par où je commence ? »'],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Customer Success',
      painPoints: [
        {
          id: '01J7X2V870DEM0PP0000000008',
          description:
            'Onboarding insuffisant après l’achat : un seul email générique, sans rendez-vous de prise en main ni interlocuteur dédié.',
          severity: 'HIGH',
          evidence: [
            'Verbatim enquête J+30 : « Après la signature, plus personne. On se débrouille avec le centre d’aide. »',
            'Analytics produit : 46 % seulement des nouveaux comptes PME terminent l’onboarding (T1 2025)',
            'Zendesk : 31 % des tickets du premier mois portent sur la prise en main',
          ],
        },
      ],
    },
    {
      id: '01J7X2X2T0DEM0TP0000000015',
      name: 'Tutoriels in-app',
      description:
        'Tutoriel interactif de 10 minutes et bulles d’aide dans l’application web (espace client).',
      channel: 'CUSTOMER_PORTAL',
      actions: ['Suit le tutoriel interactif', 'Crée son premier tableau de bord de campagne'],
      thoughts: ['« Bien fait : mon alternante s’y retrouve seule. »'],
      emotionScore: 1,
      isMomentOfTruth: false,
      ownerTeam: 'Produit / UX',
      painPoints: [],
    },
    {
      id: '01J7X2YXD0DEM0TP0000000016',
      name: 'Chat support',
      description: 'Chat du centre d’aide, traité par l’équipe support niveau 1.',
      channel: 'LIVE_CHAT',
      actions: [
        'Signale un scénario de relance bloqué la veille d’une campagne',
        'Reçoit une première réponse 52 heures plus tard',
      ],
      thoughts: ['« La campagne du salon est partie sans relance. »'],
      emotionScore: -2,
      isMomentOfTruth: true,
      ownerTeam: 'Service client',
      painPoints: [
        {
          id: '01J7X30R00DEM0PP0000000009',
          description:
            'Délai de réponse du support supérieur à 48 h : 52 h en moyenne avant la première réponse sur l’offre Pro.',
          severity: 'HIGH',
          evidence: [
            'Zendesk : première réponse en 52 h en moyenne sur les tickets Pro (T4 2024)',
            'Avis Capterra, février 2025 : « Support aux abonnés absents quand on en a besoin. »',
          ],
        },
      ],
    },
    {
      id: '01J7X32JK0DEM0TP0000000017',
      name: 'Hotline',
      description:
        'Hotline téléphonique, réservée aux clients Premium ; les autres tombent sur un serveur vocal.',
      channel: 'PHONE',
      actions: [
        'Appelle la hotline pour un problème de synchronisation avec son CRM',
        'Tombe sur un serveur vocal qui la renvoie vers le centre d’aide',
      ],
      thoughts: [
        '« Il est impossible de parler à quelqu’un ! »',
        '« Est-ce que je me suis trompée d’outil ? »',
      ],
      emotionScore: -2,
      isMomentOfTruth: true,
      ownerTeam: 'Service client',
      painPoints: [
        {
          id: '01J7X34D60DEM0PP0000000010',
          description:
            'Impossible de joindre un humain pour un problème complexe : hotline réservée à l’offre Premium, serveur vocal sans issue pour les autres.',
          severity: 'CRITICAL',
          evidence: [
            'Téléphonie : 64 % des appels de clients Pro raccrochent au serveur vocal (T4 2024)',
            'Verbatim enquête J+30 : « Pour un problème complexe, il faut un humain, pas un article d’aide. »',
            'Avis G2, mars 2025 : « Impossible de joindre un humain en cas de problème. »',
          ],
        },
      ],
    },
    {
      id: '01J7X367S0DEM0TP0000000018',
      name: 'Enquête de satisfaction J+30',
      description: 'Enquête CSAT envoyée automatiquement 30 jours après la souscription.',
      channel: 'EMAIL',
      actions: [
        'Répond à l’enquête',
        'Donne 3 sur 5 et raconte l’épisode de la hotline en commentaire',
      ],
      thoughts: ['« Est-ce que quelqu’un lira vraiment mon commentaire ? »'],
      emotionScore: 0,
      isMomentOfTruth: false,
      ownerTeam: 'Customer Success',
      painPoints: [],
    },
  ],
  kpis: [
    {
      id: '01J7X382C0DEM0KP0000000008',
      name: 'Taux d’activation',
      type: 'ACTIVATION_RATE',
      unit: '% des nouveaux comptes',
      baseline: 46,
      target: 70,
      measurements: [
        {
          value: 46,
          measuredAt: '2025-03-31T16:00:00.000Z',
          source: 'Analytics produit – T1 2025',
        },
        {
          value: 49,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Analytics produit – T2 2025',
        },
        {
          value: 53,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Analytics produit – T3 2025',
        },
        {
          value: 55,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Analytics produit – T4 2025',
        },
      ],
    },
    {
      id: '01J7X39WZ0DEM0KP0000000009',
      name: 'Churn mensuel',
      type: 'CHURN_RATE',
      unit: '% / mois',
      baseline: 2.4,
      target: 1.5,
      measurements: [
        { value: 2.4, measuredAt: '2025-03-31T16:00:00.000Z', source: 'Facturation – T1 2025' },
        { value: 2.3, measuredAt: '2025-06-30T16:00:00.000Z', source: 'Facturation – T2 2025' },
        { value: 2.1, measuredAt: '2025-09-30T16:00:00.000Z', source: 'Facturation – T3 2025' },
        { value: 2, measuredAt: '2025-12-31T16:00:00.000Z', source: 'Facturation – T4 2025' },
      ],
    },
    {
      id: '01J7X3BQJ0DEM0KP0000000010',
      name: 'Délai moyen de résolution des tickets',
      type: 'RESOLUTION_TIME',
      unit: 'heures',
      baseline: 71,
      target: 36,
      measurements: [
        { value: 71, measuredAt: '2025-06-30T16:00:00.000Z', source: 'Zendesk – T2 2025' },
        { value: 64, measuredAt: '2025-09-30T16:00:00.000Z', source: 'Zendesk – T3 2025' },
        { value: 58, measuredAt: '2025-12-31T16:00:00.000Z', source: 'Zendesk – T4 2025' },
      ],
    },
    {
      id: '01J7X3DJ50DEM0KP0000000011',
      name: 'CSAT à J+30',
      type: 'CSAT',
      unit: '/ 5',
      baseline: 3.6,
      target: 4.2,
      measurements: [
        { value: 3.6, measuredAt: '2025-09-30T16:00:00.000Z', source: 'Enquête J+30 – T3 2025' },
        { value: 3.7, measuredAt: '2025-12-31T16:00:00.000Z', source: 'Enquête J+30 – T4 2025' },
      ],
    },
  ],
};
