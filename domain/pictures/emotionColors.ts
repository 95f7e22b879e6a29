/**
 * The emotion colour code, re-exported from the domain so that callers
 * building a PosterInput colour scores and stage averages exactly as the API
 * does (one rule, in domain/emotion.ts).
 */
import { averageColor, emotionColor } from '../maps/emotion';
import type { EmotionColor } from '../shared/enums';

/** A touchpoint's colour: GREEN for +1/+2, ORANGE for 0, RED for −1/−2, null without a score. */
export const emotionColorOfScore = (score: number | null): EmotionColor | null =>
  emotionColor(score);

/** A stage's colour: its average rounded half away from zero (−0.5 → −1, so RED). */
export const emotionColorOfAverage = (average: number | null): EmotionColor | null =>
  averageColor(average);
