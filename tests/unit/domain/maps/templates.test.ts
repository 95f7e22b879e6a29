import { MAP_TEMPLATES, type MapTemplate } from '../../../../domain/shared/enums';
import { templateStageNames } from '../../../../domain/maps/templates';
import { name } from '../../../../domain/validation/fields';

describe('Map templates', () => {
  it.each<[MapTemplate, number]>([
    ['BLANK', 0],
    ['FIVE_STAGES', 5],
    ['FOUR_STAGES', 4],
    ['EIGHT_STAGES', 8],
    ['TEN_STAGES', 10],
  ])('%s has %i stages in English and in French', (template, count) => {
    expect(templateStageNames(template, 'EN')).toHaveLength(count);
    expect(templateStageNames(template, 'FR')).toHaveLength(count);
  });

  it('names the stages of FIVE_STAGES in journey order', () => {
    expect(templateStageNames('FIVE_STAGES', 'EN')).toEqual([
      'Discovery',
      'Research & evaluation',
      'Purchase',
      'Usage experience, service & loyalty',
      'Recommendation & advocacy',
    ]);
    expect(templateStageNames('FIVE_STAGES', 'FR')[0]).toBe('Découverte');
  });

  it('names FOUR_STAGES from awareness to after-sales', () => {
    const en = templateStageNames('FOUR_STAGES', 'EN');
    expect(en[0]).toBe('Awareness & information search');
    expect(en.at(-1)).toBe('After-sales');
    expect(templateStageNames('FOUR_STAGES', 'FR').at(-1)).toBe('Après-vente');
  });

  it.each(MAP_TEMPLATES.filter((t) => t !== 'BLANK'))(
    '%s has French names that differ from the English ones',
    (template) => {
      expect(templateStageNames(template, 'FR')).not.toEqual(templateStageNames(template, 'EN'));
    },
  );

  it.each(MAP_TEMPLATES)('%s gives distinct names that are valid stage names', (template) => {
    for (const language of ['EN', 'FR'] as const) {
      const names = templateStageNames(template, language);
      expect(new Set(names).size).toBe(names.length);
      for (const stageName of names) expect(name().safeParse(stageName).success).toBe(true);
    }
  });
});
