/**
 * Phase 3 of seed 004, Achat (conversion): a convincing trial and a smooth
 * e-signature, spoilt by a pushy end-of-trial call and hidden fees at
 * payment. ORANGE on average (−0.25).
 */
import type { DemoStage } from '../../demoTypes';

export const PURCHASE: DemoStage = {
  id: '01J7X25930DEM0ST0000000003',
  name: 'Achat',
  description:
    'Marie teste l’outil pendant l’essai gratuit, obtient l’accord de son directeur général et souscrit l’abonnement annuel Pro.',
  customerGoal:
    'Valider l’outil en conditions réelles, faire accepter le budget par la direction et souscrire sans mauvaise surprise.',
  owner: 'Nadia Benali, directrice commerciale',
  touchpoints: [
    {
      id: '01J7X273P0DEM0TP0000000010',
      name: 'Essai gratuit de 14 jours',
      description:
        'Inscription en deux minutes depuis le site, sans carte bancaire, puis accès complet à l’offre Pro pendant 14 jours.',
      channel: 'WEBSITE',
      actions: [
        'Crée son compte d’essai sans carte bancaire',
        'Importe 1 200 contacts depuis un fichier Excel',
        'Lance un premier scénario de relance',
      ],
      thoughts: [
        '« L’import de contacts est bluffant de simplicité. »',
        '« Quatorze jours, c’est court pour tester une vraie campagne. »',
      ],
      emotionScore: 1,
      isMomentOfTruth: true,
      ownerTeam: 'Produit / UX',
      painPoints: [
        {
          id: '01J7X28Y90DEM0PP0000000005',
          description:
            'Essai trop court pour mesurer une campagne réelle : un cycle de relance dure trois semaines chez les PME.',
          severity: 'MEDIUM',
          evidence: [
            'Analytics produit : 38 % des essais PME n’ont lancé aucun scénario avant J+14 (T4 2024)',
            'Verbatim interview : « Quatorze jours, c’est trop court pour voir les premiers résultats. »',
          ],
        },
      ],
    },
    {
      id: '01J7X2ARW0DEM0TP0000000011',
      name: 'Appel commercial de fin d’essai',
      description: 'Appel du commercial à J+12 de l’essai pour proposer l’abonnement annuel.',
      channel: 'PHONE',
      actions: [
        'Répond à l’appel entre deux réunions',
        'Pose ses questions sur la synchronisation avec HubSpot',
      ],
      thoughts: ['« Il veut surtout signer avant la fin du mois. »'],
      emotionScore: -1,
      isMomentOfTruth: false,
      ownerTeam: 'Sales',
      painPoints: [
        {
          id: '01J7X2CKF0DEM0PP0000000006',
          description:
            'Relance commerciale pressante, sans réponse aux questions techniques sur l’intégration CRM.',
          severity: 'MEDIUM',
          evidence: [
            'Appel enregistré de novembre 2024 : la question sur la synchronisation HubSpot reste sans réponse',
            'Enquête perdants T4 2024 : 1 prospect sur 5 cite « la pression commerciale »',
          ],
        },
      ],
    },
    {
      id: '01J7X2EE20DEM0TP0000000012',
      name: 'Signature électronique du contrat',
      description: 'Bon de commande envoyé par Yousign, signable depuis un mobile.',
      channel: 'E_SIGNATURE',
      actions: [
        'Fait valider le budget par son directeur général',
        'Signe le bon de commande en deux clics depuis son téléphone',
      ],
      thoughts: ['« Enfin une étape simple. »'],
      emotionScore: 1,
      isMomentOfTruth: false,
      ownerTeam: 'Sales / ADV',
      painPoints: [],
    },
    {
      id: '01J7X2G8N0DEM0TP0000000013',
      name: 'Souscription annuelle et paiement',
      description:
        'Paiement de l’abonnement annuel Pro par prélèvement SEPA, avec la première facture.',
      channel: 'WEBSITE',
      actions: ['Renseigne le mandat SEPA', 'Découvre le montant total de la première facture'],
      thoughts: [
        '« Ces frais n’apparaissaient nulle part sur la page Tarifs. »',
        '« Comment je justifie ça auprès de mon DG ? »',
      ],
      emotionScore: -2,
      isMomentOfTruth: true,
      ownerTeam: 'Finance',
      painPoints: [
        {
          id: '01J7X2J380DEM0PP0000000007',
          description:
            'Frais cachés au moment du paiement : 490 € de frais de mise en service et un supplément par utilisateur au-delà de 3, absents de la page Tarifs.',
          severity: 'HIGH',
          evidence: [
            'Avis G2, janvier 2025 : « Mauvaise surprise au moment de payer : des frais de mise en service jamais mentionnés. »',
            'CRM : 23 % des opportunités perdues au stade du paiement citent le prix final (T4 2024)',
            'Ticket Zendesk : « Pouvez-vous retirer les frais de setup ? Ils n’étaient pas dans le devis. »',
          ],
        },
      ],
    },
  ],
  kpis: [
    {
      id: '01J7X2KXV0DEM0KP0000000006',
      name: 'Taux de conversion de l’essai gratuit',
      type: 'CONVERSION_RATE',
      unit: '% des essais',
      baseline: 14,
      target: 22,
      measurements: [
        {
          value: 14,
          measuredAt: '2025-03-31T16:00:00.000Z',
          source: 'Analytics produit – T1 2025',
        },
        {
          value: 15.5,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Analytics produit – T2 2025',
        },
        {
          value: 16,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Analytics produit – T3 2025',
        },
        {
          value: 17.2,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Analytics produit – T4 2025',
        },
      ],
    },
    {
      id: '01J7X2NRE0DEM0KP0000000007',
      name: 'Taux d’abandon du tunnel de souscription',
      type: 'CART_ABANDONMENT_RATE',
      unit: '%',
      baseline: 38,
      target: 25,
      measurements: [
        {
          value: 38,
          measuredAt: '2025-06-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T2 2025',
        },
        {
          value: 36,
          measuredAt: '2025-09-30T16:00:00.000Z',
          source: 'Google Analytics 4 – T3 2025',
        },
        {
          value: 34,
          measuredAt: '2025-12-31T16:00:00.000Z',
          source: 'Google Analytics 4 – T4 2025',
        },
      ],
    },
  ],
};
