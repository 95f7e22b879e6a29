/**
 * Reads one record of the table's stream (DynamoDB Streams, new and old
 * images) into the fact it stands for (domain/events/changeFacts.ts), or
 * null when it stands for none: a map's header with a new `lastChange`, an
 * improvement or KPI written over an older state by a change (`changedBy`),
 * a version's description item appearing, a review notice appearing.
 * Everything else (history entries, version chunks, backlog index keys,
 * connections, the sweep of a deleted map) is no news. An item that does not
 * decode is an error naming its key: the record fails, and is retried and
 * then set aside by the event source mapping, never silently skipped.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import type { Actor } from '../../domain/context/actor';
import type { ChangeFact, FactSource } from '../../domain/events/changeFacts';
import { CHANGE_KINDS, MAP_ENTITIES } from '../../domain/events/mapChange';
import { decodeRecord, type Item } from '../items/itemCodec';
import {
  HEADER_SK,
  PART_PREFIX,
  parseMapPartition,
  REVIEW_NOTICE_PREFIX,
  VERSION_LIST_PREFIX,
} from '../keys';
import { CHANGED_BY, LAST_CHANGE, lastChangeRecord } from '../history/lastChange';

/** A stream record as Lambda delivers it and as DynamoDB Streams' GetRecords returns it. */
export interface StreamRecordLike {
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

const actorSchema = z.object({ kind: z.enum(['USER', 'API_KEY']), id: z.string() });

const lastChangeSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.enum(['USER', 'API_KEY']),
  actorId: z.string(),
  operation: z.string(),
  entity: z.string(),
  entityId: z.string(),
  summary: z.string(),
  changes: z.array(
    z.object({
      entity: z.enum(MAP_ENTITIES),
      entityId: z.string(),
      change: z.enum(CHANGE_KINDS),
      fields: z.array(z.string()),
    }),
  ),
  omitted: z.number().int(),
});

const versionSchema = z.object({
  number: z.number().int(),
  label: z.string(),
  notes: z.string().nullable().optional(),
  publishedAt: z.string(),
  publishedByKind: z.enum(['USER', 'API_KEY']),
  publishedById: z.string(),
});

const noticeSchema = z.object({
  title: z.string(),
  owner: z.string().nullable().optional(),
  dueAt: z.string(),
  reviewCadenceDays: z.number().int(),
  reminder: z.number().int(),
  sentAt: z.string(),
});

/** Parses a value with a schema; a mismatch is an error naming the item. */
function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Stream record of ${where} does not decode: ${problems}`);
}

const image = (value: Record<string, unknown> | undefined): Item | null =>
  value ? (unmarshall(value as Record<string, AttributeValue>) as Item) : null;

/** The fact a stream record stands for, or null. */
export function factFromRecord(record: StreamRecordLike): ChangeFact | null {
  const keys = image(record.dynamodb?.Keys);
  const PK = typeof keys?.PK === 'string' ? keys.PK : null;
  const SK = typeof keys?.SK === 'string' ? keys.SK : null;
  const map = PK ? parseMapPartition(PK) : null;
  if (!PK || !SK || !map) return null;
  const where = `${PK} / ${SK}`;
  const relevant =
    SK === HEADER_SK ||
    SK.startsWith(PART_PREFIX.improvement) ||
    SK.startsWith(PART_PREFIX.kpi) ||
    SK.startsWith(VERSION_LIST_PREFIX) ||
    SK.startsWith(REVIEW_NOTICE_PREFIX);
  // Note: other items (a version's compressed chunks…) are not even unmarshalled.
  if (!relevant) return null;
  const after = image(record.dynamodb?.NewImage);
  const before = image(record.dynamodb?.OldImage);
  const source = (version: string): FactSource => ({ PK, SK, version });

  if (SK === HEADER_SK) {
    const stored = after?.[LAST_CHANGE];
    // A map being created in steps is news only once its last step makes it visible.
    if (!after || stored === undefined || after.pendingCreation !== undefined) return null;
    const change = parse(lastChangeSchema, stored, where);
    const previous = before?.[LAST_CHANGE] as { id?: unknown } | undefined;
    if (previous?.id === change.id) return null;
    return {
      kind: 'mapChanged',
      ...map,
      source: source(change.id),
      revision: parse(z.number().int(), after.changeSeq, `${where} (changeSeq)`),
      change: lastChangeRecord(change),
    };
  }
  if (record.eventName === 'MODIFY' && before && after && after[CHANGED_BY] !== undefined) {
    const actor: Actor = parse(actorSchema, after[CHANGED_BY], `${where} (${CHANGED_BY})`);
    if (SK.startsWith(PART_PREFIX.improvement)) {
      const next = decodeRecord('improvement', after, where);
      return {
        kind: 'improvementUpdated',
        ...map,
        source: source(String(next.revision)),
        before: decodeRecord('improvement', before, where),
        after: next,
        actor,
      };
    }
    if (SK.startsWith(PART_PREFIX.kpi)) {
      const next = decodeRecord('kpi', after, where);
      return {
        kind: 'kpiUpdated',
        ...map,
        source: source(String(next.revision)),
        before: decodeRecord('kpi', before, where),
        after: next,
        actor,
      };
    }
    return null;
  }
  if (record.eventName === 'INSERT' && after && SK.startsWith(VERSION_LIST_PREFIX)) {
    const version = parse(versionSchema, after, where);
    return {
      kind: 'versionPublished',
      ...map,
      source: source('published'),
      number: version.number,
      label: version.label,
      hasNotes: Boolean(version.notes),
      publishedAt: version.publishedAt,
      publishedBy: { kind: version.publishedByKind, id: version.publishedById },
    };
  }
  if (record.eventName === 'INSERT' && after && SK.startsWith(REVIEW_NOTICE_PREFIX)) {
    const notice = parse(noticeSchema, after, where);
    return {
      kind: 'reviewDue',
      ...map,
      source: source('notice'),
      ...notice,
      owner: notice.owner ?? null,
    };
  }
  return null;
}
