/**
 * The three personas of seed 004 ("commencez avec 2 à 3 personas"). Marie is
 * the one the demo map follows; Youssef and Claire show how different the
 * journey of a TPE owner or of a group CFO would be.
 */
import type { DemoPersona } from '../demoTypes';

export const MARIE: DemoPersona = {
  id: '01J6RZEK70DEM0PE0000000001',
  name: 'Marie, responsable marketing PME',
  description:
    'Marie, 42 ans, est responsable marketing d’une PME industrielle de 60 salariés près de Lyon. Avec une alternante, elle pilote la génération de leads, l’emailing, le site web et les salons. Elle cherche un outil d’automatisation marketing que son équipe adopte vite, sans mobiliser la DSI.',
  jobTitle: 'Responsable marketing',
  age: 42,
  segment: 'PME, 10–250 salariés',
  goals: [
    'Générer plus de leads qualifiés pour l’équipe commerciale',
    'Automatiser les campagnes d’emailing et les relances',
    'Prouver le ROI du marketing à la direction avec des tableaux de bord clairs',
    'Mettre l’outil en place en moins d’un mois, sans projet informatique',
  ],
  frustrations: [
    'Les formulaires interminables à remplir avant même de connaître un prix',
    'Les frais cachés découverts au moment de payer',
    'Un support qui répond au bout de 48 h, quand la campagne est déjà partie',
    'Ne jamais pouvoir joindre un humain quand le problème est complexe',
    'Les outils trop complexes que l’équipe abandonne après l’essai',
  ],
  preferredChannels: ['SOCIAL_MEDIA', 'REVIEW_SITE', 'WEBINAR', 'EMAIL', 'WORD_OF_MOUTH'],
  decisionProcess:
    'Elle compare trois solutions pendant trois semaines (avis G2 et Capterra, webinars, démos), teste la favorite en essai gratuit avec une vraie campagne, puis présente une recommandation chiffrée à son directeur général, qui valide le budget. Sa décision repose autant sur les fonctionnalités que sur la qualité du support perçue pendant l’essai.',
  quote:
    '« Je veux un outil que mon équipe adopte en une semaine, et quelqu’un qui décroche quand ça coince. »',
  dataSources: [
    'CRM HubSpot : 420 opportunités PME (2023-2024)',
    '8 interviews qualitatives de clientes (juin 2024)',
    'Google Analytics 4 : parcours des visiteurs de la page Tarifs',
    'Tickets Zendesk et enquêtes de satisfaction à J+30',
    'Avis G2 et Capterra (2023-2025)',
  ],
};

export const YOUSSEF: DemoPersona = {
  id: '01J6RZGDT0DEM0PE0000000002',
  name: 'Youssef, dirigeant de TPE',
  description:
    'Youssef, 35 ans, a fondé une agence de communication de 8 personnes à Nantes. Il gère lui-même la prospection, les devis et la facturation. Il achète vite, seul, souvent depuis son téléphone, si le prix est affiché et l’outil prêt à l’emploi.',
  jobTitle: 'Dirigeant fondateur',
  age: 35,
  segment: 'TPE, moins de 10 salariés',
  goals: [
    'Gagner du temps sur les tâches administratives',
    'Démarrer sans formation ni intégrateur',
    'Payer au mois, sans engagement',
  ],
  frustrations: [
    'Les prix « sur devis »',
    'Devoir parler à un commercial pour pouvoir tester',
    'Les contrats annuels imposés',
  ],
  preferredChannels: ['SEARCH_ENGINE', 'WORD_OF_MOUTH', 'MOBILE_APP', 'MESSAGING'],
  decisionProcess:
    'Il décide seul, en quelques jours : une recommandation de son expert-comptable ou d’un pair, une recherche Google, un essai gratuit sur mobile, puis un paiement par carte s’il est convaincu.',
  quote: '« Si je ne vois pas le prix sur le site, je passe au suivant. »',
  dataSources: [
    '5 interviews de dirigeants de TPE (2024)',
    'Analytics de l’application mobile',
    'Motifs de contact du chat support',
  ],
};

export const CLAIRE: DemoPersona = {
  id: '01J6RZJ8D0DEM0PE0000000003',
  name: 'Claire, DAF de groupe industriel',
  description:
    'Claire, 50 ans, est directrice administrative et financière d’un groupe industriel de 2 300 salariés. Elle n’utilise pas l’outil au quotidien mais signe le contrat : elle arbitre sur le coût total, la conformité (RGPD, sécurité) et la solidité du fournisseur.',
  jobTitle: 'Directrice administrative et financière',
  age: 50,
  segment: 'ETI et grands groupes industriels, plus de 1 000 salariés',
  goals: [
    'Maîtriser le coût total de possession sur trois ans',
    'Sécuriser la conformité RGPD et la sécurité des données',
    'Consolider les abonnements logiciels des filiales',
  ],
  frustrations: [
    'Les devis PDF qui font des allers-retours pendant des semaines',
    'Les conditions contractuelles floues',
    'Les hausses de prix au renouvellement',
  ],
  preferredChannels: ['SALES_MEETING', 'EMAIL', 'E_SIGNATURE', 'PRESS'],
  decisionProcess:
    'Un achat formel de 6 à 12 mois : appel d’offres, comité d’achat avec la DSI et les métiers, revue juridique du contrat, validation par la direction générale, puis signature électronique.',
  quote:
    '« Montrez-moi le coût sur trois ans et les clauses de sortie ; le reste viendra ensuite. »',
  dataSources: [
    'Retours de l’équipe grands comptes',
    'Appels d’offres gagnés et perdus (2022-2024)',
    'Entretiens avec 4 directions financières',
  ],
};

/** Oldest first, as `personas` lists them (ULIDs sort by their 2024 timestamps). */
export const DEMO_PERSONAS: DemoPersona[] = [MARIE, YOUSSEF, CLAIRE];
