/**
 * The poster's lanes (rows), top to bottom as seed 004 draws a map: customer
 * goal, actions, touchpoints, thoughts, emotions, pain points, KPIs. A lane
 * fills either one cell per stage or one cell per touchpoint.
 */
import type { Block } from './picture';
import type { StageColumn, TouchpointSlot } from './posterColumns';
import { actionsCell, goalCell, kpisCell, painPointsCell, thoughtsCell } from './posterCells';
import { touchpointCard } from './touchpointCard';

/** What a lane is called on the poster. */
export interface LaneTitle {
  key: string;
  label: string;
  hint: string;
}

/** A lane whose cells span whole stages. */
export interface StageLane extends LaneTitle {
  scope: 'stage';
  cell: (column: StageColumn, width: number) => Block;
}

/** A lane with one cell per touchpoint. */
export interface TouchpointLane extends LaneTitle {
  scope: 'touchpoint';
  cell: (slot: TouchpointSlot, width: number) => Block;
}

/** The emotion curve, drawn across all stages. */
export interface CurveLane extends LaneTitle {
  scope: 'curve';
}

/** Any lane. */
export type Lane = StageLane | TouchpointLane | CurveLane;

/** The lanes in poster order. */
export const POSTER_LANES: readonly Lane[] = [
  {
    key: 'customer-goal',
    label: 'Objectif client',
    hint: 'Ce que le client veut accomplir',
    scope: 'stage',
    cell: (column, width) => goalCell(column.stage, width),
  },
  {
    key: 'actions',
    label: 'Actions',
    hint: 'Ce que fait le client',
    scope: 'touchpoint',
    cell: (slot, width) => actionsCell(slot.touchpoint, width),
  },
  {
    key: 'touchpoints',
    label: 'Points de contact',
    hint: 'Canal, en ligne ou hors ligne',
    scope: 'touchpoint',
    cell: (slot, width) => touchpointCard(slot.touchpoint, width, slot.journeyIndex + 1),
  },
  {
    key: 'thoughts',
    label: 'Pensées',
    hint: 'Ce qu’il pense, ses questions et ses doutes',
    scope: 'touchpoint',
    cell: (slot, width) => thoughtsCell(slot.touchpoint, width),
  },
  { key: 'emotions', label: 'Émotions', hint: 'De -2 à +2, par point de contact', scope: 'curve' },
  {
    key: 'pain-points',
    label: 'Points de douleur',
    hint: 'Frictions et leur gravité',
    scope: 'touchpoint',
    cell: (slot, width) => painPointsCell(slot.touchpoint, width),
  },
  {
    key: 'kpis',
    label: 'KPI',
    hint: 'Valeur actuelle et cible',
    scope: 'stage',
    cell: (column, width) => kpisCell(column.stage, width),
  },
];
