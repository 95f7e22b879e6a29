/**
 * What every mutation on a part of a map names: the map, the part's own id
 * (`stageId`, `touchpointId`, `painPointId`, `kpiId`) and, optionally, the
 * revision the caller expects. Named after the kind, so the use cases of
 * every kind read their input the same way.
 */
import * as z from 'zod';
import * as field from '../validation/fields';
import type { MapPartKind } from './mapParts';

/** The key of a part's id in mutation inputs. */
export type PartIdField<K extends MapPartKind> = `${K}Id`;

export const partIdField = <K extends MapPartKind>(kind: K): PartIdField<K> => `${kind}Id`;

/** The mutation's name for a verb and a kind: `removeKpi`, `updatePainPoint`. */
export const operationName = (verb: string, kind: MapPartKind): string =>
  `${verb}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

/** `{ mapId, <kind>Id, expectedRevision? }`: the input of a removal, and the start of any change. */
export function partTarget<K extends MapPartKind>(kind: K) {
  const target = { [partIdField(kind)]: field.id() } as Record<
    PartIdField<K>,
    ReturnType<typeof field.id>
  >;
  return z.object({ mapId: field.id(), ...target, expectedRevision: field.revision().nullish() });
}

/** What every parsed part-targeting input holds. */
export type PartTargetInput<K extends MapPartKind> = {
  mapId: string;
  expectedRevision?: number | null | undefined;
} & Record<PartIdField<K>, string>;

/** Splits a parsed input into the target (map, id, expected revision) and the rest. */
export function splitTarget<K extends MapPartKind, I extends PartTargetInput<K>>(
  kind: K,
  input: I,
): {
  mapId: string;
  id: string;
  expectedRevision: number | null | undefined;
  rest: Omit<I, 'mapId' | 'expectedRevision' | PartIdField<K>>;
} {
  const field = partIdField(kind);
  const { mapId, expectedRevision, ...others } = input;
  const { [field]: partId, ...rest } = others as Record<string, unknown>;
  return {
    mapId,
    id: partId as string,
    expectedRevision,
    rest: rest as Omit<I, 'mapId' | 'expectedRevision' | PartIdField<K>>,
  };
}
