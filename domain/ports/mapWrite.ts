/**
 * Everything one mutation does to one map, as the map store applies it:
 * atomically, together with the map's change counter and a history entry.
 */
import type { Actor } from '../context/actor';
import type { KpiMeasurement } from '../kpis/kpi';
import type { MapHeaderRecord } from '../maps/journeyMap';
import type { MapPartKind, MapPartRecords } from '../parts/mapParts';
import type { EntityName } from '../shared/errors';
import type { RevisionCheck } from './writeOutcome';

/** The fields of a record a client may set: all but identity and bookkeeping. */
export type Editable<R> = Omit<R, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

/** One change to a part of a map, inside a MapWrite. */
export type MapPartChange = {
  [K in MapPartKind]:
    | { kind: 'create'; part: K; record: MapPartRecords[K] }
    | {
        kind: 'update';
        part: K;
        id: string;
        set: Partial<Editable<MapPartRecords[K]>>;
        revision: RevisionCheck | null;
      }
    | { kind: 'delete'; part: K; id: string; revision: RevisionCheck | null }
    /** The part must exist (a link, a parent), checked in the same transaction. */
    | { kind: 'require'; part: K; id: string }
    /**
     * Writes the whole record (revision already bumped) over the current one;
     * `fields` names the fields that differ (for the change's events).
     */
    | {
        kind: 'replace';
        part: K;
        record: MapPartRecords[K];
        revision: RevisionCheck;
        fields?: readonly string[];
      };
}[MapPartKind];

/** Appends to a KPI's history without reading it (or at the revision read, to rule duplicates out). */
export interface AppendMeasurement {
  kind: 'appendMeasurement';
  part: 'kpi';
  id: string;
  measurements: KpiMeasurement[];
  revision?: RevisionCheck;
}

export type MapChange = MapPartChange | AppendMeasurement;

/** What the history entry of a write says. */
export interface HistoryNote {
  operation: string;
  entity: EntityName;
  entityId: string;
  summary: string;
}

export interface MapWrite {
  now: string;
  actor: Actor;
  changes: MapChange[];
  /** Changes to the map's own fields (bumps the map's revision). */
  header?: Partial<Editable<MapHeaderRecord>>;
  /** The map's revision the header change depends on. */
  revision?: RevisionCheck | null;
  /** Apply only if nothing changed in the map since it was read at this changeSeq. */
  expectedChangeSeq?: number;
  /** Personas that must exist (for links). */
  requirePersonas?: string[];
  /**
   * Parts that are unreachable once `changes` apply (children of a removed
   * parent). Deleted in the same transaction when it has room, else right after.
   */
  cleanup?: { part: MapPartKind; id: string }[];
  history: HistoryNote;
}
