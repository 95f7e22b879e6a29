/**
 * The emotion curve (seed 004's colour code): a touchpoint scores −2…+2, a
 * stage averages its scored touchpoints, and both get a colour.
 */
import type { EmotionColor } from '../shared/enums';

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

/** GREEN for +1/+2, ORANGE for 0, RED for −1/−2; null without a score. */
export function emotionColor(score: number | null): EmotionColor | null {
  if (score === null) return null;
  if (score > 0) return 'GREEN';
  if (score < 0) return 'RED';
  return 'ORANGE';
}

/** Rounds half away from zero: 0.5 → 1, −0.5 → −1 (Math.round would give 0 for −0.5). */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Average of the scores that are set; null when none is. */
export function averageEmotion(scores: readonly (number | null)[]): number | null {
  const scored = scores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  return scored.reduce((sum, s) => sum + s, 0) / scored.length;
}

/** A stage's colour: the colour of its average rounded half away from zero. */
export function averageColor(average: number | null): EmotionColor | null {
  return average === null ? null : emotionColor(roundHalfAwayFromZero(average));
}
