/**
 * The emotion curve's geometry, shared by the poster's emotion lane and the
 * standalone curve: one point per scored touchpoint in journey order (x at
 * its sub-column's centre, y from its score, −2 at the bottom to +2 at the
 * top), a line through consecutive scored points (an unscored touchpoint
 * breaks it: no data is not a neutral emotion), and each stage's average as a
 * dashed level across its column.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../emotion';
import type { EmotionColor } from '../enums';
import { formatScore } from './formatNumber';
import { EMOTION_TINT, PALETTE, emotionFill } from './palette';
import {
  diamondPoints,
  group,
  rect,
  starPoints,
  type CircleItem,
  type Item,
  type Point,
} from './picture';
import type { PosterStage, PosterTouchpoint } from './posterInput';
import { textBox } from './textBox';

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

/** Runs of points with no unscored touchpoint between them. */
function runs(points: readonly CurvePoint[]): CurvePoint[][] {
  const result: CurvePoint[][] = [];
  for (const point of points) {
    const run = result.at(-1);
    const previous = run?.at(-1);
    if (run && previous && point.journeyIndex === previous.journeyIndex + 1) run.push(point);
    else result.push([point]);
  }
  return result;
}

function backgroundItems(plot: PlotBox, axisLabelRight: number | null): Item[] {
  const band = (from: number, to: number, color: EmotionColor): Item => {
    const top = scoreToY(from, plot);
    return rect(
      { x: plot.x, y: top, width: plot.width, height: scoreToY(to, plot) - top },
      EMOTION_TINT[color],
    );
  };
  const items: Item[] = [band(2, 0.5, 'GREEN'), band(0.5, -0.5, 'ORANGE'), band(-0.5, -2, 'RED')];
  for (let score = EMOTION_MAX; score >= EMOTION_MIN; score--) {
    const y = scoreToY(score, plot);
    items.push({
      kind: 'line',
      from: { x: plot.x, y },
      to: { x: plot.x + plot.width, y },
      stroke:
        score === 0
          ? { color: PALETTE.faint, width: 1, dash: [4, 3] }
          : { color: PALETTE.hairline, width: 1 },
    });
    if (axisLabelRight !== null) {
      items.push(
        textBox(formatScore(score), {
          x: axisLabelRight - 40,
          y: y - 7,
          width: 40,
          fontSize: 10,
          color: PALETTE.muted,
          align: 'end',
          className: 'emotion-axis-label',
        }),
      );
    }
  }
  return items;
}

function averageItems(mark: StageAverageMark, labelTop: number | null): Item {
  const fill = emotionFill(mark.color);
  const inset = Math.min(12, mark.width / 6);
  const items: Item[] = [
    {
      kind: 'line',
      from: { x: mark.x + inset, y: mark.y },
      to: { x: mark.x + mark.width - inset, y: mark.y },
      stroke: { color: fill, width: 2, dash: [7, 5] },
    },
    {
      kind: 'polygon',
      points: diamondPoints({ x: mark.x + mark.width - inset, y: mark.y }, 6),
      fill,
      stroke: { color: PALETTE.paper, width: 1.5 },
    },
  ];
  if (labelTop !== null) {
    items.push(
      textBox(`Moyenne de l’étape : ${formatScore(Math.round(mark.average * 10) / 10)}`, {
        x: mark.x + 6,
        y: labelTop,
        width: mark.width - 12,
        fontSize: 10,
        weight: 'bold',
        color: PALETTE.muted,
        align: 'middle',
        maxLines: 1,
        minFontSize: 8,
      }),
    );
  }
  return group(
    {
      className: 'stage-average',
      data: {
        stageId: mark.stageId,
        average: Math.round(mark.average * 100) / 100,
        color: mark.color ?? 'NONE',
      },
    },
    items,
  );
}

function pointItems(point: CurvePoint, radius: number): Item[] {
  const circle: CircleItem = {
    kind: 'circle',
    className: 'emotion-point',
    data: {
      touchpointId: point.touchpointId,
      stageId: point.stageId,
      position: point.journeyIndex + 1,
      score: point.score,
      color: point.color ?? 'NONE',
    },
    center: { x: point.x, y: point.y },
    radius,
    fill: emotionFill(point.color),
    stroke: { color: PALETTE.paper, width: 2 },
  };
  if (!point.isMomentOfTruth) return [circle];
  return [
    circle,
    {
      kind: 'polygon',
      className: 'moment-of-truth-marker',
      points: starPoints({ x: point.x, y: point.y - radius - 8 }, 6),
      fill: PALETTE.star,
      stroke: { color: PALETTE.momentOfTruth, width: 1 },
    },
  ];
}

/** Options of the drawn plot: where axis labels end, where average labels go, point size. */
export interface EmotionPlotOptions {
  axisLabelRight: number | null;
  averageLabelTop: number | null;
  pointRadius: number;
}

/** Draws bands, grid, stage averages, the curve and its points. */
export function emotionPlotItems(
  points: readonly CurvePoint[],
  averages: readonly StageAverageMark[],
  plot: PlotBox,
  options: EmotionPlotOptions,
): Item[] {
  return [
    group({ className: 'emotion-grid' }, backgroundItems(plot, options.axisLabelRight)),
    group(
      { className: 'stage-averages' },
      averages.map((mark) => averageItems(mark, options.averageLabelTop)),
    ),
    group(
      { className: 'emotion-curve' },
      runs(points)
        .filter((run) => run.length > 1)
        .map((run) => ({
          kind: 'polyline',
          className: 'emotion-line',
          points: run.map(({ x, y }) => ({ x, y })),
          stroke: { color: PALETTE.curve, width: 2.5 },
        })),
    ),
    group(
      { className: 'emotion-points' },
      points.flatMap((point) => pointItems(point, options.pointRadius)),
    ),
  ];
}
