/**
 * store/dynamo/wireItems.ts against the AWS SDK's own `unmarshall`, on
 * generated items of every attribute type: what the lean client reads must be
 * what lib-dynamodb would have given.
 */
import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { marshallInput, unmarshallOutput } from '../../../../store/dynamo/documentCodec';
import { wireItemToPlain } from '../../../../store/dynamo/wireItems';

const SEED = 20261130;

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  // What marshall takes: no NaN or infinities, no number past the safe integers (BigInt for those).
  fc.double({ noNaN: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.bigInt({ min: 2n ** 60n, max: 2n ** 80n }),
  fc.boolean(),
  fc.constant(null),
  fc.uint8Array({ minLength: 1, maxLength: 20 }),
);
const set = fc.oneof(
  fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }).map((v) => new Set(v)),
  fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 4 }).map((v) => new Set(v)),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    set,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1 }), tie('value'), { maxKeys: 4 }),
  ),
}));
const item = fc.dictionary(fc.string({ minLength: 1 }), value, { minKeys: 1, maxKeys: 8 });

describe('wireItemToPlain', () => {
  it('reads every item as unmarshall does, binary values included (from base64)', () => {
    fc.assert(
      fc.property(item, (plain) => {
        const native = plain as Record<string, NativeAttributeValue>;
        // On the wire as the JSON protocol carries it: through JSON, binary in base64.
        const { Item: wire } = JSON.parse(
          JSON.stringify(marshallInput('PutItem', { TableName: 't', Item: native })),
        ) as { Item: Record<string, unknown> };
        expect(unmarshallOutput('GetItem', { Item: wire })).toEqual({
          Item: unmarshall(marshall(native)),
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads numbers past the safe integers as BigInt, and refuses what is no value', () => {
    expect(wireItemToPlain({ big: { N: '123456789012345678901' }, n: { N: '-1.5e3' } })).toEqual({
      big: 123456789012345678901n,
      n: -1500,
    });
    expect(() => wireItemToPlain({ x: { Q: 'x' } })).toThrow(/Unsupported type passed: Q/);
    expect(() => wireItemToPlain({ x: {} })).toThrow(/No value defined/);
  });
});
