/**
 * The `lastChange` attribute of a map header: the change record
 * (domain/events/mapChange.ts) that each change transaction sets beside the
 * header's `changeSeq + 1` and its history entry. The table's stream carries
 * it in the header's new image with the new `changeSeq`; nothing reads it
 * back from the table (map reads decode the header without it).
 *
 * Also the `changedBy` stamp on every part a change writes: the stream gives
 * a part's old and new images (an improvement's status before and after, a
 * KPI's appended measurement), and the stamp says who made the change.
 */
import type { Actor } from '../../domain/context/actor';
import type { EntityChange, MapChangeRecord } from '../../domain/events/mapChange';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import { flatChange, type FlatChange } from './flatChange';

/** The header attribute holding the last change. */
export const LAST_CHANGE = 'lastChange';
/** The part attribute naming who wrote it last. */
export const CHANGED_BY = 'changedBy';

/** The stored shape of the last change (the record, flattened as the history entry is). */
export interface LastChangeAttribute extends FlatChange {
  changes: EntityChange[];
  omitted: number;
}

export function lastChangeAttribute(
  historyId: string,
  actor: Actor,
  note: HistoryNote,
  at: string,
  changes: { changes: EntityChange[]; omitted: number },
): LastChangeAttribute {
  return {
    ...flatChange(historyId, actor, note, at),
    changes: changes.changes,
    omitted: changes.omitted,
  };
}

/** The stamp on a part written by a change. */
export const changedBy = (actor: Actor) => ({ kind: actor.kind, id: actor.id });

/** The record a stored last change stands for. */
export const lastChangeRecord = (stored: LastChangeAttribute): MapChangeRecord => ({
  id: stored.id,
  at: stored.at,
  actor: { kind: stored.actorKind, id: stored.actorId },
  operation: stored.operation,
  entity: stored.entity as MapChangeRecord['entity'],
  entityId: stored.entityId,
  summary: stored.summary,
  changes: stored.changes,
  omitted: stored.omitted,
});
