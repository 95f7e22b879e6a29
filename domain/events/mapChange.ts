/**
 * What one change of a map did, as the map's header records it in the same
 * transaction (`lastChange`): who, when, which mutation, and every entity it
 * created, updated or deleted with the names of the fields that changed. The
 * table's stream carries it in the header's new image, with the map's change
 * counter: the source of `JourneyMapChanged` events and of the pushes to
 * subscribers (domain/events/).
 */
import type { HistoryEntry } from '../history/historyEntry';
import type { EntityName } from '../shared/errors';

/** What happened to one entity. */
export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'DELETED'] as const satisfies ChangeKind[];

/** The entities a change of a map can touch: the map itself and its parts. */
export const MAP_ENTITIES = [
  'JourneyMap',
  'Stage',
  'Touchpoint',
  'PainPoint',
  'Kpi',
  'Improvement',
] as const satisfies EntityName[];
export type MapEntityName = (typeof MAP_ENTITIES)[number];

/** One entity a change touched. */
export interface EntityChange {
  entity: MapEntityName;
  entityId: string;
  change: ChangeKind;
  /** The fields that changed (UPDATED only; empty for CREATED and DELETED). */
  fields: string[];
}

/**
 * One change of a map: one mutation (or one step of a removal that unlinks
 * first). Its history entry (same id, a ULID: one per change) plus what it wrote.
 */
export interface MapChangeRecord extends HistoryEntry {
  /** Every entity written, in the order of the write; at most MAX_RECORDED_CHANGES. */
  changes: EntityChange[];
  /** Entities changed beyond MAX_RECORDED_CHANGES (a removal cascading to many parts). */
  omitted: number;
}

/**
 * How many entity changes a header records. One transaction writes at most
 * 100 items, so only a removal whose cascade is swept after its transaction
 * (a stage with more than ~95 parts) goes past it; the rest are counted.
 */
export const MAX_RECORDED_CHANGES = 100;

/** Keeps the first MAX_RECORDED_CHANGES changes and counts the others. */
export function capChanges(changes: EntityChange[]): { changes: EntityChange[]; omitted: number } {
  return {
    changes: changes.slice(0, MAX_RECORDED_CHANGES),
    omitted: Math.max(0, changes.length - MAX_RECORDED_CHANGES),
  };
}
