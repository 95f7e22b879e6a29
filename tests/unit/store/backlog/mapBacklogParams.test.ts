import type { MapPartKind } from '../../../../domain/parts/mapParts';
import { mapBacklogParams } from '../../../../store/backlog/mapBacklogParams';
import * as keys from '../../../../store/keys';
import { testId } from '../../support/records';
import { MAP, TABLE, WS } from '../../support/table';

const params = mapBacklogParams(TABLE, WS, MAP);

/** DynamoDB compares string keys byte by byte in UTF-8. */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Whether the key condition `#pk = :pk AND #sk BETWEEN :from AND :to` selects
 * `key` (the interpreter of tests/unit/support knows no BETWEEN).
 */
function selects(key: keys.TableKey): boolean {
  const names = params.ExpressionAttributeNames ?? {};
  const values = params.ExpressionAttributeValues ?? {};
  const match = /^(#\w+) = (:\w+) AND (#\w+) BETWEEN (:\w+) AND (:\w+)$/.exec(
    params.KeyConditionExpression ?? '',
  );
  if (!match) throw new Error(`Unexpected key condition ${params.KeyConditionExpression}`);
  const [, pkName, pkValue, skName, from, to] = match as unknown as string[];
  expect([names[pkName!], names[skName!]]).toEqual(['PK', 'SK']);
  const sk = key.SK;
  return (
    key.PK === values[pkValue!] &&
    compare(sk, String(values[from!])) >= 0 &&
    compare(sk, String(values[to!])) <= 0
  );
}

/** The smallest and the largest ULID. */
const EXTREMES = ['00000000000000000000000000', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', testId(5)];
const part = (kind: MapPartKind, id: string) =>
  keys.partKey(WS, MAP, kind, kind === 'improvement' ? `${MAP}:${id}` : id);

describe('mapBacklogParams', () => {
  it('selects the map’s header', () => {
    expect(selects(keys.mapHeaderKey(WS, MAP))).toBe(true);
  });

  it.each(EXTREMES)('selects an improvement of the map (local id %s)', (id) => {
    expect(selects(part('improvement', id))).toBe(true);
  });

  it.each(
    (['stage', 'touchpoint', 'painPoint', 'kpi'] as const).flatMap((kind) =>
      EXTREMES.map((id) => [kind, id] as const),
    ),
  )('leaves out a %s (id %s)', (kind, id) => {
    expect(selects(part(kind, id))).toBe(false);
  });

  it('leaves out the history and the published versions', () => {
    for (const key of [
      keys.historyKey(WS, MAP, testId(3)),
      keys.versionMetaKey(WS, MAP, 1),
      keys.versionListKey(WS, MAP, 1),
      keys.versionChunkKey(WS, MAP, 1, 'token', 0),
    ]) {
      expect(selects(key)).toBe(false);
    }
  });

  it('leaves out another map, and the same map in another workspace', () => {
    expect(selects(keys.mapHeaderKey(WS, testId(2)))).toBe(false);
    expect(selects(keys.partKey('other', MAP, 'improvement', `${MAP}:${testId(5)}`))).toBe(false);
    expect(selects(keys.mapHeaderKey('other', MAP))).toBe(false);
  });

  it('reads the table itself, strongly consistent', () => {
    expect(params).toMatchObject({ TableName: TABLE, ConsistentRead: true });
    expect(params.IndexName).toBeUndefined();
  });
});
