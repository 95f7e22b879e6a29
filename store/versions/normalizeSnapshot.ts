import type { VersionSnapshot } from '../../domain/versions/versionRecords';
import { decodeRecord, type RecordKind, type RecordOf } from '../items/itemCodec';

/**
 * Runs a decoded snapshot through the same entity declarations as live items,
 * so that a version published before a field existed reads with that field's
 * declared value for old records, and a damaged snapshot is an error that
 * says where.
 */
export function normalizeSnapshot(snapshot: VersionSnapshot, where: string): VersionSnapshot {
  const { contents } = snapshot;
  const each = <K extends RecordKind>(kind: K, list: unknown[] | undefined, field: string) =>
    (list ?? []).map((value, i): RecordOf<K> =>
      decodeRecord(kind, value, `${where} ${field}[${i}]`),
    );
  return {
    contents: {
      header: decodeRecord('header', contents.header, `${where} header`),
      stages: each('stage', contents.stages, 'stages'),
      touchpoints: each('touchpoint', contents.touchpoints, 'touchpoints'),
      painPoints: each('painPoint', contents.painPoints, 'painPoints'),
      kpis: each('kpi', contents.kpis, 'kpis'),
      improvements: each('improvement', contents.improvements, 'improvements'),
    },
    personas: each('persona', snapshot.personas, 'personas'),
  };
}
