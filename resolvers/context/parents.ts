/**
 * The objects resolvers receive as `parent` for the GraphQL types that are
 * not records. Entities (Persona, JourneyMap, Stage, Touchpoint, PainPoint,
 * Kpi, Improvement) are their records as they are, served by the default
 * resolver (codegen.ts, `mappers`).
 */
import type { ApiKeyRecord } from '../../domain/apiKeys/apiKey';
import type { ImprovementRecord } from '../../domain/backlog/improvement';
import type { HistoryEntry } from '../../domain/history/historyEntry';
import type { MapHeaderRecord } from '../../domain/maps/journeyMap';
import type { Page } from '../../domain/paging/page';
import type { PartRef } from '../../domain/parts/partRef';
import type { PersonaRecord } from '../../domain/personas/persona';

/** Payload of a mutation on a part of a map. */
export interface PartPayloadParent {
  mapId: string;
  part: PartRef | null;
  deletedId: string | null;
}

/** A Relay connection: one page, and its total computed only when asked for. */
export interface ConnectionParent<T> {
  page: Page<T>;
  /** Whether the page was asked for after a cursor (Relay's forward paging). */
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export type PersonaConnectionParent = ConnectionParent<PersonaRecord>;
export type JourneyMapConnectionParent = ConnectionParent<MapHeaderRecord>;
export type ImprovementConnectionParent = ConnectionParent<ImprovementRecord>;
export type HistoryConnectionParent = ConnectionParent<HistoryEntry>;
export type ApiKeyConnectionParent = ConnectionParent<ApiKeyRecord>;
