/**
 * The emotion curve's geometry, shared by the poster's emotion lane and the
 * standalone curve (emotionPlot draws it): one point per scored touchpoint in journey order (x at
 * its sub-column's centre, y from its score, −2 at the bottom to +2 at the
 * top), a line through consecutive scored points (an unscored touchpoint
 * breaks it: no data is not a neutral emotion), and each stage's average as a
 * dashed level across its column.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../maps/emotion';
import type { EmotionColor } from '../shared/enums';
import type { Point } from './picture';
import type { PosterStage, PosterTouchpoint } from './posterInput';

/** The plotting area: its top maps to +2 and its bottom to −2. */
export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a touchpoint sits on the x axis. */
export interface CurveSlot {
  touchpoint: PosterTouchpoint;
  stageId: string;
  journeyIndex: number;
  centerX: number;
}

/** Where a stage spans on the x axis. */
export interface CurveStageSpan {
  stage: PosterStage;
  x: number;
  width: number;
}

/** A scored touchpoint on the curve. */
export interface CurvePoint extends Point {
  touchpointId: string;
  stageId: string;
  journeyIndex: number;
  score: number;
  color: EmotionColor | null;
  isMomentOfTruth: boolean;
}

/** A stage's average level. */
export interface StageAverageMark {
  stageId: string;
  x: number;
  width: number;
  y: number;
  average: number;
  color: EmotionColor | null;
}

/** The y of a score (clamped to −2…+2) in `plot`. */
export function scoreToY(score: number, plot: PlotBox): number {
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, score));
  return plot.y + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * plot.height;
}

/** The curve's points: scored touchpoints only, in journey order. */
export function curvePoints(slots: readonly CurveSlot[], plot: PlotBox): CurvePoint[] {
  return [...slots]
    .sort((a, b) => a.journeyIndex - b.journeyIndex)
    .flatMap((slot) => {
      const { touchpoint } = slot;
      if (touchpoint.emotionScore === null) return [];
      return [
        {
          x: slot.centerX,
          y: scoreToY(touchpoint.emotionScore, plot),
          touchpointId: touchpoint.id,
          stageId: slot.stageId,
          journeyIndex: slot.journeyIndex,
          score: touchpoint.emotionScore,
          color: touchpoint.emotionColor,
          isMomentOfTruth: touchpoint.isMomentOfTruth,
        },
      ];
    });
}

/** Each averaged stage's level across its column. */
export const stageAverageMarks = (
  spans: readonly CurveStageSpan[],
  plot: PlotBox,
): StageAverageMark[] =>
  spans.flatMap(({ stage, x, width }) =>
    stage.averageEmotion === null
      ? []
      : [
          {
            stageId: stage.id,
            x,
            width,
            y: scoreToY(stage.averageEmotion, plot),
            average: stage.averageEmotion,
            color: stage.emotionColor,
          },
        ],
  );
