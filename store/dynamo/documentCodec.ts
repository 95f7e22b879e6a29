/**
 * Document values to DynamoDB's AttributeValues and back, for the parts of
 * each operation's input and output that hold items, keys or expression
 * values — what `@aws-sdk/lib-dynamodb` does, with the SDK's own marshaller.
 * Anything else passes through unchanged (table operations, error payloads).
 */
import { marshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { Operation } from './commands';
import { wireItemToPlain } from './wireItems';

type Json = Record<string, unknown>;

type Wire = Record<string, unknown>;

/**
 * DynamoDB's JSON protocol carries binary values (B, BS) as base64 strings;
 * the marshaller makes bytes. The conversion changes the attribute values it
 * is given, in place (read items are decoded in one pass by wireItems.ts).
 *
 * Note: in place, on values the marshaller has just made and nobody else
 * holds: copying every attribute of every item to convert the rare binary one
 * cost a warm map read about 0.2 ms of its CPU.
 */
function binaryToWire(value: Wire): void {
  if (value.B instanceof Uint8Array) value.B = Buffer.from(value.B).toString('base64');
  else if (Array.isArray(value.BS)) {
    value.BS = (value.BS as Uint8Array[]).map((b) => Buffer.from(b).toString('base64'));
  } else if (Array.isArray(value.L)) for (const item of value.L as Wire[]) binaryToWire(item);
  else if (value.M) for (const key in value.M as Json) binaryToWire((value.M as Json)[key] as Wire);
}

// Note: as the stores wrote with lib-dynamodb: an undefined attribute is left out, not an error.
function toAttributes(item: unknown): Json {
  const attributes: Json = marshall(item as Record<string, NativeAttributeValue>, {
    removeUndefinedValues: true,
  });
  for (const name in attributes) binaryToWire(attributes[name] as Wire);
  return attributes;
}
const fromAttributes = (item: unknown): Json => wireItemToPlain(item as Json);

/** `object` with its `fields` (those present) converted by `convert`. */
function convertFields(
  object: unknown,
  fields: readonly string[],
  convert: (v: unknown) => unknown,
) {
  if (typeof object !== 'object' || object === null) return object;
  const copy: Json = { ...(object as Json) };
  for (const field of fields) if (copy[field] !== undefined) copy[field] = convert(copy[field]);
  return copy;
}

const mapValues = (record: unknown, convert: (v: unknown) => unknown): Json =>
  Object.fromEntries(Object.entries(record as Json).map(([k, v]) => [k, convert(v)]));

const listOf = (convert: (v: unknown) => unknown) => (list: unknown) =>
  (list as unknown[]).map(convert);

/** The fields of one write or key-addressed request. */
const ITEM_FIELDS = ['Item', 'Key', 'ExclusiveStartKey', 'ExpressionAttributeValues'] as const;
const inputItem = (input: unknown) => convertFields(input, ITEM_FIELDS, toAttributes);

const batchGetKeys = (convert: (v: unknown) => unknown) => (request: unknown) =>
  mapValues(request, (perTable) => convertFields(perTable, ['Keys'], listOf(convert)));

const batchWrites = (convert: (v: unknown) => unknown) => (request: unknown) =>
  mapValues(request, (writes) =>
    (writes as Json[]).map((write) =>
      convertFields(write, ['PutRequest', 'DeleteRequest'], (inner) =>
        convertFields(inner, ['Item', 'Key'], convert),
      ),
    ),
  );

const TRANSACT_PARTS = ['Put', 'Update', 'Delete', 'ConditionCheck'] as const;

/** The input as DynamoDB's JSON protocol takes it. */
export function marshallInput(operation: Operation, input: object): object {
  switch (operation) {
    case 'GetItem':
    case 'PutItem':
    case 'UpdateItem':
    case 'DeleteItem':
    case 'Query':
    case 'Scan':
      return inputItem(input) as object;
    case 'BatchGetItem':
      return convertFields(input, ['RequestItems'], batchGetKeys(toAttributes)) as object;
    case 'BatchWriteItem':
      return convertFields(input, ['RequestItems'], batchWrites(toAttributes)) as object;
    case 'TransactWriteItems':
      return convertFields(
        input,
        ['TransactItems'],
        listOf((item) => convertFields(item, TRANSACT_PARTS, inputItem)),
      ) as object;
    case 'CreateTable':
    case 'DescribeTable':
    case 'UpdateTable':
    case 'UpdateTimeToLive':
    case 'DescribeTimeToLive':
      return input;
  }
}

/** DynamoDB's answer with its items as plain values. */
export function unmarshallOutput(operation: Operation, output: Json): Json {
  switch (operation) {
    case 'GetItem':
    case 'PutItem':
    case 'UpdateItem':
    case 'DeleteItem':
      return convertFields(output, ['Item', 'Attributes'], fromAttributes) as Json;
    case 'Query':
    case 'Scan':
      return convertFields(
        convertFields(output, ['Items'], listOf(fromAttributes)),
        ['LastEvaluatedKey'],
        fromAttributes,
      ) as Json;
    case 'BatchGetItem':
      return convertFields(
        convertFields(output, ['Responses'], (r) => mapValues(r, listOf(fromAttributes))),
        ['UnprocessedKeys'],
        batchGetKeys(fromAttributes),
      ) as Json;
    case 'BatchWriteItem':
      return convertFields(output, ['UnprocessedItems'], batchWrites(fromAttributes)) as Json;
    case 'TransactWriteItems':
    case 'CreateTable':
    case 'DescribeTable':
    case 'UpdateTable':
    case 'UpdateTimeToLive':
    case 'DescribeTimeToLive':
      return output;
  }
}
