/**
 * The objects resolvers receive as `parent`, one per GraphQL type that is not
 * a plain record, and the per-request context. graphql-codegen maps the SDL
 * types to these (codegen.ts, `mappers`).
 */
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import type { PartRef } from '../../domain/parts/partRef';
import type { MapView } from '../../domain/maps/mapView';
import type { Page } from '../../domain/ports';
import type { HistoryEntry } from '../../domain/history/historyEntry';
import type {
  ImprovementRecord,
  MapPartKind,
  MapPartRecords,
  PersonaRecord,
} from '../../domain/records';
import type { EntityDiff, MapDiff } from '../../domain/versions/diffTypes';
import type { Viewer } from '../../domain/context/viewer';
import type { Loaders } from './loaders';

export interface RequestContext {
  /** The API Gateway request id: in logs and in masked errors, to match them. */
  requestId: string;
  viewer: Viewer;
  useCase: UseCaseContext;
  loaders: Loaders;
}

/** A map: its header always; its whole view once read (a list only has headers). */
export interface JourneyMapParent {
  id: string;
  version: number | null;
  header: MapView['header'];
  view: MapView | null;
}

export type StageParent = PartRef<'stage'>;
export type TouchpointParent = PartRef<'touchpoint'>;
export type PainPointParent = PartRef<'painPoint'>;
export type KpiParent = PartRef<'kpi'>;

/** Payload of a mutation on a part of a map. */
export interface PartPayloadParent {
  mapId: string;
  part: PartRef<MapPartKind> | null;
  deletedId: string | null;
}

/** A Relay connection: one page, and its total computed only when asked for. */
export interface ConnectionParent<T> {
  page: Page<T>;
  totalCount: () => Promise<number>;
}

export type PersonaConnectionParent = ConnectionParent<PersonaRecord>;
export type JourneyMapConnectionParent = ConnectionParent<JourneyMapParent>;

/** An improvement: always a whole record (every read returns whole items). */
export interface ImprovementParent {
  record: ImprovementRecord;
  /** null for the draft; N when read from published version N. */
  version: number | null;
}

export type ImprovementConnectionParent = ConnectionParent<ImprovementParent>;

export type HistoryConnectionParent = ConnectionParent<HistoryEntry>;

/** One kind of entity's diff, with the views its added and removed entities come from. */
export interface SideDiffParent<K extends MapPartKind> {
  diff: EntityDiff<MapPartRecords[K]>;
  from: MapView;
  to: MapView;
}
export type StageDiffParent = SideDiffParent<'stage'>;
export type TouchpointDiffParent = SideDiffParent<'touchpoint'>;
export type PainPointDiffParent = SideDiffParent<'painPoint'>;
export type KpiDiffParent = SideDiffParent<'kpi'>;

export interface ImprovementDiffParent {
  diff: MapDiff['improvements'];
  from: MapView;
  to: MapView;
}
