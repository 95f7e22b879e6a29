import type { ImprovementRecord } from '../backlog/improvement';
import type { MapHeaderRecord } from '../maps/journeyMap';
import type { PersonaRecord } from '../personas/persona';

/** An object that its id alone locates, with the name clients know its type by. */
export type FoundById =
  | { type: 'Persona'; record: PersonaRecord }
  | { type: 'JourneyMap'; record: MapHeaderRecord }
  | { type: 'Improvement'; record: ImprovementRecord };

/** Objects of a workspace found from their ids alone (for `node(id:)`), whatever their type. */
export interface LookupStore {
  /**
   * Personas, maps (their own fields) and improvements named by `ids`, in one
   * BatchGetItem per 100 keys: a ULID may name a persona or a map (two keys),
   * an improvement id (`<mapId>:<ulid>`) names its map (one key). Ids that
   * name none of these, and maps being created or deleted, are absent.
   */
  byIds(workspaceId: string, ids: readonly string[]): Promise<Map<string, FoundById>>;
}
