/**
 * Generated values just past the limits of one input field, as fast-check
 * arbitraries: strings one character too long and far too long, lone
 * surrogates, control characters, blank names, ids of the wrong shape,
 * numbers past 2^53 or under 1e-130, integers past their range or with a
 * fraction, unknown enum values, lists one item too long or with one bad item,
 * values of the wrong JSON type. The GraphQL type of the field says what to
 * try; its zod shape (zodShape.ts) says where the limits are.
 */
import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { newId } from '../../../domain/shared/ids';
import type { Shape } from './zodShape';

/** A bad value, and the path (from the field set it belongs to) the error must name. */
export interface BadCase {
  path: (string | number)[];
  value: unknown;
  /** The kind of attack, for the figures. */
  attack: string;
}

/** A field of an input object, or an argument of a field: a name and a GraphQL type. */
export interface InputSlot {
  name: string;
  type: GraphQLInputType;
}

/** GraphQL's Int: a signed 32-bit integer. */
const GRAPHQL_INT_MAX = 2 ** 31 - 1;

/** A field that declares no limit where it needs one: the suite fails on it. */
export class UnboundedField extends Error {}

/** Code units that are control characters other than tab, LF and CR (C0, DEL, C1). */
const CONTROL = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
];

/** Printable ASCII around the attack, never blank, so trimming cannot remove it. */
const around = (middle: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({ maxLength: 12 }), middle, fc.string({ maxLength: 12 }))
    .map(([before, bad, after]) => `x${before}${bad}${after}y`);

const loneSurrogate = around(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const controlCharacter = around(fc.constantFrom(...CONTROL).map((c) => String.fromCharCode(c)));

/**
 * Strings longer than `max` characters (zod counts code points, as people
 * do), of one-, two-, three- and four-byte characters.
 */
const tooLong = (max: number) =>
  fc
    .tuple(
      fc.integer({ min: max + 1, max: max * 2 + 16 }),
      fc.constantFrom('x', 'é', '語', '😀', 'a b'),
    )
    .map(([length, unit]) => unit.repeat(Math.ceil(length / [...unit].length)));

const blank = fc.constantFrom('', ' ', '\t\n ', '\u00a0', '\u3000 ');

/** Values of another JSON type than a string, a number or a boolean. */
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]));
const notANumber = fc.oneof(
  fc.string({ minLength: 1, maxLength: 5 }),
  fc.boolean(),
  fc.constant({}),
);

const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Strings that an id pattern refuses: near misses first, then noise and hostile text. */
const badId = (pattern: RegExp) =>
  fc
    .oneof(
      // One character outside Crockford's alphabet, or lower case, or one too few / too many.
      fc
        .tuple(fc.integer({ min: 0, max: 25 }), fc.constantFrom('I', 'L', 'O', 'U', 'a', '-', ' '))
        .map(([at, c]) => {
          const id = newId();
          return `${id.slice(0, at)}${c}${id.slice(at + 1)}`;
        }),
      fc.constant(null).map(() => newId().toLowerCase()),
      fc.constant(null).map(() => newId().slice(1)),
      fc.constant(null).map(() => `${newId()}${ULID_ALPHABET.charAt(3)}`),
      fc.constant(null).map(() => `${newId()}:${newId()}:x`),
      fc.string({ maxLength: 40 }),
      loneSurrogate,
      controlCharacter,
    )
    .filter((v) => !pattern.test(v));

const BAD_DATE_TIMES = fc.constantFrom(
  'yesterday',
  '2025-02-30T10:00:00Z',
  '2025-13-01T00:00:00Z',
  '2025-00-10T00:00:00Z',
  '2023-02-29T12:00:00+01:00',
  '',
  'x\u0000',
);
const BAD_DATES = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '25-01-01',
  '2025/01/01',
  'demain',
  '',
);

/** Integers past a bound: `sign` 1 for above `bound`, -1 for below; just past, far past, past 2^53. */
const past = (bound: number, sign: 1 | -1) =>
  fc
    .oneof(
      fc.integer({ min: 1, max: 1_000 }),
      fc.integer({ min: 1, max: 2 ** 31 }),
      fc.constant(2 ** 53),
    )
    .map((step) => bound + sign * step);

/** Floats outside what DynamoDB stores exactly: past 2^53 − 1, or under 1e-130, in magnitude. */
const unstorableFloat = fc
  .tuple(
    fc.oneof(
      fc.double({ min: 2 ** 53, max: Number.MAX_VALUE, noNaN: true }),
      fc.double({ min: Number.MIN_VALUE, max: 9.99e-131, noNaN: true }),
      fc.constantFrom(2 ** 53, 1e300, 1e-131, 5e-324, 1.2345678901234567e19),
    ),
    fc.boolean(),
  )
  .map(([v, negative]) => (negative ? -v : v));

const withAttack = (attack: string) => (value: unknown) => ({ value, attack });

/**
 * Bad values for one slot. A `GraphQLInputType` says what it is, `shape` the
 * domain's limits for it; `valid` makes a valid value (for the other items of
 * a list, or the other fields of a nested object).
 */
export function badValues(
  slot: InputSlot,
  shape: Shape,
  valid: (type: GraphQLInputType, name: string) => unknown,
): fc.Arbitrary<BadCase> {
  const at =
    (path: (string | number)[]) =>
    ({ value, attack }: { value: unknown; attack: string }): BadCase => ({
      path: [slot.name, ...path],
      value,
      attack,
    });
  const required = isNonNullType(slot.type);
  const type = getNullableType(slot.type);
  const options: fc.Arbitrary<BadCase>[] = [];
  // Wrong types and nulls are the easy refusals (graphql-js makes them too): tried a third as often.
  const easy: fc.Arbitrary<BadCase>[] = [];
  if (required) easy.push(fc.constant({ value: null, attack: 'null' }).map(at([])));
  const pick = () =>
    fc.oneof(
      ...options.map((arbitrary) => ({ arbitrary, weight: 3 })),
      ...easy.map((arbitrary) => ({ arbitrary, weight: 1 })),
    );

  if (isListType(type)) {
    if (shape.kind !== 'array') throw new Error(`${slot.name}: a GraphQL list, but ${shape.kind}`);
    if (shape.maxItems === null) throw new UnboundedField(`${slot.name}: a list without a maximum`);
    const maxItems = shape.maxItems;
    const element = { name: slot.name, type: type.ofType };
    options.push(
      fc
        .integer({ min: maxItems + 1, max: maxItems + 10 })
        .map((n) => Array.from({ length: n }, (_, i) => valid(element.type, `${slot.name}#${i}`)))
        .map(withAttack('list size'))
        .map(at([])),
      fc
        .tuple(
          fc.integer({ min: 0, max: Math.min(3, maxItems - 1) }),
          badValues({ name: '', type: element.type }, shape.element, valid),
        )
        .map(([index, bad]) => ({
          path: [slot.name, index, ...bad.path.slice(1)],
          value: [
            ...Array.from({ length: index }, (_, i) => valid(element.type, `${slot.name}#${i}`)),
            bad.value,
          ],
          attack: `list item: ${bad.attack}`,
        })),
    );
    return pick();
  }

  if (isInputObjectType(type)) {
    if (shape.kind !== 'object')
      throw new Error(`${slot.name}: an input object, but ${shape.kind}`);
    const fields = Object.values(type.getFields());
    const base = Object.fromEntries(
      fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valid(f.type, f.name)]),
    );
    easy.push(fc.constant({ value: 'not an object', attack: 'type' }).map(at([])));
    for (const field of fields) {
      const fieldShape = shape.fields[field.name];
      if (!fieldShape) throw new Error(`${type.name}.${field.name} is not validated by the domain`);
      options.push(
        badValues(field, fieldShape, valid).map((bad) => ({
          path: [slot.name, ...bad.path],
          value: { ...base, [field.name]: bad.value },
          attack: bad.attack,
        })),
      );
    }
    return pick();
  }

  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    options.push(
      fc
        .oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom(...values).map((v) => v.toLowerCase()),
          fc.constantFrom(...values).map((v) => `${v} `),
          loneSurrogate,
        )
        .filter((v) => !values.includes(v))
        .map(withAttack('enum'))
        .map(at([])),
    );
    easy.push(notAString.map(withAttack('type')).map(at([])));
    return pick();
  }

  switch (type.name) {
    case 'ID': {
      if (shape.kind !== 'string' || (!shape.pattern && shape.maxLength === null)) {
        throw new UnboundedField(`${slot.name}: an ID without a pattern or a maximum length`);
      }
      // An opaque id (node's: an unknown one reads as null) is bounded by its length alone.
      options.push(
        shape.pattern
          ? badId(shape.pattern).map(withAttack('id')).map(at([]))
          : tooLong(shape.maxLength ?? 0)
              .map(withAttack('length'))
              .map(at([])),
      );
      easy.push(fc.constant(['a']).map(withAttack('type')).map(at([])));
      break;
    }
    case 'String': {
      if (shape.kind !== 'string') throw new Error(`${slot.name}: a String, but ${shape.kind}`);
      if (shape.maxLength === null) {
        throw new UnboundedField(`${slot.name}: a String without a maximum length`);
      }
      options.push(
        tooLong(shape.maxLength).map(withAttack('length')).map(at([])),
        loneSurrogate.map(withAttack('lone surrogate')).map(at([])),
        controlCharacter.map(withAttack('control character')).map(at([])),
      );
      easy.push(notAString.map(withAttack('type')).map(at([])));
      if (shape.minLength > 0) options.push(blank.map(withAttack('blank')).map(at([])));
      break;
    }
    case 'DateTime':
      options.push(BAD_DATE_TIMES.map(withAttack('date-time')).map(at([])));
      options.push(loneSurrogate.map(withAttack('lone surrogate')).map(at([])));
      break;
    case 'Date':
      options.push(BAD_DATES.map(withAttack('date')).map(at([])));
      break;
    case 'Int': {
      if (shape.kind !== 'number' || !shape.int) throw new Error(`${slot.name}: an Int, but not`);
      if (shape.min === null || shape.max === null || shape.max > GRAPHQL_INT_MAX) {
        throw new UnboundedField(`${slot.name}: an Int without bounds within GraphQL's Int`);
      }
      options.push(
        past(shape.max, 1).map(withAttack('integer magnitude')).map(at([])),
        past(shape.min, -1).map(withAttack('integer magnitude')).map(at([])),
        fc
          .integer({ min: shape.min, max: Math.min(shape.max, shape.min + 1_000) })
          .map((v) => v + 0.5)
          .map(withAttack('fraction'))
          .map(at([])),
      );
      easy.push(notANumber.map(withAttack('type')).map(at([])));
      break;
    }
    case 'Float': {
      if (shape.kind !== 'number') throw new Error(`${slot.name}: a Float, but ${shape.kind}`);
      if (shape.min === null || shape.max === null || shape.max > Number.MAX_SAFE_INTEGER) {
        throw new UnboundedField(`${slot.name}: a Float without bounds DynamoDB can store`);
      }
      options.push(
        unstorableFloat.map(withAttack('number magnitude')).map(at([])),
        fc
          .constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)
          .map(withAttack('not finite'))
          .map(at([])),
      );
      easy.push(notANumber.map(withAttack('type')).map(at([])));
      break;
    }
    case 'JSON': {
      // Note: importJourneyMap's document. Its fields are the exchange format's, checked with
      // their paths by tests/unit/domain/exchange and tests/integration/exchange.test.ts; here,
      // values that are no document of the format at all.
      if (shape.kind !== 'object') throw new Error(`${slot.name}: JSON, but ${shape.kind}`);
      options.push(
        fc
          .oneof(
            fc.string({ maxLength: 20 }),
            fc.double(),
            fc.constant([]),
            fc.constant({}),
            fc.constant({ formatVersion: 2, map: { title: 'x', stages: [] } }),
            fc.constant({ formatVersion: 1, map: { title: 'x', stages: [] }, extra: true }),
          )
          .map(withAttack('document'))
          .map(at([])),
      );
      break;
    }
    case 'Boolean':
      options.push(fc.constantFrom('true', 1, 0, {}).map(withAttack('type')).map(at([])));
      break;
    default:
      throw new Error(`${slot.name}: no bad values for the scalar ${type.name}`);
  }
  return pick();
}
