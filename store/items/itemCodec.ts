/**
 * Records ↔ DynamoDB items. An item is its record plus key attributes, an
 * `entityType` and, for improvements, index keys. Reading runs an item through
 * its entity's declaration (domain/<entity>/<entity>.ts), which keeps the
 * record's fields and drops the storage bookkeeping. A corrupt or partial
 * item is an error that names its key, never a record with made-up values.
 */
import type * as z from 'zod';
import { apiKeyRecord } from '../../domain/apiKeys/apiKey';
import { improvementRecord } from '../../domain/backlog/improvement';
import { kpiRecord } from '../../domain/kpis/kpi';
import { mapHeaderRecord } from '../../domain/maps/journeyMap';
import { painPointRecord } from '../../domain/painPoints/painPoint';
import { personaRecord } from '../../domain/personas/persona';
import { shareLinkRecord } from '../../domain/shareLinks/shareLink';
import { stageRecord } from '../../domain/stages/stage';
import { touchpointRecord } from '../../domain/touchpoints/touchpoint';

export type Item = Record<string, unknown>;

/** The `entityType` attribute of each kind of item. */
export const ITEM_TYPE = {
  persona: 'Persona',
  header: 'JourneyMap',
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  painPoint: 'PainPoint',
  kpi: 'Kpi',
  improvement: 'Improvement',
  history: 'HistoryEntry',
  version: 'Version',
  versionChunk: 'VersionChunk',
  apiKey: 'ApiKey',
  idempotency: 'IdempotencyKey',
  shareLink: 'ShareLink',
  shareToken: 'ShareToken',
} as const;

/** The declaration each kind of record item is decoded with. */
const DECLARATIONS = {
  persona: personaRecord,
  header: mapHeaderRecord,
  stage: stageRecord,
  touchpoint: touchpointRecord,
  painPoint: painPointRecord,
  kpi: kpiRecord,
  improvement: improvementRecord,
  apiKey: apiKeyRecord,
  shareLink: shareLinkRecord,
};

export type RecordKind = keyof typeof DECLARATIONS;
export type RecordOf<K extends RecordKind> = z.output<(typeof DECLARATIONS)[K]>;

/** A stored item that does not hold a valid record: a bug or a hand edit, never the caller's fault. */
export class CorruptItemError extends Error {
  constructor(kind: RecordKind, where: string, problems: string) {
    super(`Stored ${ITEM_TYPE[kind]} at ${where} is corrupt: ${problems}`);
    this.name = 'CorruptItemError';
  }
}

/** Decodes a value of a known kind; `where` says where it was read from (for the error). */
export function decodeRecord<K extends RecordKind>(
  kind: K,
  value: unknown,
  where: string,
): RecordOf<K> {
  const result = DECLARATIONS[kind].safeParse(value);
  if (result.success) return result.data as RecordOf<K>;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`)
    .join('; ');
  throw new CorruptItemError(kind, where, problems);
}

/** Decodes a stored item of a known kind. */
export const decodeItem = <K extends RecordKind>(kind: K, item: Item): RecordOf<K> =>
  decodeRecord(kind, item, `${String(item.PK)} / ${String(item.SK)}`);
