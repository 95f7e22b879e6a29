/**
 * The poster's accessible description (SVG `<desc>`, PDF subject): what a
 * screen reader announces before the details, in one French paragraph.
 */
import { STATE_LABEL } from './frenchLabels';
import type { PosterInput } from './posterInput';
import { versionLabel } from './posterHeader';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Parcours de Marie…, état actuel, Brouillon : 5 étapes (Découverte, …), 22 points de contact dont 6 moments de vérité." */
export function posterDescription(input: PosterInput): string {
  const touchpoints = input.stages.flatMap((s) => s.touchpoints);
  const moments = touchpoints.filter((t) => t.isMomentOfTruth).length;
  const personas = input.personas.map((p) => p.name).join(', ');
  const stages = input.stages.map((s) => s.name).join(', ');
  return [
    `Carte du parcours client « ${input.title} »`,
    personas ? ` (persona : ${personas})` : '',
    `, ${STATE_LABEL[input.state].toLowerCase()}, ${versionLabel(input.version)}, révision ${input.revision} : `,
    plural(input.stages.length, 'étape', 'étapes'),
    stages ? ` (${stages})` : '',
    `, ${plural(touchpoints.length, 'point de contact', 'points de contact')}`,
    ` dont ${plural(moments, 'moment de vérité', 'moments de vérité')}.`,
  ].join('');
}
