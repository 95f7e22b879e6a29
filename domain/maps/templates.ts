/** Stage lists a new map can start from (DOMAIN.md, "Stages"), in English and French. */
import type { MapTemplate, TemplateLanguage } from '../shared/enums';

type StageNames = Record<TemplateLanguage, readonly string[]>;

const TEMPLATES: Record<Exclude<MapTemplate, 'BLANK'>, StageNames> = {
  FIVE_STAGES: {
    EN: [
      'Discovery',
      'Research & evaluation',
      'Purchase',
      'Usage experience, service & loyalty',
      'Recommendation & advocacy',
    ],
    FR: [
      'Découverte',
      'Recherche et évaluation',
      'Achat',
      'Expérience d’usage, service & fidélisation',
      'Recommandation & advocacy',
    ],
  },
  FOUR_STAGES: {
    EN: ['Awareness & information search', 'Consideration & comparison', 'Decision', 'After-sales'],
    FR: [
      'Prise de conscience et recherche d’informations',
      'Considération et comparaison',
      'Décision',
      'Après-vente',
    ],
  },
  EIGHT_STAGES: {
    EN: [
      'Information',
      'Comparison',
      'Purchase',
      'Reception',
      'Evaluation',
      'After-sales',
      'Post-purchase engagement',
      'Recommendation',
    ],
    FR: [
      'Information',
      'Comparaison',
      'Achat',
      'Réception',
      'Évaluation',
      'Service après-vente',
      'Engagement post-achat',
      'Recommandation',
    ],
  },
  TEN_STAGES: {
    EN: [
      'Awareness',
      'Research',
      'Selection',
      'Acquisition',
      'Discovery',
      'Use',
      'Maintenance',
      'Loyalty',
      'Recommendation',
      'Engagement',
    ],
    FR: [
      'Prise de conscience',
      'Recherche',
      'Sélection',
      'Acquisition',
      'Découverte',
      'Utilisation',
      'Maintenance',
      'Fidélisation',
      'Recommandation',
      'Engagement',
    ],
  },
};

export function templateStageNames(
  template: MapTemplate,
  language: TemplateLanguage,
): readonly string[] {
  return template === 'BLANK' ? [] : TEMPLATES[template][language];
}
