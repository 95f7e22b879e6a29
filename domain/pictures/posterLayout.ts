/**
 * The map poster: a header, then one column per stage in journey order and
 * one lane per layer (see posterLanes). Each lane is as tall as its tallest
 * cell and each stage as wide as its touchpoints, so the poster grows to fit
 * its content. Items are grouped by what they show — `g.stage` (with
 * `data-stage-id`, `data-position`) holding its cells and its `g.touchpoint`
 * groups — so a test or a stylesheet finds each part.
 */
import { curvePoints, stageAverageMarks, type PlotBox } from './emotionCurve';
import { emotionPlot } from './emotionPlot';
import { PALETTE } from './palette';
import { group, rect, shiftItems, type Item, type Picture } from './picture';
import type { PosterInput } from './posterInput';
import { posterColumns, type PosterColumns } from './posterColumns';
import { posterHeader } from './posterHeader';
import { POSTER_LANES, type Lane } from './posterLanes';
import { POSTER } from './posterStyle';
import { legend, posterLegendEntries } from './legend';
import { stageHeader } from './stageHeader';
import { textBox } from './textBox';
import { posterDescription } from './posterDescription';

const { margin, cellPadding, lanePadding } = POSTER;
const CURVE_LABEL_ROOM = 24;
const MIN_LANE_HEIGHT = 56;

/** Items collected per stage and per touchpoint while lanes are laid out. */
interface Collected {
  /** A stage's own cells, each with the index of its lane (the stage head is −1). */
  byStage: Map<string, { lane: number; item: Item }[]>;
  byTouchpoint: Map<string, Item[]>;
  shared: Item[];
}

const push = <T>(map: Map<string, T[]>, key: string, values: T[]) => {
  map.set(key, [...(map.get(key) ?? []), ...values]);
};

/** Stage cells drawn before the touchpoints (head, goal) and after them (KPIs), in lane order. */
const FIRST_TOUCHPOINT_LANE = POSTER_LANES.findIndex((lane) => lane.scope === 'touchpoint');

function laneHeight(lane: Lane, columns: PosterColumns): number {
  if (lane.scope === 'curve') return CURVE_LABEL_ROOM + POSTER.emotionPlotHeight + 28;
  const heights =
    lane.scope === 'stage'
      ? columns.stages.map((c) => lane.cell(c, c.width - 2 * cellPadding).height)
      : columns.slots.map((s) => lane.cell(s, s.width - 2 * cellPadding).height);
  return Math.max(MIN_LANE_HEIGHT - 2 * lanePadding, ...heights);
}

function layoutLane(
  lane: Lane,
  laneIndex: number,
  columns: PosterColumns,
  top: number,
  collected: Collected,
): void {
  const y = top + lanePadding;
  const cellGroup = (items: Item[]) =>
    group({ className: 'lane-cell', data: { lane: lane.key } }, items);
  if (lane.scope === 'stage') {
    for (const column of columns.stages) {
      const cell = lane.cell(column, column.width - 2 * cellPadding);
      push(collected.byStage, column.stage.id, [
        { lane: laneIndex, item: cellGroup(shiftItems(cell.items, column.x + cellPadding, y)) },
      ]);
    }
  } else if (lane.scope === 'touchpoint') {
    for (const slot of columns.slots) {
      const cell = lane.cell(slot, slot.width - 2 * cellPadding);
      push(collected.byTouchpoint, slot.touchpoint.id, [
        cellGroup(shiftItems(cell.items, slot.x + cellPadding, y)),
      ]);
    }
  } else {
    const plot: PlotBox = {
      x: columns.contentX,
      y: y + CURVE_LABEL_ROOM + 6,
      width: columns.contentWidth,
      height: POSTER.emotionPlotHeight,
    };
    const slots = columns.slots.map((s) => ({ ...s, centerX: s.x + s.width / 2 }));
    const points = curvePoints(slots, plot);
    const averages = stageAverageMarks(columns.stages, plot);
    const drawn = emotionPlot(points, averages, plot, {
      axisLabelRight: columns.contentX - 8,
      averageLabelTop: y,
      pointRadius: 7,
    });
    collected.shared.push(
      group({ className: 'lane-cell', data: { lane: lane.key } }, [drawn.grid, ...drawn.marks]),
    );
  }
}

function laneFrame(
  lane: Lane,
  index: number,
  columns: PosterColumns,
  top: number,
  height: number,
): Item {
  const labelInset = 12;
  const labelWidth = POSTER.labelWidth - 2 * labelInset - (lane.scope === 'curve' ? 44 : 0);
  const label = textBox(lane.label, {
    x: columns.labelX + labelInset,
    y: top + lanePadding,
    width: labelWidth,
    fontSize: POSTER.font.label,
    weight: 'bold',
    className: 'lane-label',
  });
  const hint = textBox(lane.hint, {
    x: columns.labelX + labelInset,
    y: label.y + label.height + 3,
    width: labelWidth,
    fontSize: POSTER.font.small,
    color: PALETTE.muted,
  });
  return group({ className: 'lane', data: { lane: lane.key } }, [
    rect(
      { x: columns.labelX, y: top, width: POSTER.labelWidth + columns.contentWidth, height },
      index % 2 === 0 ? PALETTE.paper : PALETTE.laneAlternate,
    ),
    rect({ x: columns.labelX, y: top, width: POSTER.labelWidth, height }, PALETTE.panel),
    {
      kind: 'line',
      from: { x: columns.labelX, y: top + height },
      to: { x: columns.contentX + columns.contentWidth, y: top + height },
      stroke: { color: PALETTE.hairline, width: 1 },
    },
    label,
    hint,
  ]);
}

function separators(columns: PosterColumns, top: number, bottom: number): Item {
  const lines: Item[] = columns.stages.slice(1).map((column) => ({
    kind: 'line',
    from: { x: column.x, y: top },
    to: { x: column.x, y: bottom },
    stroke: { color: PALETTE.hairline, width: 2 },
  }));
  return group({ className: 'stage-separators' }, lines);
}

/** Lays out the poster of `input`. */
export function layoutPoster(input: PosterInput): Picture {
  const columns = posterColumns(input);
  const innerWidth = columns.posterWidth - 2 * margin;
  const header = posterHeader(input, innerWidth);
  const stagesTop = margin + header.height + POSTER.sectionGap;
  const headers = columns.stages.map((column) => stageHeader(column));
  const headerHeight = Math.max(60, ...headers.map((h) => h.height));
  const collected: Collected = { byStage: new Map(), byTouchpoint: new Map(), shared: [] };
  columns.stages.forEach((column, index) => {
    const block = headers[index];
    if (!block) return;
    const head = group({ className: 'stage-header' }, [
      rect(
        { x: column.x + 2, y: stagesTop, width: column.width - 4, height: headerHeight },
        PALETTE.stageHeader,
        { radius: 8 },
      ),
      ...shiftItems(block.items, column.x, stagesTop),
    ]);
    push(collected.byStage, column.stage.id, [{ lane: -1, item: head }]);
  });
  const frames: Item[] = [];
  let y = stagesTop + headerHeight + 8;
  POSTER_LANES.forEach((lane, index) => {
    const height = laneHeight(lane, columns) + 2 * lanePadding;
    frames.push(laneFrame(lane, index, columns, y, height));
    layoutLane(lane, index, columns, y, collected);
    y += height;
  });
  const lanesBottom = y;
  const key = legend(posterLegendEntries(), innerWidth, true);
  const legendTop = lanesBottom + POSTER.sectionGap;
  const stageGroups = columns.stages.map((column) => {
    const cells = collected.byStage.get(column.stage.id) ?? [];
    const before = cells.filter((c) => c.lane < FIRST_TOUCHPOINT_LANE).map((c) => c.item);
    const after = cells.filter((c) => c.lane > FIRST_TOUCHPOINT_LANE).map((c) => c.item);
    return group(
      {
        className: 'stage',
        data: {
          stageId: column.stage.id,
          position: column.position,
          x: column.x,
          width: column.width,
          emotionColor: column.stage.emotionColor ?? 'NONE',
        },
      },
      [
        ...before,
        ...column.slots.map((slot) =>
          group(
            {
              className: 'touchpoint',
              data: {
                touchpointId: slot.touchpoint.id,
                position: slot.journeyIndex + 1,
                channel: slot.touchpoint.channel,
                mode: slot.touchpoint.mode,
                momentOfTruth: String(slot.touchpoint.isMomentOfTruth),
                x: slot.x,
                width: slot.width,
              },
            },
            collected.byTouchpoint.get(slot.touchpoint.id) ?? [],
          ),
        ),
        ...after,
      ],
    );
  });
  return {
    width: columns.posterWidth,
    height: legendTop + key.height + margin,
    title: `Carte du parcours client : ${input.title}`,
    description: posterDescription(input),
    lang: 'fr',
    className: 'journey-map-poster',
    background: PALETTE.paper,
    items: [
      ...shiftItems(header.items, margin, margin),
      group({ className: 'lanes' }, frames),
      separators(columns, stagesTop, lanesBottom),
      group({ className: 'stages' }, stageGroups),
      ...collected.shared,
      ...shiftItems(key.items, margin, legendTop),
    ],
  };
}
