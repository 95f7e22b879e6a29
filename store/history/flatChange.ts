import type { Actor } from '../../domain/context/actor';
import type { HistoryNote } from '../../domain/ports/mapWrite';

/**
 * One change as the table stores it, flat (the actor split in two attributes):
 * the history item and the header's `lastChange` attribute both hold these
 * fields, so a history entry and the change record read the same.
 */
export interface FlatChange {
  id: string;
  at: string;
  actorKind: Actor['kind'];
  actorId: string;
  operation: string;
  entity: string;
  entityId: string;
  summary: string;
}

/** The flat fields of the change `id`, made by `actor` at `at` as `note` describes it. */
export function flatChange(id: string, actor: Actor, note: HistoryNote, at: string): FlatChange {
  return {
    id,
    at,
    actorKind: actor.kind,
    actorId: actor.id,
    operation: note.operation,
    entity: note.entity,
    entityId: note.entityId,
    summary: note.summary,
  };
}
