/**
 * The tables `exportJourneyMapCsv` gives: the touchpoints, one row each in
 * journey order with their stage, emotion and pain points; or the backlog,
 * one row per improvement in backlog order with its quadrant, priority and
 * links by name. Lists go in one cell, one item per line.
 */
import { priorityScore, quadrant } from '../backlog/priority';
import { emotionColor } from '../maps/emotion';
import type { MapView } from '../maps/mapView';
import { writeCsv, type CsvCell } from './csv';

export const CSV_TABLES = ['TOUCHPOINTS', 'BACKLOG'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const CSV_SEPARATORS = ['COMMA', 'SEMICOLON'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

const lines = (items: readonly string[]): string | null => (items.length ? items.join('\n') : null);

function touchpointRows(view: MapView): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'Stage position',
    'Stage',
    'Position',
    'Touchpoint id',
    'Touchpoint',
    'Description',
    'Channel',
    'Mode',
    'Emotion score',
    'Emotion colour',
    'Moment of truth',
    'Owner team',
    'Duration (minutes)',
    'Actions',
    'Thoughts',
    'Pain points',
    'Improvements',
  ];
  const rows = view.stages.flatMap((stage, stagePosition) =>
    (view.touchpointsByStage.get(stage.id) ?? []).map((t, position): CsvCell[] => [
      stagePosition,
      stage.name,
      position,
      t.id,
      t.name,
      t.description,
      t.channel,
      t.mode,
      t.emotionScore,
      emotionColor(t.emotionScore),
      t.isMomentOfTruth,
      t.ownerTeam,
      t.durationMinutes,
      lines(t.actions),
      lines(t.thoughts),
      lines(
        (view.painPointsByTouchpoint.get(t.id) ?? []).map(
          (p) => `[${p.severity}] ${p.description}`,
        ),
      ),
      lines((view.improvementsByTouchpoint.get(t.id) ?? []).map((i) => i.title)),
    ]),
  );
  return { header, rows };
}

function backlogRows(view: MapView): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'Rank',
    'Improvement id',
    'Title',
    'Description',
    'Quadrant',
    'Priority score',
    'Impact',
    'Effort',
    'Status',
    'Owner',
    'Due date',
    'Stage',
    'Touchpoints',
    'Pain points',
    'KPI',
    'Tags',
    'Created at',
    'Updated at',
    'Completed at',
  ];
  const names = <T>(ids: readonly string[], byId: ReadonlyMap<string, T>, name: (t: T) => string) =>
    lines(
      ids.flatMap((id) => {
        const found = byId.get(id);
        return found === undefined ? [] : [name(found)];
      }),
    );
  const rows = view.improvements.map((i, rank): CsvCell[] => [
    rank + 1,
    i.id,
    i.title,
    i.description,
    quadrant(i.impact, i.effort),
    priorityScore(i.impact, i.effort),
    i.impact,
    i.effort,
    i.status,
    i.owner,
    i.dueDate,
    i.stageId === null ? null : (view.stageById.get(i.stageId)?.name ?? null),
    names(i.touchpointIds, view.touchpointById, (t) => t.name),
    names(i.painPointIds, view.painPointById, (p) => p.description),
    i.kpiId === null ? null : (view.kpiById.get(i.kpiId)?.name ?? null),
    lines(i.tags),
    i.createdAt,
    i.updatedAt,
    i.completedAt,
  ]);
  return { header, rows };
}

/** One table of a map (the draft or a version) as a CSV file. */
export function csvTable(
  view: MapView,
  table: CsvTable,
  separator: CsvSeparator = 'COMMA',
): string {
  const { header, rows } = table === 'TOUCHPOINTS' ? touchpointRows(view) : backlogRows(view);
  return writeCsv(header, rows, separator === 'SEMICOLON' ? ';' : ',');
}
