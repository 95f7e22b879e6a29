/**
 * The emotion curve on its own: stages as bands along the journey, one point
 * per scored touchpoint (coloured green, orange or red), each stage's average
 * as a dashed level, and the touchpoints' names under the axis, wrapped into
 * their slot (shrunk, then ellipsised with a tooltip, when a name is too long
 * for three lines).
 */
import { curvePoints, stageAverageMarks, type PlotBox } from './emotionCurve';
import { emotionPlot } from './emotionPlot';
import { emotionLegendEntries, legend } from './legend';
import { PALETTE, emotionFill } from './palette';
import { group, rect, shiftItems, type Item, type Picture } from './picture';
import type { PosterInput } from './posterInput';
import { versionLabel } from './posterHeader';
import { textBox } from './textBox';
import { chartHeading } from './chartHeading';

const MARGIN = 32;
const AXIS = 56;
const SLOT = 116;
const EMPTY_STAGE = 140;
const MIN_PLOT_WIDTH = 640;
const PLOT_HEIGHT = 240;
const AVERAGE_ROOM = 22;

/** Lays out the curve of `input`. */
export function layoutEmotionCurve(input: PosterInput): Picture {
  const plotX = MARGIN + AXIS;
  let x = plotX;
  let journeyIndex = 0;
  const stages = input.stages.map((stage) => {
    const width = stage.touchpoints.length > 0 ? stage.touchpoints.length * SLOT : EMPTY_STAGE;
    const slots = stage.touchpoints.map((touchpoint, i) => ({
      touchpoint,
      stageId: stage.id,
      journeyIndex: journeyIndex++,
      centerX: x + (i + 0.5) * SLOT,
    }));
    const span = { stage, x, width, slots };
    x += width;
    return span;
  });
  const plotWidth = Math.max(MIN_PLOT_WIDTH, x - plotX);
  const width = plotX + plotWidth + MARGIN;
  const heading = chartHeading(
    'Courbe des émotions',
    `${input.title} · ${versionLabel(input.version)} · révision ${input.revision}`,
    width - 2 * MARGIN,
  );
  const stagesTop = MARGIN + heading.height + 16;
  const bands = stages.map((span) => ({
    ...span,
    name: textBox(span.stage.name, {
      x: span.x + 8,
      y: stagesTop + 8,
      width: span.width - 16,
      fontSize: 12,
      weight: 'bold',
      maxLines: 2,
      minFontSize: 9,
      className: 'stage-name',
    }),
  }));
  const stageRow = Math.max(24, ...bands.map((b) => b.name.height)) + 16;
  const plot: PlotBox = {
    x: plotX,
    y: stagesTop + stageRow + AVERAGE_ROOM + 14,
    width: plotWidth,
    height: PLOT_HEIGHT,
  };
  const allSlots = stages.flatMap((s) => s.slots);
  const points = curvePoints(allSlots, plot);
  const averages = stageAverageMarks(stages, plot);
  const labelsTop = plot.y + plot.height + 14;
  const labels = allSlots.map((slot) =>
    group(
      {
        className: 'touchpoint-label',
        data: { touchpointId: slot.touchpoint.id, position: slot.journeyIndex + 1 },
      },
      [
        textBox(`${slot.journeyIndex + 1}`, {
          x: slot.centerX - SLOT / 2 + 4,
          y: labelsTop,
          width: SLOT - 8,
          fontSize: 9,
          weight: 'bold',
          color: PALETTE.faint,
          align: 'middle',
        }),
        textBox(slot.touchpoint.name, {
          x: slot.centerX - SLOT / 2 + 4,
          y: labelsTop + 14,
          width: SLOT - 8,
          fontSize: 10,
          maxLines: 3,
          minFontSize: 8,
          align: 'middle',
          className: 'touchpoint-name',
        }),
      ],
    ),
  );
  const labelHeight =
    14 +
    Math.max(0, ...labels.flatMap((g) => g.items).map((i) => (i.kind === 'text' ? i.height : 0)));
  const stageItems: Item[] = bands.map(({ stage, x: sx, width: sw, name }, index) =>
    group(
      { className: 'stage', data: { stageId: stage.id, position: index + 1, x: sx, width: sw } },
      [
        rect({ x: sx + 1, y: stagesTop, width: sw - 2, height: stageRow }, PALETTE.panel, {
          radius: 6,
        }),
        rect(
          { x: sx + 1, y: stagesTop + stageRow - 4, width: sw - 2, height: 4 },
          emotionFill(stage.emotionColor),
        ),
        name,
        {
          kind: 'line',
          from: { x: sx, y: stagesTop },
          to: { x: sx, y: plot.y + plot.height },
          stroke: { color: PALETTE.hairline, width: 1.5 },
        },
      ],
    ),
  );
  const drawn = emotionPlot(points, averages, plot, {
    axisLabelRight: plot.x - 8,
    averageLabelTop: plot.y - AVERAGE_ROOM - 10,
    pointRadius: 7,
  });
  const legendTop = labelsTop + labelHeight + 20;
  const key = legend(emotionLegendEntries(), width - 2 * MARGIN, false);
  const noScore =
    points.length === 0
      ? [
          textBox('Aucun point de contact n’a encore de score d’émotion.', {
            x: plot.x,
            y: plot.y + plot.height / 2 - 8,
            width: plot.width,
            fontSize: 13,
            color: PALETTE.muted,
            align: 'middle',
          }),
        ]
      : [];
  return {
    width,
    height: legendTop + key.height + MARGIN,
    title: `Courbe des émotions : ${input.title}`,
    description: `Courbe des émotions de la carte « ${input.title} » : ${points.length} points de contact notés de -2 à +2 sur ${stages.length} étapes, avec la moyenne de chaque étape.`,
    lang: 'fr',
    className: 'emotion-curve-chart',
    background: PALETTE.paper,
    items: [
      ...shiftItems(heading.items, MARGIN, MARGIN),
      // Note: the grid goes under the stage bands' separators, the curve over them.
      drawn.grid,
      group({ className: 'stages' }, stageItems),
      ...drawn.marks,
      ...noScore,
      group({ className: 'touchpoint-labels' }, labels),
      ...shiftItems(key.items, MARGIN, legendTop),
    ],
  };
}
