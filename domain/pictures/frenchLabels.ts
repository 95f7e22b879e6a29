/**
 * The French words the pictures print for the API's enums; the demo and the
 * seeds are French, so the pictures are too (`lang="fr"`).
 */
import type { Channel, ImprovementStatus, MapState, Quadrant, Severity } from '../shared/enums';

/** Channel names as a French CX team says them. */
export const CHANNEL_LABEL: Record<Channel, string> = {
  WEBSITE: 'Site web',
  MOBILE_APP: 'Application mobile',
  EMAIL: 'Email',
  SMS: 'SMS',
  SOCIAL_MEDIA: 'Réseaux sociaux',
  MESSAGING: 'Messagerie',
  SEARCH_ENGINE: 'Moteur de recherche',
  ONLINE_ADS: 'Publicité en ligne',
  MARKETPLACE: 'Marketplace',
  REVIEW_SITE: 'Site d’avis',
  CHATBOT: 'Chatbot',
  LIVE_CHAT: 'Chat en direct',
  WEBINAR: 'Webinar',
  CUSTOMER_PORTAL: 'Espace client',
  COMMUNITY: 'Communauté en ligne',
  E_SIGNATURE: 'Signature électronique',
  PHONE: 'Téléphone',
  STORE: 'Magasin',
  EVENT: 'Salon / événement',
  PRINT: 'Imprimé',
  PRESS: 'Presse',
  WORD_OF_MOUTH: 'Bouche-à-oreille',
  SALES_MEETING: 'Rendez-vous commercial',
  DELIVERY: 'Livraison',
  ON_SITE_VISIT: 'Visite sur site',
  OTHER_ONLINE: 'Autre canal en ligne',
  OTHER_OFFLINE: 'Autre canal hors ligne',
};

/** Pain point severities. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  LOW: 'Faible',
  MEDIUM: 'Moyenne',
  HIGH: 'Élevée',
  CRITICAL: 'Critique',
};

/** Improvement statuses. */
export const STATUS_LABEL: Record<ImprovementStatus, string> = {
  IDEA: 'Idée',
  PLANNED: 'Planifiée',
  IN_PROGRESS: 'En cours',
  DONE: 'Terminée',
  DROPPED: 'Abandonnée',
};

/** The four quadrants, in seed 004's words ("Matrice Impact / Effort"). */
export const QUADRANT_LABEL: Record<Quadrant, { title: string; advice: string }> = {
  QUICK_WIN: { title: 'Quick wins', advice: 'à lancer immédiatement' },
  STRATEGIC_PROJECT: { title: 'Projets stratégiques', advice: 'à planifier' },
  FILL_IN: { title: 'À faire si temps disponible', advice: 'impact faible, effort faible' },
  AVOID: { title: 'À éviter ou repousser', advice: 'impact faible, effort élevé' },
};

/** As-is or to-be. */
export const STATE_LABEL: Record<MapState, string> = {
  CURRENT: 'État actuel (as-is)',
  FUTURE: 'État futur (to-be)',
};

/** What the header says for the draft, which has no version label. */
export const DRAFT_LABEL = 'Brouillon';
