/**
 * What the table's stream tells, in domain terms: store/stream/ reads each
 * stream record (its keys, old and new images) into at most one fact, and
 * domain/events/ turns facts into events and subscription pushes. A fact
 * keeps the key of the record it comes from (`source`): event ids derive
 * from it, so a redelivered record gives the same ids.
 */
import type { Actor } from '../context/actor';
import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import type { MapChangeRecord } from './mapChange';

/** Where a fact comes from: the item's key and what makes this write of it unique. */
export interface FactSource {
  PK: string;
  SK: string;
  /** Distinguishes successive writes of one item (a change id, a revision). */
  version: string;
}

interface MapFact {
  workspaceId: string;
  mapId: string;
  source: FactSource;
}

/** A change of a map (the header's `lastChange`), at its new change sequence. */
export interface MapChangedFact extends MapFact {
  kind: 'mapChanged';
  revision: number;
  change: MapChangeRecord;
}

/** A version was published (its description item appeared). */
export interface VersionPublishedFact extends MapFact {
  kind: 'versionPublished';
  number: number;
  label: string;
  hasNotes: boolean;
  publishedAt: string;
  publishedBy: Actor;
}

/** An improvement was written over an older state of itself. */
export interface ImprovementUpdatedFact extends MapFact {
  kind: 'improvementUpdated';
  before: ImprovementRecord;
  after: ImprovementRecord;
  actor: Actor;
}

/** A KPI was written over an older state of itself. */
export interface KpiUpdatedFact extends MapFact {
  kind: 'kpiUpdated';
  before: KpiRecord;
  after: KpiRecord;
  actor: Actor;
}

/** A review reminder was recorded (store/reviews/). */
export interface ReviewDueFact extends MapFact {
  kind: 'reviewDue';
  title: string;
  owner: string | null;
  dueAt: string;
  reviewCadenceDays: number;
  reminder: number;
  sentAt: string;
}

export type ChangeFact =
  MapChangedFact | VersionPublishedFact | ImprovementUpdatedFact | KpiUpdatedFact | ReviewDueFact;
