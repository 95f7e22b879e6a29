/**
 * What restoring a version writes: the draft's own fields set back, every part
 * of the version that differs from the draft put back (same ids, the
 * revision moved past both so stale clients get CONFLICT), and every part the
 * version did not have deleted. Parts that already match are left alone.
 */
import { MAP_EDITABLE_FIELDS, type MapHeaderRecord } from '../maps/journeyMap';
import type { MapContents } from '../maps/mapContents';
import type { MapPartKind, MapPartRecords } from '../parts/mapParts';
import { nextReviewAt } from '../maps/review';

export interface PartPut<K extends MapPartKind = MapPartKind> {
  part: K;
  record: MapPartRecords[K];
}

export interface RestorePlan {
  header: Partial<MapHeaderRecord>;
  /** The parts that differ from the draft, in their restored form. */
  puts: PartPut[];
  /** The draft's parts the version did not have. */
  deletes: { part: MapPartKind; id: string }[];
  /** Every part of the restored draft (unchanged ones as they are). */
  all: PartPut[];
}

/** The header fields a restore sets back: what the client edits, and the last review. */
const HEADER_FIELDS = [...MAP_EDITABLE_FIELDS, 'lastReviewedAt'] as const;

const PART_LISTS: {
  part: MapPartKind;
  of: (c: MapContents) => { id: string; revision: number }[];
}[] = [
  { part: 'stage', of: (c) => c.stages },
  { part: 'touchpoint', of: (c) => c.touchpoints },
  { part: 'painPoint', of: (c) => c.painPoints },
  { part: 'kpi', of: (c) => c.kpis },
  { part: 'improvement', of: (c) => c.improvements },
];

/** Equal content: everything but the bookkeeping a write changes anyway. */
function sameContent(a: object, b: object): boolean {
  const strip = ({
    revision: _r,
    updatedAt: _u,
    ...rest
  }: {
    revision?: unknown;
    updatedAt?: unknown;
  }) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export function planRestore(
  draft: MapContents,
  version: MapContents,
  existingPersonaIds: ReadonlySet<string>,
  now: string,
): RestorePlan {
  const header: Partial<MapHeaderRecord> = {};
  for (const field of HEADER_FIELDS) Object.assign(header, { [field]: version.header[field] });
  // A persona deleted since the version was published cannot be linked again.
  header.personaIds = version.header.personaIds.filter((id) => existingPersonaIds.has(id));
  header.nextReviewAt = nextReviewAt(
    draft.header.createdAt,
    version.header.lastReviewedAt,
    version.header.reviewCadenceDays,
  );

  const puts: PartPut[] = [];
  const all: PartPut[] = [];
  const deletes: RestorePlan['deletes'] = [];
  for (const { part, of } of PART_LISTS) {
    const current = new Map(of(draft).map((r) => [r.id, r]));
    const wanted = of(version);
    const wantedIds = new Set(wanted.map((r) => r.id));
    for (const record of wanted) {
      const inDraft = current.get(record.id);
      if (inDraft && sameContent(inDraft, record)) {
        all.push({ part, record: inDraft as MapPartRecords[typeof part] });
        continue;
      }
      const revision = Math.max(inDraft?.revision ?? 0, record.revision) + 1;
      const restored: PartPut = {
        part,
        record: { ...record, revision, updatedAt: now } as MapPartRecords[typeof part],
      };
      puts.push(restored);
      all.push(restored);
    }

    for (const id of current.keys()) if (!wantedIds.has(id)) deletes.push({ part, id });
  }
  return { header, puts, deletes, all };
}
