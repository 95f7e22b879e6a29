import { partAddition } from '../parts/addPart';
import { addPainPointInput } from './painPointInputs';

/** Adds a pain point to a touchpoint: one write, the touchpoint's existence its condition. */
export const addPainPoint = partAddition('painPoint', addPainPointInput, {
  fields: (painPoint) => painPoint,
  summary: (p) => `Pain point added (${p.severity}): ${p.description.slice(0, 80)}`,
});
