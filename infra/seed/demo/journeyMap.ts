/**
 * The demo map's own fields. Its scope follows seed 004's one-page "livrable
 * de cadrage" (objectif, périmètre, segment, horizon, parties prenantes), with
 * objectives taken from the seed's examples (NPS from 38 to 50, fewer
 * drop-outs before subscription).
 */
import type { DemoMap } from '../demoTypes';
import { MARIE } from './personas';

export const DEMO_MAP: DemoMap = {
  id: '01J7B05SM0DEM0MP0000000001',
  title: 'Souscription SaaS – Marie',
  description:
    'Parcours actuel (as-is) de Marie, responsable marketing dans une PME, depuis la campagne LinkedIn qui lui fait découvrir l’outil jusqu’à sa recommandation à une consœur. Construit lors des ateliers de cartographie de septembre 2024 à partir du CRM, de Google Analytics 4, de 8 interviews clientes, des tickets support et des avis G2 / Capterra ; revu chaque trimestre.',
  state: 'CURRENT',
  status: 'ACTIVE',
  scope: {
    objective:
      'Faire passer le NPS des clients PME de 38 à 50 et réduire de 30 % les abandons entre la demande de devis et la souscription d’ici fin 2025.',
    perimeter:
      'Parcours de souscription de bout en bout, de la découverte à la recommandation : canaux online (site, essai gratuit, application, emails, avis) et offline (salons, démo commerciale, hotline).',
    segment: 'Responsables marketing de PME (10 à 250 salariés), offre Pro en abonnement annuel',
    horizon: '12 mois, avec une revue trimestrielle',
    stakeholders: [
      'Marketing',
      'Sales',
      'Service client',
      'Produit / UX',
      'Finance',
      'Direction générale',
    ],
  },
  owner: 'Camille Laurent (CX owner)',
  tags: ['saas', 'b2b', 'pme', 'souscription', 'as-is'],
  personaIds: [MARIE.id],
  reviewCadenceDays: 90,
};
