import type { VersionSnapshot } from '../../domain/versions/versionRecords';
import {
  headerFromItem,
  improvementFromItem,
  kpiFromItem,
  painPointFromItem,
  personaFromItem,
  stageFromItem,
  touchpointFromItem,
  type Item,
} from '../items/itemCodec';

/**
 * Runs a decoded snapshot through the same record decoders as live items, so
 * that a version published before a field existed reads with that field's default.
 */
export function normalizeSnapshot(snapshot: VersionSnapshot): VersionSnapshot {
  const { contents } = snapshot;
  const each = <T>(list: unknown[] | undefined, decode: (item: Item) => T): T[] =>
    (list ?? []).map((item) => decode(item as Item));
  return {
    contents: {
      header: headerFromItem(contents.header as unknown as Item),
      stages: each(contents.stages, stageFromItem),
      touchpoints: each(contents.touchpoints, touchpointFromItem),
      painPoints: each(contents.painPoints, painPointFromItem),
      kpis: each(contents.kpis, kpiFromItem),
      improvements: each(contents.improvements, improvementFromItem),
    },
    personas: each(snapshot.personas, personaFromItem),
  };
}
