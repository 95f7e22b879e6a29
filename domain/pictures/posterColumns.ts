/**
 * The poster's horizontal grid: a label column, then one column per stage in
 * journey order, as wide as its touchpoints' sub-columns (at least a minimum,
 * shared evenly between its touchpoints). Columns touch but never overlap.
 */
import type { PosterInput, PosterStage, PosterTouchpoint } from './posterInput';
import { POSTER } from './posterStyle';

/** A touchpoint's sub-column, and its rank in the whole journey (0-based). */
export interface TouchpointSlot {
  touchpoint: PosterTouchpoint;
  stageId: string;
  journeyIndex: number;
  x: number;
  width: number;
}

/** A stage's column, with its touchpoints' sub-columns. */
export interface StageColumn {
  stage: PosterStage;
  /** 1-based, as the poster numbers stages. */
  position: number;
  x: number;
  width: number;
  slots: TouchpointSlot[];
}

/** The whole grid: where content starts and ends, and each column. */
export interface PosterColumns {
  labelX: number;
  contentX: number;
  contentWidth: number;
  stages: StageColumn[];
  /** Every slot, in journey order. */
  slots: TouchpointSlot[];
  /** The width of the whole poster, margins included. */
  posterWidth: number;
}

/** Lays out the columns of `input`'s stages from left to right. */
export function posterColumns(input: Pick<PosterInput, 'stages'>): PosterColumns {
  const labelX = POSTER.margin;
  const contentX = labelX + POSTER.labelWidth;
  let x = contentX;
  let journeyIndex = 0;
  const stages = input.stages.map((stage, index): StageColumn => {
    const count = stage.touchpoints.length;
    const width = Math.max(POSTER.stageMinWidth, count * POSTER.slotWidth);
    const slotWidth = count > 0 ? width / count : width;
    const slots = stage.touchpoints.map((touchpoint, i): TouchpointSlot => ({
      touchpoint,
      stageId: stage.id,
      journeyIndex: journeyIndex++,
      x: x + i * slotWidth,
      width: slotWidth,
    }));
    const column: StageColumn = { stage, position: index + 1, x, width, slots };
    x += width;
    return column;
  });
  const contentWidth = Math.max(
    x - contentX,
    POSTER.minWidth - POSTER.labelWidth - 2 * POSTER.margin,
  );
  return {
    labelX,
    contentX,
    contentWidth,
    stages,
    slots: stages.flatMap((s) => s.slots),
    posterWidth: contentX + contentWidth + POSTER.margin,
  };
}
