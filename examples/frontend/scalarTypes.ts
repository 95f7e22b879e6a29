/**
 * Compile-time checks of the generated client types: the custom scalars come
 * out as the JSON response holds them (`DateTime`, `Date` → string, `JSON` →
 * JsonValue), never `unknown` or `any`. `tsc` fails on this file otherwise
 * (tests/infra/clientTypes.test.ts runs it).
 */
import type {
  CompareVersionsQuery,
  JsonValue,
  MapScreenFieldsFragment,
  UpdateTouchpointInput,
} from './gql/graphql';

/** True when A and B are the same type (`any` and `unknown` included). */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- the usual exact-equality test of types */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */

type Change =
  CompareVersionsQuery['compareJourneyMapVersions']['touchpoints']['changed'][number]['changes'][number];

/** Each entry must be `true`. */
export const scalarChecks: [
  Same<MapScreenFieldsFragment['updatedAt'], string>,
  Same<MapScreenFieldsFragment['stages'][number]['touchpoints'][number]['updatedAt'], string>,
  Same<Change['before'], JsonValue | null>,
  Same<Change['after'], JsonValue | null>,
  Same<MapScreenFieldsFragment['version'], number | null>,
  Same<UpdateTouchpointInput['emotionScore'], number | null | undefined>,
] = [true, true, true, true, true, true];
