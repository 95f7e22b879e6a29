/**
 * Draws the emotion curve's geometry (emotionCurve): the seed-004 colour bands
 * (green above +0.5, orange around 0, red below −0.5), the grid from −2 to
 * +2, each stage's average as a dashed level with a diamond, the line through
 * consecutive scored points, and the points, coloured by emotion, a star above
 * moments of truth.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../maps/emotion';
import type { EmotionColor } from '../shared/enums';
import { scoreToY, type CurvePoint, type PlotBox, type StageAverageMark } from './emotionCurve';
import { formatScore } from './formatNumber';
import { EMOTION_TINT, PALETTE, emotionFill } from './palette';
import { diamondPoints, group, rect, starPoints, type CircleItem, type Item } from './picture';
import { textBox } from './textBox';

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

/** The plot in two layers: the grid (drawn under other content) and the marks (over it). */
export interface EmotionPlot {
  grid: Item;
  marks: Item[];
}

/** Draws bands, grid, stage averages, the curve and its points. */
export function emotionPlot(
  points: readonly CurvePoint[],
  averages: readonly StageAverageMark[],
  plot: PlotBox,
  options: EmotionPlotOptions,
): EmotionPlot {
  return {
    grid: group({ className: 'emotion-grid' }, backgroundItems(plot, options.axisLabelRight)),
    marks: [
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
    ],
  };
}
