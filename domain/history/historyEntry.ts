/** One change of a map, as its history lists it. */
import type { EntityName } from '../shared/errors';
import type { Actor } from '../context/actor';

export interface HistoryEntry {
  id: string;
  at: string;
  actor: Actor;
  /** The mutation, e.g. `moveTouchpoint`. */
  operation: string;
  /** The entity the mutation addressed. */
  entity: EntityName;
  entityId: string;
  summary: string;
}
